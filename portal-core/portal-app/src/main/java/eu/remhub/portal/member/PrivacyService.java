package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.internal.JdbcApiTokens;
import eu.remhub.portal.member.internal.JdbcMemberTokens;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.security.AccountSessions;
import eu.remhub.portal.security.CurrentPerson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data under the GDPR: export everything the core and every enabled plugin hold about
 * them (articles 15 and 20), and erase their account (article 17). The person does both for
 * themselves; staff do both on request. Each is recorded in the audit log.
 */
@Service
public class PrivacyService {

  private final MemberRepository members;
  private final JdbcOrganisations organisations;
  private final OrganisationService organisationService;
  private final JdbcMemberTokens tokens;
  private final MailOutbox mail;
  private final AuditService audit;
  private final PersonalDataHolders plugins;
  private final CurrentPerson currentPerson;
  private final AccountSessions sessions;
  private final PasswordEncoder encoder;
  private final JdbcApiTokens apiTokens;
  private final Clock clock;
  private final JsonMapper json =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  PrivacyService(
      MemberRepository members,
      JdbcOrganisations organisations,
      OrganisationService organisationService,
      JdbcMemberTokens tokens,
      MailOutbox mail,
      AuditService audit,
      PersonalDataHolders plugins,
      CurrentPerson currentPerson,
      AccountSessions sessions,
      PasswordEncoder encoder,
      JdbcApiTokens apiTokens,
      Clock clock) {
    this.members = members;
    this.organisations = organisations;
    this.organisationService = organisationService;
    this.tokens = tokens;
    this.mail = mail;
    this.audit = audit;
    this.plugins = plugins;
    this.currentPerson = currentPerson;
    this.sessions = sessions;
    this.encoder = encoder;
    this.apiTokens = apiTokens;
    this.clock = clock;
  }

  /** Everything held about a person, as JSON-ready maps: the person themselves or staff. */
  public Map<String, Object> export(long personId) {
    requireSelfOrStaff(personId);
    Person p =
        members
            .findPerson(personId)
            .filter(x -> x.erasedAt() == null)
            .orElseThrow(() -> new IllegalArgumentException("no account " + personId));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exportedAt", clock.instant().toString());
    data.put("format", "REMHub personal data export, version 1");
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("id", p.id());
    account.put("email", p.email());
    account.put("displayName", p.displayName());
    account.put("locale", p.locale());
    account.put("roles", new TreeSet<>(p.roles()));
    account.put("enabled", p.enabled());
    account.put("emailVerified", p.emailVerified());
    account.put("createdAt", p.createdAt().toString());
    data.put("account", account);
    if (p.organisationId() > 0) {
      organisations
          .find(p.organisationId())
          .ifPresent(
              o ->
                  data.put(
                      "organisation",
                      Map.of(
                          "id",
                          o.id(),
                          "shortName",
                          o.shortName(),
                          "legalName",
                          o.legalName(),
                          "status",
                          o.status(),
                          "admin",
                          p.hasRole(Roles.ORG_ADMIN))));
    }
    data.put(
        "links",
        tokens.ofPerson(p.id(), p.email()).stream()
            .map(
                t ->
                    row(
                        "purpose",
                        t.purpose(),
                        "email",
                        t.email(),
                        "createdAt",
                        t.createdAt().toString(),
                        "expiresAt",
                        t.expiresAt().toString(),
                        "usedAt",
                        t.usedAt() == null ? "" : t.usedAt().toString()))
            .toList());
    data.put(
        "mail",
        mail.to(p.email(), 1000).stream()
            .map(
                m ->
                    row(
                        "sentAt",
                        m.createdAt().toString(),
                        "subject",
                        m.subject(),
                        "body",
                        m.body(),
                        "status",
                        m.status()))
            .toList());
    data.put(
        "apiTokensCreated",
        apiTokens.createdBy(p.email()).stream()
            .map(t -> row("name", t.name(), "createdAt", t.createdAt(), "revokedAt", t.revokedAt()))
            .toList());
    data.put(
        "auditLog",
        audit.concerning(p.email(), "person:" + p.id()).stream()
            .map(
                e ->
                    row(
                        "at",
                        e.at().toString(),
                        "actor",
                        e.actor(),
                        "action",
                        e.action(),
                        "target",
                        e.target(),
                        "detail",
                        e.detail() == null ? "" : e.detail()))
            .toList());
    data.put("plugins", plugins.export(personId));
    audit.record(
        "privacy.exported",
        "person:" + personId,
        self(personId) ? "by the person" : "by staff on request");
    return data;
  }

