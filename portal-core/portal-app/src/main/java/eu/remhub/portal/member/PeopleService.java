package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.member.internal.JdbcMemberTokens;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.security.AccountSessions;
import eu.remhub.portal.security.CurrentPerson;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an organisation: its admins invite people by email, remove them, promote and demote
 * admins. An organisation always keeps at least one admin: the organisation row is locked while
 * that is checked, so two admins demoting each other cannot both succeed.
 */
@Service
public class PeopleService {

  /** A person as their organisation sees them. */
  public record Member(
      long personId,
      String displayName,
      String email,
      boolean admin,
      boolean verified,
      boolean enabled) {}

  /** An invitation not yet accepted. */
  public record Invitation(
      long id,
      String email,
      boolean asAdmin,
      String invitedBy,
      Instant createdAt,
      Instant expiresAt) {}

  private final MemberRepository members;
  private final JdbcOrganisations organisations;
  private final JdbcMemberTokens tokens;
  private final MemberMails mails;
  private final CurrentPerson currentPerson;
  private final AccountSessions sessions;
  private final AuditService audit;
  private final MemberSettings settings;
  private final PlanAllowance memberships;
  private final Clock clock;

  PeopleService(
      MemberRepository members,
      JdbcOrganisations organisations,
      JdbcMemberTokens tokens,
      MemberMails mails,
      CurrentPerson currentPerson,
      AccountSessions sessions,
      AuditService audit,
      MemberSettings settings,
      PlanAllowance memberships,
      Clock clock) {
    this.members = members;
    this.organisations = organisations;
    this.tokens = tokens;
    this.mails = mails;
    this.currentPerson = currentPerson;
    this.sessions = sessions;
    this.audit = audit;
    this.settings = settings;
    this.memberships = memberships;
    this.clock = clock;
  }

  /** The organisation's people: for its own people and staff only. */
  public List<Member> people(long organisationId) {
    CurrentUser user = signedIn();
    if (user.organisationId() != organisationId && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException(
          "only an organisation's own people and staff see who belongs to it");
    }
    return members.peopleOf(organisationId).stream()
        .map(
            p ->
                new Member(
                    p.id(),
                    p.displayName(),
                    p.email(),
                    p.hasRole(Roles.ORG_ADMIN),
                    p.emailVerified(),
                    p.enabled()))
        .toList();
  }

  public List<Invitation> invitations(long organisationId) {
    requireAdminOf(organisationId);
    return tokens.openInvitations(organisationId, clock.instant()).stream()
        .map(
            t ->
                new Invitation(
                    t.id(), t.email(), t.asAdmin(), t.createdBy(), t.createdAt(), t.expiresAt()))
        .toList();
  }

  /**
   * Mails an invitation link, which works until it expires. A person belongs to one organisation
   * only.
   */
  @Transactional
  public void invite(long organisationId, String email, boolean asAdmin) {
    CurrentUser user = requireAdminOf(organisationId);
    Problems problems = new Problems();
    String address = problems.email("email", email);
    problems.throwIfAny();
    OrganisationProfile organisation =
        organisations
            .find(organisationId)
            .filter(
                o ->
                    !OrganisationProfile.ERASED.equals(o.status())
                        && !OrganisationProfile.REJECTED.equals(o.status()))
            .orElseThrow(
                () -> new AccessDeniedException("this organisation cannot invite anybody"));
    members
        .findPersonByEmail(address)
        .ifPresent(
            p -> {
              if (p.organisationId() == organisationId) {
                throw InvalidInputException.of("email", "error.invite.already-member");
              }
              if (p.organisationId() > 0 || p.hasRole(Roles.STAFF)) {
                throw InvalidInputException.of("email", "error.invite.other-organisation");
              }
            });
    Instant now = clock.instant();
    requireSeat(organisationId, address, now);
    tokens.withdraw(JdbcMemberTokens.INVITATION, address, organisationId, now);
    String token =
        tokens.create(
            JdbcMemberTokens.INVITATION,
            address,
            0,
            organisationId,
            asAdmin,
            user.email(),
            now,
            settings.invitationValidity());
    mails.invitation(address, organisation.shortName(), user.displayName(), token);
    audit.record(
        "member.invited", "organisation:" + organisationId, address + (asAdmin ? " as admin" : ""));
  }

