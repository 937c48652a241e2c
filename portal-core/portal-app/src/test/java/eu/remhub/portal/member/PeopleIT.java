package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcMemberTokens;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Organisation admins invite, remove, promote and demote; an organisation always keeps an admin.
 */
@PortalIntegrationTest
@Tag("database")
class PeopleIT {

  @Autowired PeopleService people;
  @Autowired RegistrationService registration;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations organisations;
  @Autowired JdbcMemberTokens tokens;
  @Autowired MailOutbox mail;
  @Autowired PasswordEncoder encoder;
  @Autowired eu.remhub.portal.billing.MembershipService memberships;

  MemberFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new MemberFixtures(members, organisations, encoder);
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  @Test
  void invitation_byMail_letsAPersonJoin_asMemberOrAdmin_once() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    String email = MemberFixtures.unique("newcomer").toLowerCase(Locale.ROOT) + "@it.example";

    people.invite(org.id(), email, true);
    MailOutbox.Message invitation = mail.to(email, 1).get(0);
    assertThat(invitation.subject())
        .isEqualTo("You are invited to join " + org.shortName() + " on REMHub");
    assertThat(people.invitations(org.id()))
        .extracting(PeopleService.Invitation::email)
        .contains(email);
    String token = RegistrationIT.tokenFrom(mail, email, "/register");
    MemberFixtures.signOut();

    assertThat(registration.invitation(token))
        .hasValueSatisfying(
            o -> {
              assertThat(o.email()).isEqualTo(email);
              assertThat(o.organisation()).isEqualTo(org.shortName());
            });
    long personId =
        registration.registerWithInvitation(
            token,
            new Registration("New Comer", "ignored@it.example", "a long enough password", "it"));

    Person person = members.findPerson(personId).orElseThrow();
    assertThat(person.email()).as("the invited address, confirmed by the link").isEqualTo(email);
    assertThat(person.emailVerified()).isTrue();
    assertThat(person.organisationId()).isEqualTo(org.id());
    assertThat(person.roles()).containsExactlyInAnyOrder(Roles.MEMBER, Roles.ORG_ADMIN);
    assertThat(person.locale()).isEqualTo("it");
    assertThat(registration.invitation(token)).as("an invitation works once").isEmpty();
    assertThatThrownBy(
            () ->
                registration.registerWithInvitation(
                    token, new Registration("Again", "", "a long enough password", "en")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void expiredOrWithdrawnInvitation_isRefused() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    String email = MemberFixtures.unique("late").toLowerCase(Locale.ROOT) + "@it.example";
    String expired =
        tokens.create(
            JdbcMemberTokens.INVITATION,
            email,
            0,
            org.id(),
            false,
            org.adminEmail(),
            Instant.now().minus(Duration.ofDays(15)),
            Duration.ofDays(14));
    assertThat(registration.invitation(expired)).isEmpty();

    fixtures.signIn(org.adminId());
    people.invite(org.id(), email, false);
    String token = RegistrationIT.tokenFrom(mail, email, "/register");
    long invitationId =
        people.invitations(org.id()).stream()
            .filter(i -> i.email().equals(email))
            .findFirst()
            .orElseThrow()
            .id();
    people.revokeInvitation(org.id(), invitationId);
    assertThat(registration.invitation(token)).isEmpty();
  }

  @Test
  void aPersonBelongsToOneOrganisation() {
    Org ours = fixtures.organisation(OrganisationProfile.APPROVED);
    Org theirs = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(ours.adminId());

    assertThatThrownBy(() -> people.invite(ours.id(), theirs.memberEmail(), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().get(0).key()).isEqualTo("error.invite.other-organisation"));
    assertThatThrownBy(() -> people.invite(ours.id(), ours.memberEmail(), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.invite.already-member"));
    assertThatThrownBy(() -> people.invite(ours.id(), "not an address", false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("email"));
  }

  @Test
  void removedPerson_canJoinAnotherOrganisation_byInvitation_withTheirPassword() {
    Org first = fixtures.organisation(OrganisationProfile.APPROVED);
    Org second = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(first.adminId());
    people.remove(first.id(), first.memberId());
    assertThat(members.findPerson(first.memberId()).orElseThrow().organisationId()).isZero();

    fixtures.signIn(second.adminId());
    people.invite(second.id(), first.memberEmail(), false);
    String token = RegistrationIT.tokenFrom(mail, first.memberEmail(), "/register");
    MemberFixtures.signOut();
    assertThat(registration.invitation(token).orElseThrow().accountExists()).isTrue();
    assertThatThrownBy(() -> registration.acceptInvitation(token, "wrong password"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("password"));

    registration.acceptInvitation(token, MemberFixtures.PASSWORD);
    Person moved = members.findPerson(first.memberId()).orElseThrow();
    assertThat(moved.organisationId()).isEqualTo(second.id());
    assertThat(moved.roles()).containsExactly(Roles.MEMBER);
  }

  @Test
  void promoteAndDemote_butTheLastAdminStays() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());

    assertThatThrownBy(() -> people.demote(org.id(), org.adminId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one admin");
    assertThatThrownBy(() -> people.remove(org.id(), org.adminId()))
        .isInstanceOf(IllegalStateException.class);

    people.promote(org.id(), org.memberId());
    assertThat(people.people(org.id())).filteredOn(PeopleService.Member::admin).hasSize(2);
    people.demote(org.id(), org.adminId());
    assertThat(members.findPerson(org.adminId()).orElseThrow().roles())
        .doesNotContain(Roles.ORG_ADMIN);
    assertThat(people.people(org.id()))
        .filteredOn(PeopleService.Member::admin)
        .extracting(PeopleService.Member::personId)
        .containsExactly(org.memberId());
  }

  @Test
  void membersWhoAreNotAdmins_cannotManagePeople() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.memberId());

    assertThat(people.people(org.id())).hasSize(2);
    assertThatThrownBy(() -> people.invite(org.id(), "someone@it.example", false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.promote(org.id(), org.memberId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.remove(org.id(), org.adminId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void invitations_stopAtTheSeatLimit_countingPeopleAndOpenInvitations() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    assertThat(memberships.seatLimit(org.id()))
        .as("an organisation without a membership")
        .isEqualTo(3);
    String first = MemberFixtures.unique("seat").toLowerCase(Locale.ROOT) + "@it.example";
    String second = MemberFixtures.unique("seat").toLowerCase(Locale.ROOT) + "@it.example";
    people.invite(org.id(), first, false);
    assertThat(people.seats(org.id())).isEqualTo(new PeopleService.Seats(3, 3));

    assertThatThrownBy(() -> people.invite(org.id(), second, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.field()).isEqualTo("email");
                        assertThat(p.key()).isEqualTo("error.invite.seat-limit");
                        assertThat(p.args()).containsExactly(3);
                      });
            });
    assertThat(mail.to(second, 5)).as("no invitation went out").isEmpty();
    people.invite(org.id(), first, true);
    assertThat(people.invitations(org.id()))
        .as("inviting an address again replaces its invitation, taking no seat")
        .singleElement()
        .satisfies(i -> assertThat(i.asAdmin()).isTrue());

    people.revokeInvitation(org.id(), people.invitations(org.id()).get(0).id());
    people.invite(org.id(), second, false);
    assertThat(people.invitations(org.id()))
        .extracting(PeopleService.Invitation::email)
        .containsExactly(second);
  }
}
