package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.OrganisationApproved;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.security.CurrentPerson;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisation profiles: who sees which field, who may change them, approval by staff, the
 * directory; its search document ({@link OrganisationDocuments}) and checks ({@link ProfileChecks})
 * are classes of their own. Every read is filtered for the person asking and every write checked
 * here, whatever view or endpoint calls.
 */
@Service
public class OrganisationService {

  /** One page of the directory. */
  public record DirectoryPage(List<OrganisationProfile> organisations, long total) {}

  private final JdbcOrganisations store;
  private final MemberRepository members;
  private final CurrentPerson currentPerson;
  private final AuditService audit;
  private final OrganisationDocuments documents;
  private final ProfileChecks checks;
  private final MemberMails mails;
  private final DomainEventBus events;
  private final MemberSettings settings;
  private final Clock clock;

  OrganisationService(
      JdbcOrganisations store,
      MemberRepository members,
      CurrentPerson currentPerson,
      AuditService audit,
      OrganisationDocuments documents,
      ProfileChecks checks,
      MemberMails mails,
      DomainEventBus events,
      MemberSettings settings,
      Clock clock) {
    this.store = store;
    this.members = members;
    this.currentPerson = currentPerson;
    this.audit = audit;
    this.documents = documents;
    this.checks = checks;
    this.mails = mails;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  /**
   * An organisation as the current person may see it. Approved organisations are there for
   * everybody; pending and rejected ones only for their own people and staff.
   */
  public Optional<OrganisationProfile> profile(long id) {
    Optional<CurrentUser> user = currentPerson.get();
    return store
        .find(id)
        .filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .map(o -> o.seenBy(Audience.of(user, o.id())))
        .filter(o -> o.approved() || Audience.of(user, o.id()) == Audience.INSIDER);
  }

  /** An approved organisation as visitors see it (the REST API). */
  public Optional<OrganisationProfile> publicProfile(long id) {
    return store
        .find(id)
        .filter(OrganisationProfile::approved)
        .map(o -> o.seenBy(Audience.VISITOR));
  }

  /** The full profile, for its admins and staff to edit. */
  public OrganisationProfile editable(long id) {
    requireAdminOf(id);
    return store
        .find(id)
        .filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .orElseThrow(() -> new AccessDeniedException("no such organisation"));
  }

  /** The logo, if the current person may see it. */
  public Optional<Logo> logo(long id) {
    return profile(id).filter(p -> Boolean.TRUE.equals(p.hasLogo())).flatMap(p -> store.logo(id));
  }

  /**
   * Approved organisations for the directory, filtered in the query with the person's view of each
   * field.
   */
  public DirectoryPage directory(DirectoryFilter filter, int offset, int limit) {
    Optional<CurrentUser> user = currentPerson.get();
    Audience audience =
        user.isEmpty()
            ? Audience.VISITOR
            : user.get().hasRole(Roles.STAFF)
                ? Audience.INSIDER
                : user.get().hasRole(Roles.MEMBER) ? Audience.MEMBER : Audience.VISITOR;
    return directory(
        filter, audience, user.map(CurrentUser::organisationId).orElse(0L), offset, limit);
  }

  /** The directory as visitors see it: public fields only (the REST API). */
  public DirectoryPage publicDirectory(DirectoryFilter filter, int offset, int limit) {
    return directory(filter, Audience.VISITOR, 0, offset, limit);
  }

  private DirectoryPage directory(
      DirectoryFilter filter, Audience audience, long own, int offset, int limit) {
    var levels = FieldVisibility.levelsFor(audience);
    List<OrganisationProfile> page =
        store
            .directory(filter, levels, own, Math.max(0, offset), Math.max(1, Math.min(limit, 200)))
            .stream()
            .map(o -> o.seenBy(own > 0 && o.id() == own ? Audience.INSIDER : audience))
            .toList();
    return new DirectoryPage(page, store.countDirectory(filter, levels, own));
  }

  /** Organisations in one state, oldest first: staff only. */
  public List<OrganisationProfile> withStatus(String status) {
    requireStaff();
    return store.byStatus(status);
  }

  // ---------------------------------------------------------------- changing

  /** Saves a profile; the organisation's admins and staff only. */
  @Transactional
  public void update(long id, ProfileChanges changes) {
    requireAdminOf(id);
    OrganisationProfile before =
        store
            .find(id)
            .filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
            .orElseThrow(() -> new AccessDeniedException("no such organisation"));
    Problems problems = new Problems();
    ProfileChanges clean = check(changes, id, problems);
    problems.throwIfAny();
    store.update(id, clean, clock.instant());
    publish(id);
    audit.record(
        "organisation.updated", "organisation:" + id, ProfileChecks.changes(before, clean));
  }

  /** Stores a logo after checking its content; the organisation's admins and staff only. */
  @Transactional
  public void setLogo(long id, byte[] content) {
    requireAdminOf(id);
    store
        .find(id)
        .filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .orElseThrow(() -> new AccessDeniedException("no such organisation"));
    String type = LogoCheck.check(content, settings.maxLogoSize().toBytes());
    store.saveLogo(id, type, content, clock.instant());
    audit.record(
        "organisation.logo-changed", "organisation:" + id, type + ", " + content.length + " bytes");
  }

  /**
   * Stores a logo for a caller holding an API token of {@code tokenOrganisationId}: its own
   * organisation only.
   */
  @Transactional
  public void setLogoForToken(long tokenOrganisationId, long id, byte[] content) {
    if (tokenOrganisationId != id) {
      throw new AccessDeniedException("an API token acts for its own organisation only");
    }
    String type = LogoCheck.check(content, settings.maxLogoSize().toBytes());
    store.saveLogo(id, type, content, clock.instant());
    audit.record(
        "organisation.logo-changed",
        "organisation:" + id,
        type + ", " + content.length + " bytes, by API token");
  }

  @Transactional
  public void removeLogo(long id) {
    requireAdminOf(id);
    store.deleteLogo(id);
    audit.record("organisation.logo-removed", "organisation:" + id, "");
  }

  /**
   * Staff approve a pending (or earlier rejected) organisation: it is listed, its people become
   * members.
   */
  @Transactional
  public void approve(long id) {
    requireStaff();
    OrganisationProfile o = undecided(id);
    Instant now = clock.instant();
    store.decide(id, OrganisationProfile.APPROVED, null, AuditService.currentActor(), now);
    for (Person p : members.peopleOf(id)) {
      Set<String> roles = new LinkedHashSet<>(p.roles());
      if (roles.add(Roles.MEMBER)) {
        members.updateRoles(p.id(), roles);
      }
      if (p.hasRole(Roles.ORG_ADMIN)) {
        mails.approved(
            p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), o.shortName(), id);
      }
    }
    publish(id);
    audit.record("organisation.approved", "organisation:" + id, o.legalName());
    events.publish(new OrganisationApproved(id, now));
  }