  /**
   * People and open invitations together stay within the plan's seat limit. The organisation row is
   * locked, so that two admins inviting at once cannot both take the last seat; inviting an address
   * again replaces its open invitation and takes no further seat.
   */
  private void requireSeat(long organisationId, String address, Instant now) {
    organisations.lock(organisationId);
    int limit = memberships.seatLimit(organisationId);
    long people = members.peopleOf(organisationId).stream().filter(Person::enabled).count();
    long invitations =
        tokens.openInvitations(organisationId, now).stream()
            .filter(t -> !t.email().equals(address))
            .count();
    if (people + invitations >= limit) {
      throw InvalidInputException.of("email", "error.invite.seat-limit", limit);
    }
  }

  /** How many seats the organisation has and how many people and open invitations take them. */
  public record Seats(int limit, int taken) {}

  public Seats seats(long organisationId) {
    requireAdminOf(organisationId);
    long people = members.peopleOf(organisationId).stream().filter(Person::enabled).count();
    long invitations = tokens.openInvitations(organisationId, clock.instant()).size();
    return new Seats(memberships.seatLimit(organisationId), (int) (people + invitations));
  }

  @Transactional
  public void revokeInvitation(long organisationId, long invitationId) {
    requireAdminOf(organisationId);
    if (tokens.revokeInvitation(invitationId, organisationId, clock.instant()) == 1) {
      audit.record(
          "member.invitation-revoked",
          "organisation:" + organisationId,
          "invitation " + invitationId);
    }
  }

  /**
   * Removes a person from the organisation; their account stays, without an organisation, and their
   * sessions end.
   */
  @Transactional
  public void remove(long organisationId, long personId) {
    requireAdminOf(organisationId);
    organisations.lock(organisationId);
    Person person = personOf(organisationId, personId);
    if (person.hasRole(Roles.ORG_ADMIN) && adminCount(organisationId) <= 1) {
      throw new IllegalStateException(
          "An organisation keeps at least one admin: make someone else admin first.");
    }
    members.setOrganisation(personId, 0, Set.of());
    audit.record("member.removed", "organisation:" + organisationId, "person:" + personId);
    sessions.endAll(personId);
  }

  @Transactional
  public void promote(long organisationId, long personId) {
    requireAdminOf(organisationId);
    organisations.lock(organisationId);
    Person person = personOf(organisationId, personId);
    Set<String> roles = new LinkedHashSet<>(person.roles());
    if (roles.add(Roles.ORG_ADMIN)) {
      members.updateRoles(personId, roles);
      audit.record("member.promoted", "organisation:" + organisationId, "person:" + personId);
      // Roles are read at sign-in: the person signs in again as admin.
      sessions.endAll(personId);
    }
  }

  @Transactional
  public void demote(long organisationId, long personId) {
    requireAdminOf(organisationId);
    organisations.lock(organisationId);
    Person person = personOf(organisationId, personId);
    if (!person.hasRole(Roles.ORG_ADMIN)) {
      return;
    }
    if (adminCount(organisationId) <= 1) {
      throw new IllegalStateException(
          "An organisation keeps at least one admin: make someone else admin first.");
    }
    Set<String> roles = new LinkedHashSet<>(person.roles());
    roles.remove(Roles.ORG_ADMIN);
    members.updateRoles(personId, roles);
    audit.record("member.demoted", "organisation:" + organisationId, "person:" + personId);
    sessions.endAll(personId);
  }

  private long adminCount(long organisationId) {
    return members.peopleOf(organisationId).stream()
        .filter(p -> p.hasRole(Roles.ORG_ADMIN))
        .count();
  }

  private Person personOf(long organisationId, long personId) {
    return members
        .findPerson(personId)
        .filter(p -> p.organisationId() == organisationId && p.erasedAt() == null)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "person " + personId + " is not in organisation " + organisationId));
  }

  private CurrentUser signedIn() {
    return currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
  }

  private CurrentUser requireAdminOf(long organisationId) {
    CurrentUser user = signedIn();
    boolean admin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!admin && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("only the organisation's admins and staff manage its people");
    }
    return user;
  }
}
