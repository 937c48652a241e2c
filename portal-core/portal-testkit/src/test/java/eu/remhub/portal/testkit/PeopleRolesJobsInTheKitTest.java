package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.extension.RoleContributor;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.api.extension.ScheduledJobContributor;
import eu.remhub.portal.api.service.Notification;
import eu.remhub.portal.api.service.PersonRef;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 1.1.0 services of {@link TestPluginContext}: people, plugin roles, notifications, jobs. */
class PeopleRolesJobsInTheKitTest {

  private static final PersonId ANA = PersonId.of(1);
  private static final PersonId BEN = PersonId.of(2);
  private static final PersonId CARLA = PersonId.of(3);
  private static final RoleContributor TRAINING_ROLES =
      () ->
          List.of(
              new RoleDefinition("training.trainer", "role.trainer", "role.trainer.help"),
              new RoleDefinition("training.editor", "role.editor", ""));

  private final TestPluginContext context = new TestPluginContext("training");

  @AfterEach
  void closeContext() {
    context.close();
  }

  private void addPeople() {
    context
        .people()
        .add(1, "Ana Rossi", "ana@example.eu", 7, Locale.ITALIAN, Roles.MEMBER, Roles.ORG_ADMIN)
        .add(2, "Ben Olsen", "ben@example.eu", 7, Locale.ENGLISH, Roles.MEMBER)
        .add(3, "Carla Diaz", "carla@example.eu", 8, null, Roles.MEMBER);
  }

  @Test
  void people_areFoundByIdAndByOrganisationSortedByName_andErasedOnesAreGone() {
    addPeople();

    assertThat(context.people().find(ANA))
        .get()
        .extracting(PersonRef::displayName, PersonRef::locale)
        .containsExactly("Ana Rossi", Locale.ITALIAN);
    assertThat(context.people().ofOrganisation(OrganisationId.of(7)))
        .extracting(PersonRef::displayName)
        .containsExactly("Ana Rossi", "Ben Olsen");
    assertThat(context.people().adminsOf(OrganisationId.of(7)))
        .extracting(PersonRef::id)
        .containsExactly(ANA);
    assertThat(context.people().find(CARLA).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);

    context.people().erase(BEN);

    assertThat(context.people().find(BEN)).isEmpty();
    assertThat(context.people().ofOrganisation(OrganisationId.of(7)))
        .extracting(PersonRef::id)
        .containsExactly(ANA);
  }

  @Test
  void grantedRole_isHeld_listedInGrantOrder_partOfThePersonsRoles_andAudited() {
    addPeople();
    context.declareRoles(TRAINING_ROLES);

    context.roles().grant(BEN, "training.trainer");
    context.roles().grant(ANA, "training.trainer");
    context.roles().grant(BEN, "training.trainer");

    assertThat(context.roles().has(BEN, "training.trainer")).isTrue();
    assertThat(context.roles().has(CARLA, "training.trainer")).isFalse();
    assertThat(context.roles().holders("training.trainer")).containsExactly(BEN, ANA);
    assertThat(context.people().find(BEN).orElseThrow().roles())
        .containsExactlyInAnyOrder(Roles.MEMBER, "training.trainer");
    assertThat(context.audit().entries())
        .extracting(RecordingAuditLog.Entry::action, RecordingAuditLog.Entry::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("role.granted", "person:2"),
            org.assertj.core.groups.Tuple.tuple("role.granted", "person:1"));

    context.roles().revoke(BEN, "training.trainer");
    context.roles().revoke(BEN, "training.trainer");

    assertThat(context.roles().holders("training.trainer")).containsExactly(ANA);
    assertThat(context.audit().entries())
        .hasSize(3)
        .last()
        .returns("role.revoked", e -> e.action());
  }

  @Test
  void signedInPerson_holdsTheirGrantedRoles_inCurrentUserAndCurrentUserHas() {
    context.declareRoles(TRAINING_ROLES);
    context.signIn(
        new CurrentUser(2, "ben@example.eu", "Ben", 7, Set.of(Roles.MEMBER), Locale.ENGLISH));

    assertThat(context.roles().currentUserHas("training.trainer")).isFalse();

    context.roles().grant(BEN, "training.trainer");

    assertThat(context.roles().currentUserHas("training.trainer")).isTrue();
    assertThat(context.currentUser().orElseThrow().hasRole("training.trainer")).isTrue();
    assertThat(context.currentUser().orElseThrow().hasRole(Roles.MEMBER)).isTrue();

    context.signOut();

    assertThat(context.roles().currentUserHas("training.trainer")).isFalse();
  }