  /** Staff reject a pending organisation with a reason, which is mailed to its admins. */
  @Transactional
  public void reject(long id, String reason) {
    requireStaff();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.of("reason", "error.reason.required");
    }
    if (why.length() > 2000) {
      throw InvalidInputException.of("reason", "error.too-long", 2000);
    }
    OrganisationProfile o = undecided(id);
    store.decide(
        id, OrganisationProfile.REJECTED, why, AuditService.currentActor(), clock.instant());
    for (Person p : members.peopleOf(id)) {
      if (p.hasRole(Roles.ORG_ADMIN)) {
        mails.rejected(
            p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), o.shortName(), why);
      }
    }
    publish(id);
    audit.record("organisation.rejected", "organisation:" + id, o.legalName() + ": " + why);
  }

  private OrganisationProfile undecided(long id) {
    OrganisationProfile o =
        store.find(id).orElseThrow(() -> new IllegalArgumentException("no organisation " + id));
    if (!OrganisationProfile.PENDING.equals(o.status())
        && !OrganisationProfile.REJECTED.equals(o.status())) {
      throw new IllegalStateException(
          o.shortName()
              + " is "
              + o.status().toLowerCase(Locale.ROOT)
              + ", not waiting for a decision");
    }
    return o;
  }

  /**
   * Erases an organisation that has nobody left: its profile is cleared and its search document
   * removed.
   */
  @Transactional
  void eraseEmpty(long id) {
    store.erase(id, clock.instant());
    documents.remove(id);
    audit.record(
        "organisation.erased", "organisation:" + id, "its last person's account was erased");
  }

  // ---------------------------------------------------------------- search and checks

  /**
   * Writes the organisation's search document into the search outbox, in the caller's transaction.
   */
  void publish(long id) {
    documents.publish(id);
  }

  /** Checks a profile and returns it cleaned (stripped, VAT number canonical). */
  ProfileChanges check(ProfileChanges c, long exceptId, Problems problems) {
    return checks.check(c, exceptId, problems);
  }

  void requireAdminOf(long organisationId) {
    CurrentUser user =
        currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    boolean admin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!admin && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("only the organisation's admins and staff change it");
    }
  }

  private void requireStaff() {
    if (!currentPerson.isStaff()) {
      throw new AccessDeniedException("staff only");
    }
  }
}
