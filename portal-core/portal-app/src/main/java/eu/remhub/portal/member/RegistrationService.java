package eu.remhub.portal.member;

import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.MemberJoined;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.member.internal.JdbcMemberTokens;
import eu.remhub.portal.member.internal.JdbcMemberTokens.TokenRow;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.security.AccountSessions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, email verification and password reset. A person registers either with a new
 * organisation, which waits for staff approval with them as its admin, or through an invitation to
 * an existing one. Every link is a one-time token that expires.
 */
@Service
public class RegistrationService {

  /** What an invitation link offers, shown before it is accepted. */
  public record InvitationOffer(
      String email,
      long organisationId,
      String organisation,
      boolean asAdmin,
      boolean accountExists) {}

  private final MemberRepository members;
  private final JdbcOrganisations organisations;
  private final OrganisationService organisationService;
  private final JdbcMemberTokens tokens;
  private final MemberMails mails;
  private final PasswordEncoder encoder;
  private final AuditService audit;
  private final DomainEventBus events;
  private final AccountSessions sessions;
  private final MemberSettings settings;
  private final Clock clock;

  RegistrationService(
      MemberRepository members,
      JdbcOrganisations organisations,
      OrganisationService organisationService,
      JdbcMemberTokens tokens,
      MemberMails mails,
      PasswordEncoder encoder,
      AuditService audit,
      DomainEventBus events,
      AccountSessions sessions,
      MemberSettings settings,
      Clock clock) {
    this.members = members;
    this.organisations = organisations;
    this.organisationService = organisationService;
    this.tokens = tokens;
    this.mails = mails;
    this.encoder = encoder;
    this.audit = audit;
    this.events = events;
    this.sessions = sessions;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Registers a person with a new organisation, which waits for approval. Returns the person's id.
   */
  @Transactional
  public long registerWithNewOrganisation(Registration r, Registration.NewOrganisation o) {
    Problems problems = new Problems();
    String email = checkPerson(r, problems);
    ProfileChanges wanted =
        new ProfileChanges(
            o.legalName(),
            o.shortName(),
            o.country(),
            "",
            o.vatId(),
            "",
            o.segments(),
            Set.of(),
            "",
            "",
            Map.of());
    ProfileChanges clean = organisationService.check(wanted, 0, problems);
    problems.throwIfAny();

    Instant now = clock.instant();
    long organisationId = organisations.insert(clean, OrganisationProfile.PENDING, now);
    long personId =
        members.insertPerson(
            email,
            encoder.encode(r.password()),
            r.displayName().strip(),
            organisationId,
            Set.of(Roles.ORG_ADMIN),
            locale(r.locale()),
            now,
            false);
    String token =
        tokens.create(
            JdbcMemberTokens.VERIFY_EMAIL,
            email,
            personId,
            0,
            false,
            email,
            now,
            settings.verificationValidity());
    mails.verification(
        email, r.displayName().strip(), Locale.forLanguageTag(locale(r.locale())), token);
    organisationService.publish(organisationId);
    for (Person staff : members.withRole(Roles.STAFF)) {
      mails.awaitingApproval(
          staff.email(), Locale.forLanguageTag(staff.locale()), clean.shortName(), clean.country());
    }
    audit.record(
        email,
        null,
        "organisation.registered",
        "organisation:" + organisationId,
        clean.legalName() + " (pending approval)");
    audit.record(
        email,
        null,
        "member.registered",
        "person:" + personId,
        "admin of organisation:" + organisationId);
    return personId;
  }

  /** What an invitation offers, if it is still valid. */
  public Optional<InvitationOffer> invitation(String token) {
    return tokens.peek(token, JdbcMemberTokens.INVITATION, clock.instant()).flatMap(this::offer);
  }

  private Optional<InvitationOffer> offer(TokenRow row) {
    return organisations
        .find(row.organisationId())
        .filter(
            o ->
                !OrganisationProfile.ERASED.equals(o.status())
                    && !OrganisationProfile.REJECTED.equals(o.status()))
        .map(
            o ->
                new InvitationOffer(
                    row.email(),
                    o.id(),
                    o.shortName(),
                    row.asAdmin(),
                    members.findPersonByEmail(row.email()).isPresent()));
  }

  /**
   * Registers a person through an invitation; the address is the invited one, confirmed by the
   * link. Returns the person's id.
   */
  @Transactional
  public long registerWithInvitation(String token, Registration r) {
    InvitationOffer offer =
        invitation(token)
            .orElseThrow(() -> InvalidInputException.of("invitation", "error.invitation.invalid"));
    if (offer.accountExists()) {
      throw InvalidInputException.of("email", "error.email.taken");
    }
    Problems problems = new Problems();
    problems.text("displayName", r.displayName(), true, 120);
    problems.password("password", r.password());
    problems.throwIfAny();
    consumeInvitation(token);
    Instant now = clock.instant();
    long personId =
        members.insertPerson(
            offer.email(),
            encoder.encode(r.password()),
            r.displayName().strip(),
            offer.organisationId(),
            rolesFor(offer),
            locale(r.locale()),
            now,
            true);
    joined(personId, offer, now);
    return personId;
  }

  /**
   * Moves an existing account that belongs to no organisation into the inviting one; asks for its
   * password.
   */
  @Transactional
  public void acceptInvitation(String token, String password) {
    InvitationOffer offer =
        invitation(token)
            .orElseThrow(() -> InvalidInputException.of("invitation", "error.invitation.invalid"));
    Person person =
        members
            .findPersonByEmail(offer.email())
            .filter(p -> p.erasedAt() == null)
            .orElseThrow(() -> InvalidInputException.of("invitation", "error.invitation.invalid"));
    if (password == null || !encoder.matches(password, person.passwordHash())) {
      throw InvalidInputException.of("password", "error.password.wrong");
    }
    if (person.organisationId() > 0) {
      throw InvalidInputException.of("invitation", "error.invitation.has-organisation");
    }
    consumeInvitation(token);
    members.setOrganisation(person.id(), offer.organisationId(), rolesFor(offer));
    members.markEmailVerified(person.id());
    joined(person.id(), offer, clock.instant());
    sessions.endAll(person.id());
  }

  private void consumeInvitation(String token) {
    tokens
        .consume(token, JdbcMemberTokens.INVITATION, clock.instant())
        .orElseThrow(() -> InvalidInputException.of("invitation", "error.invitation.invalid"));
  }

  private Set<String> rolesFor(InvitationOffer offer) {
    Set<String> roles = new LinkedHashSet<>();
    boolean approved =
        organisations.find(offer.organisationId()).map(OrganisationProfile::approved).orElse(false);
    if (approved) {
      roles.add(Roles.MEMBER);
    }
    if (offer.asAdmin()) {
      roles.add(Roles.ORG_ADMIN);
    }
    return roles;
  }

  private void joined(long personId, InvitationOffer offer, Instant now) {
    audit.record(
        offer.email(),
        null,
        "member.joined",
        "person:" + personId,
        "organisation:"
            + offer.organisationId()
            + (offer.asAdmin() ? " as admin" : "")
            + " by invitation");
    events.publish(new MemberJoined(personId, offer.organisationId(), now));
  }

  /** Confirms an address through its link; false when the link is unknown, used or expired. */
  @Transactional
  public boolean verifyEmail(String token) {
    Optional<TokenRow> row = tokens.consume(token, JdbcMemberTokens.VERIFY_EMAIL, clock.instant());
    Optional<Person> person =
        row.flatMap(t -> members.findPerson(t.personId()))
            .filter(p -> p.email().equals(row.get().email()));
    if (person.isEmpty()) {
      return false;
    }
    members.markEmailVerified(person.get().id());
    audit.record(
        person.get().email(), null, "member.email-verified", "person:" + person.get().id(), "");
    return true;
  }

  /** Sends a fresh verification link to an unconfirmed address; says nothing either way. */
  @Transactional
  public void resendVerification(String email) {
    Instant now = clock.instant();
    members
        .findPersonByEmail(normal(email))
        .filter(p -> !p.emailVerified() && p.erasedAt() == null)
        .ifPresent(
            p -> {
              tokens.withdraw(JdbcMemberTokens.VERIFY_EMAIL, p.email(), 0, now);
              String token =
                  tokens.create(
                      JdbcMemberTokens.VERIFY_EMAIL,
                      p.email(),
                      p.id(),
                      0,
                      false,
                      p.email(),
                      now,
                      settings.verificationValidity());
              mails.verification(
                  p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), token);
            });
  }