  /** The export as indented JSON. */
  public byte[] exportJson(long personId) {
    return json.writeValueAsBytes(export(personId));
  }

  /**
   * Erases an account: the person's data is removed or anonymised in the core, in every enabled
   * plugin and in the search index, and every session of the account ends. An organisation keeps an
   * admin (the longest-standing other person takes over); one left with nobody is erased too.
   */
  @Transactional
  public void erase(long personId) {
    requireSelfOrStaff(personId);
    boolean bySelf = self(personId);
    Person p =
        members
            .findPerson(personId)
            .filter(x -> x.erasedAt() == null)
            .orElseThrow(() -> new IllegalArgumentException("no account " + personId));
    String placeholder = "erased-person-" + personId;
    List<String> notes = new ArrayList<>();
    if (p.organisationId() > 0) {
      long orgId = p.organisationId();
      organisations.lock(orgId);
      List<Person> others =
          members.peopleOf(orgId).stream().filter(o -> o.id() != personId).toList();
      boolean lastAdmin =
          p.hasRole(Roles.ORG_ADMIN) && others.stream().noneMatch(o -> o.hasRole(Roles.ORG_ADMIN));
      if (others.isEmpty()) {
        organisationService.eraseEmpty(orgId);
        notes.add("organisation:" + orgId + " erased, nobody left");
      } else if (lastAdmin) {
        Person heir =
            others.stream().min((a, b) -> a.createdAt().compareTo(b.createdAt())).orElseThrow();
        Set<String> roles = new java.util.LinkedHashSet<>(heir.roles());
        roles.add(Roles.ORG_ADMIN);
        members.updateRoles(heir.id(), roles);
        audit.record(
            "member.promoted",
            "organisation:" + orgId,
            "person:" + heir.id() + ", as its last admin's account was erased");
        notes.add("person:" + heir.id() + " is now admin of organisation:" + orgId);
      }
    }
    List<String> failed = plugins.erase(personId);
    tokens.deleteOfPerson(personId, p.email());
    mail.anonymiseRecipient(p.email(), placeholder + "@erased.invalid");
    apiTokens.replaceCreator(p.email(), placeholder);
    audit.anonymise(p.email(), placeholder);
    // The name also stands in texts about the person: audit details, mail sent to others.
    if (p.displayName() != null && p.displayName().strip().length() >= 3) {
      audit.anonymise(p.displayName().strip(), placeholder);
      mail.redact(p.displayName().strip(), "(erased person)");
    }
    members.anonymisePerson(
        personId, encoder.encode(UUID.randomUUID().toString()), clock.instant());
    if (!failed.isEmpty()) {
      notes.add(
          "plugins that failed to erase (staff must follow up): " + String.join(", ", failed));
    }
    audit.record(
        bySelf ? placeholder : AuditService.currentActor(),
        null,
        "privacy.erased",
        "person:" + personId,
        (bySelf ? "by the person" : "by staff on request")
            + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
    afterCommit(() -> sessions.endAll(personId));
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private boolean self(long personId) {
    return currentPerson.get().map(u -> u.personId() == personId).orElse(false);
  }

  private void requireSelfOrStaff(long personId) {
    CurrentUser user =
        currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    if (user.personId() != personId && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("a person's data is for that person and staff only");
    }
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