  @Test
  void rolesOutsideThePluginOrUndeclared_orUnknownPeople_areRefusedInWords() {
    addPeople();

    assertThatThrownBy(() -> context.roles().grant(ANA, "matchmaking.broker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training.<word>");
    assertThatThrownBy(() -> context.roles().has(ANA, Roles.STAFF))
        .isInstanceOf(IllegalArgumentException.class);

    context.declareRoles(TRAINING_ROLES);

    assertThatThrownBy(() -> context.roles().grant(ANA, "training.owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not define the role training.owner")
        .hasMessageContaining("training.trainer, training.editor");
    assertThatThrownBy(() -> context.roles().grant(PersonId.of(99), "training.trainer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no person 99");
    assertThat(context.roles().holders("training.trainer")).isEmpty();
    assertThat(context.audit().entries()).isEmpty();
    assertThatThrownBy(
            () ->
                context.declareRoles(
                    () -> List.of(new RoleDefinition("pilot-calls.reviewer", "t", "d"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pilot-calls.reviewer");
  }

  @Test
  void erasedPerson_losesTheirGrants() {
    addPeople();
    context.declareRoles(TRAINING_ROLES).roles().grant(ANA, "training.editor");

    context.people().erase(ANA);

    assertThat(context.roles().holders("training.editor")).isEmpty();
  }

  @Test
  void notify_keepsANoticePerPerson_mailsWhenAsked_andDropsUnknownPeople() {
    addPeople();

    context
        .notifications()
        .notify(ANA, Notification.of("Corso", "Nuovo corso").linkTo("training/7"));
    context.notifications().notify(BEN, Notification.of("Course", "New course").withMail());
    context.notifications().notify(PersonId.of(99), Notification.of("Lost", "nobody"));

    assertThat(context.notifications().notificationsOf(ANA))
        .singleElement()
        .returns(Optional.of("training/7"), Notification::linkPath)
        .returns(false, Notification::mail);
    assertThat(context.notifications().notificationsOf(PersonId.of(99))).isEmpty();
    assertThat(context.notifications().notices())
        .extracting(RecordingNotifications.Notice::person)
        .containsExactly(ANA, BEN);
    assertThat(context.notifications().sent())
        .containsExactly(new RecordingNotifications.Mail("", 2, "Course", "New course"));
  }

  @Test
  void jobs_runOnDemand_withoutACurrentPerson_andAFailureReachesTheTestAfterTheOthersRan() {
    List<Optional<CurrentUser>> seen = new CopyOnWriteArrayList<>();
    AtomicInteger digests = new AtomicInteger();
    ScheduledJobContributor jobs =
        () ->
            List.of(
                new ScheduledJob(
                    "reminders", Duration.ofHours(1), () -> seen.add(context.currentUser())),
                new ScheduledJob(
                    "broken",
                    Duration.ofMinutes(5),
                    () -> {
                      throw new IllegalStateException("mail server said no");
                    }),
                new ScheduledJob("digest", Duration.ofDays(1), digests::incrementAndGet));
    context.signIn(new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(Roles.MEMBER), null));
    context.declareJobs(jobs);

    assertThat(context.jobs().names()).containsExactly("reminders", "broken", "digest");

    context.jobs().run("reminders");

    assertThat(seen).containsExactly(Optional.empty());
    assertThat(context.currentUser()).isPresent();
    assertThatThrownBy(() -> context.jobs().runAll())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mail server said no");
    assertThat(digests).hasValue(1);
    assertThat(seen).hasSize(2);
    assertThatThrownBy(() -> context.jobs().run("nightly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no job nightly");
  }

  @Test
  void jobsSharingAName_areRefused() {
    ScheduledJobContributor twice =
        () ->
            List.of(
                new ScheduledJob("digest", Duration.ofHours(1), () -> {}),
                new ScheduledJob("digest", Duration.ofHours(2), () -> {}));

    context.declareJobs(twice);

    assertThatThrownBy(() -> context.jobs().list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares the job digest twice");
  }
}