  /**
   * Mails a password reset link when the address has an account. Answers the same either way, so
   * that nobody can probe which addresses are registered.
   */
  @Transactional
  public void requestPasswordReset(String email) {
    Instant now = clock.instant();
    members
        .findPersonByEmail(normal(email))
        .filter(p -> p.erasedAt() == null && p.enabled())
        .ifPresent(
            p -> {
              tokens.withdraw(JdbcMemberTokens.RESET_PASSWORD, p.email(), 0, now);
              String token =
                  tokens.create(
                      JdbcMemberTokens.RESET_PASSWORD,
                      p.email(),
                      p.id(),
                      0,
                      false,
                      p.email(),
                      now,
                      settings.resetValidity());
              mails.passwordReset(
                  p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), token);
              audit.record(
                  p.email(), null, "member.password-reset-requested", "person:" + p.id(), "");
            });
  }

  /** Whether a reset link still works (shown before the new password is asked for). */
  public boolean resetLinkValid(String token) {
    return tokens.peek(token, JdbcMemberTokens.RESET_PASSWORD, clock.instant()).isPresent();
  }

  /** Sets a new password through a reset link; every open session of the account ends. */
  @Transactional
  public void resetPassword(String token, String newPassword) {
    Problems problems = new Problems();
    problems.password("password", newPassword);
    problems.throwIfAny();
    TokenRow row =
        tokens
            .consume(token, JdbcMemberTokens.RESET_PASSWORD, clock.instant())
            .orElseThrow(() -> InvalidInputException.of("token", "error.reset.invalid"));
    Person person =
        members
            .findPerson(row.personId())
            .filter(p -> p.email().equals(row.email()))
            .orElseThrow(() -> InvalidInputException.of("token", "error.reset.invalid"));
    members.updatePassword(person.id(), encoder.encode(newPassword));
    members.markEmailVerified(person.id());
    audit.record(person.email(), null, "member.password-reset", "person:" + person.id(), "");
    sessions.endAll(person.id());
  }

  private String checkPerson(Registration r, Problems problems) {
    problems.text("displayName", r.displayName(), true, 120);
    String email = problems.email("email", r.email());
    problems.password("password", r.password());
    if (!problems.has("email") && members.findPersonByEmail(email).isPresent()) {
      problems.add("email", "error.email.taken");
    }
    return email;
  }

  private static String normal(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static String locale(String tag) {
    return "it".equals(tag) ? "it" : "en";
  }
}
