package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.internal.JdbcMemberTokens;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Registration with a new organisation, email verification and password reset, through the
 * services.
 */
@PortalIntegrationTest
@Tag("database")
class RegistrationIT {

  static final Pattern LINK =
      Pattern.compile(
          "(http://localhost:\\d+)(/[a-z-]+)\\?(token|invitation)=([A-Za-z0-9_-]{20,})");

  @Autowired RegistrationService registration;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations organisations;
  @Autowired JdbcMemberTokens tokens;
  @Autowired MailOutbox mail;
  @Autowired AuthenticationProvider authentication;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  static Registration person(String email) {
    return new Registration("Ada Magnet", email, "a long enough password", "en");
  }

  static Registration.NewOrganisation newOrganisation(String name) {
    return new Registration.NewOrganisation(
        name + " S.r.l.",
        name,
        "IT",
        "IT 031.874.209.65",
        EnumSet.of(ValueChainSegment.MAGNET_MAKING));
  }

  /** The token of the newest mail to an address whose link leads to a path. */
  static String tokenFrom(MailOutbox mail, String email, String path) {
    for (MailOutbox.Message m : mail.to(email, 20)) {
      Matcher link = LINK.matcher(m.body());
      if (link.find() && link.group(2).equals(path)) {
        return link.group(4);
      }
    }
    throw new AssertionError("no mail with a " + path + " link to " + email);
  }

  private Authentication signIn(String email, String password) {
    return authentication.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(email, password));
  }

  @Test
  void newOrganisation_waitsForApproval_withTheRegistrantAsAdmin_andTheAddressUnconfirmed() {
    String name = MemberFixtures.unique("Nuovi Magneti");
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@it.example";

    long personId = registration.registerWithNewOrganisation(person(email), newOrganisation(name));

    Person person = members.findPerson(personId).orElseThrow();
    assertThat(person.emailVerified()).isFalse();
    assertThat(person.roles()).containsExactly(Roles.ORG_ADMIN);
    OrganisationProfile org = organisations.find(person.organisationId()).orElseThrow();
    assertThat(org.status()).isEqualTo(OrganisationProfile.PENDING);
    assertThat(org.vatId()).isEqualTo("IT03187420965");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM index_outbox WHERE doc_type = 'organisation' AND doc_id = ? AND operation = 'UPSERT'")
                .param(Long.toString(org.id()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(mail.to("staff@remhub.example", 50)).anyMatch(m -> m.subject().contains(name));
    assertThatThrownBy(() -> signIn(email, "a long enough password"))
        .isInstanceOf(DisabledException.class);
  }

  @Test
  void verificationLink_confirmsTheAddress_once() {
    String email = MemberFixtures.unique("verify").toLowerCase(Locale.ROOT) + "@it.example";
    registration.registerWithNewOrganisation(
        person(email), newOrganisation(MemberFixtures.unique("Verifica")));
    MailOutbox.Message message = mail.to(email, 1).get(0);
    assertThat(message.subject()).isEqualTo("Confirm your email address for REMHub");
    assertThat(message.body())
        .startsWith("Hello Ada Magnet,")
        .contains("/verify-email?token=")
        .contains("48 hours");
    String token = tokenFrom(mail, email, "/verify-email");

    assertThat(registration.verifyEmail(token)).isTrue();
    assertThat(signIn(email, "a long enough password").isAuthenticated()).isTrue();
    assertThat(registration.verifyEmail(token)).as("a link works once").isFalse();
  }

  @Test
  void expiredOrUnknownVerificationLink_isRefused() {
    String email = MemberFixtures.unique("late").toLowerCase(Locale.ROOT) + "@it.example";
    long personId =
        registration.registerWithNewOrganisation(
            person(email), newOrganisation(MemberFixtures.unique("Tardi")));
    String expired =
        tokens.create(
            JdbcMemberTokens.VERIFY_EMAIL,
            email,
            personId,
            0,
            false,
            email,
            Instant.now().minus(Duration.ofDays(3)),
            Duration.ofHours(48));

    assertThat(registration.verifyEmail(expired)).isFalse();
    assertThat(registration.verifyEmail("not-a-token-at-all-not-a-token")).isFalse();
    assertThat(members.findPerson(personId).orElseThrow().emailVerified()).isFalse();

    registration.resendVerification(email);
    assertThat(registration.verifyEmail(tokenFrom(mail, email, "/verify-email"))).isTrue();
  }

  @Test
  void badInput_isRefused_fieldByField() {
    String taken = "admin@elbecycle.example";
    var bad = new Registration("", taken, "short", "en");
    var org =
        new Registration.NewOrganisation(
            "Elbtal Magnetkreislauf GmbH",
            "",
            "DE",
            "DE12",
            EnumSet.noneOf(ValueChainSegment.class));

    assertThatThrownBy(() -> registration.registerWithNewOrganisation(bad, org))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(
                        InvalidInputException.Problem::field, InvalidInputException.Problem::key)
                    .containsExactlyInAnyOrder(
                        tuple("displayName", "error.required"),
                        tuple("email", "error.email.taken"),
                        tuple("password", "error.password.short"),
                        tuple("legalName", "error.organisation.taken"),
                        tuple("shortName", "error.required"),
                        tuple("vatId", "error.vat.format"),
                        tuple("segments", "error.segments")));
  }

  @Test
  void passwordReset_byLink_changesThePassword_once_andUnknownAddressesGetNoMail() {
    String email = MemberFixtures.unique("forgetful").toLowerCase(Locale.ROOT) + "@it.example";
    long personId =
        registration.registerWithNewOrganisation(
            person(email), newOrganisation(MemberFixtures.unique("Smemorati")));
    registration.verifyEmail(tokenFrom(mail, email, "/verify-email"));

    registration.requestPasswordReset(email.toUpperCase(Locale.ROOT));
    String token = tokenFrom(mail, email, "/reset-password");
    assertThat(registration.resetLinkValid(token)).isTrue();
    assertThatThrownBy(() -> registration.resetPassword(token, "short"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("password"));
    registration.resetPassword(token, "an entirely new password");

    assertThat(signIn(email, "an entirely new password").isAuthenticated()).isTrue();
    assertThatThrownBy(() -> signIn(email, "a long enough password"))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> registration.resetPassword(token, "yet another password"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.reset.invalid"));

    int before = mail.latest(0, 1).isEmpty() ? 0 : (int) mail.latest(0, 1).get(0).id();
    registration.requestPasswordReset("nobody-" + personId + "@nowhere.example");
    assertThat(mail.latest(0, 1).get(0).id())
        .as("no mail for an unknown address")
        .isEqualTo(before);
  }

  @Test
  void expiredResetLink_isRefused() {
    String email = MemberFixtures.unique("slow").toLowerCase(Locale.ROOT) + "@it.example";
    long personId =
        registration.registerWithNewOrganisation(
            person(email), newOrganisation(MemberFixtures.unique("Lenti")));
    String expired =
        tokens.create(
            JdbcMemberTokens.RESET_PASSWORD,
            email,
            personId,
            0,
            false,
            email,
            Instant.now().minus(Duration.ofHours(2)),
            Duration.ofHours(1));

    assertThat(registration.resetLinkValid(expired)).isFalse();
    assertThatThrownBy(() -> registration.resetPassword(expired, "an entirely new password"))
        .isInstanceOf(InvalidInputException.class);
  }
}
