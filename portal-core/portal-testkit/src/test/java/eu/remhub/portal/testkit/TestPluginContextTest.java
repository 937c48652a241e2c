package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.event.MemberJoined;
import eu.remhub.portal.api.extension.DomainEventListener;
import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestPluginContextTest {

  private static final CurrentUser ANA =
      new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(Roles.MEMBER), Locale.ENGLISH);
  private static final CurrentUser STAFF =
      new CurrentUser(2, "staff@remhub.eu", "Sam", 0, Set.of(Roles.STAFF), Locale.ENGLISH);

  private final TestPluginContext context = new TestPluginContext("kit-test");

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void newContext_isAVisitorsWithAStillClock() {
    assertThat(context.pluginId()).isEqualTo("kit-test");
    assertThat(context.currentUser()).isEmpty();
    assertThat(context.clock().instant()).isEqualTo(TestClock.START);
  }

  @Test
  void pluginIdOutsideThePortalsRule_isRefused() {
    assertThatThrownBy(() -> new TestPluginContext("Kit_Test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TestPluginContext("3d-print"))
        .as("an id starts with a letter")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void organisationDirectory_answersWhatTheTestAdded() {
    OrganisationRef magnetics =
        new OrganisationRef(7, "Nordmag", "Nordmag AB", "SE", "MAGNET_MAKING");
    OrganisationRef recycling =
        new OrganisationRef(8, "Ecorare", "Ecorare S.r.l.", "IT", "RECYCLING");

    context.addOrganisation(magnetics).addOrganisation(recycling);

    assertThat(context.organisations().find(7)).contains(magnetics);
    assertThat(context.organisations().findByShortName("Ecorare")).contains(recycling);
    assertThat(context.organisations().all()).containsExactly(recycling, magnetics);
    assertThat(context.organisations().find(9)).isEmpty();
  }

  @Test
  void demoData_isOffUntilTheTestWantsIt() {
    assertThat(context.demoData()).isFalse();

    assertThat(context.demoData(true).demoData()).isTrue();
  }

  @Test
  void signedInMember_holdsTheEntitlementsOfTheirOrganisation() {
    context.signIn(ANA).grant(7, "kit-test.enrol");

    assertThat(context.currentUser()).contains(ANA);
    assertThat(context.entitlements().currentUserHas("kit-test.enrol")).isTrue();
    assertThat(context.entitlements().currentUserHas("kit-test.teach")).isFalse();
    assertThat(context.entitlements().organisationHas(8, "kit-test.enrol")).isFalse();
  }

  @Test
  void staff_holdEveryEntitlement() {
    context.signIn(STAFF);

    assertThat(context.entitlements().currentUserHas("anything.at-all")).isTrue();
  }

  @Test
  void signedOutPerson_holdsNothing() {
    context.signIn(ANA).grant(7, "kit-test.enrol").signOut();

    assertThat(context.currentUser()).isEmpty();
    assertThat(context.entitlements().currentUserHas("kit-test.enrol")).isFalse();
  }

  @Test
  void revokedEntitlement_isGone() {
    context.grant(7, "kit-test.enrol");
    context.entitlements().revoke(7, "kit-test.enrol");

    assertThat(context.entitlements().organisationHas(7, "kit-test.enrol")).isFalse();
  }

  @Test
  void searchDocumentPublishedInARolledBackTransaction_neverAppears() {
    SearchDocument course = course("1", "Magnet recycling");

    assertThatThrownBy(
            () ->
                context
                    .jdbc()
                    .inTransaction(
                        () -> {
                          context.search().publish(course);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(context.search().documents()).isEmpty();
  }

  @Test
  void searchDocuments_areReplacedAndRemovedByTypeAndId() {
    context.search().publish(course("1", "Old title"));
    context
        .jdbc()
        .inTransaction(
            () -> {
              context.search().publish(course("1", "New title"));
              context.search().publish(course("2", "Second"));
              return null;
            });
    context.search().remove("course", "2");

    assertThat(context.search().documents())
        .extracting(SearchDocument::title)
        .containsExactly("New title");
    assertThat(context.search().document("course", "1")).isPresent();
    assertThat(context.search().published()).hasSize(3);
  }

  @Test
  void undeclaredSearchType_isRefusedOnceTypesAreDeclared() {
    context.search().declareTypes(List.of("course"));

    context.search().publish(course("1", "Declared"));
    assertThatThrownBy(() -> context.search().remove("passport", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passport");
  }

  @Test
  void events_reachSubscribersOnlyAfterCommit() {
    List<DomainEvent> received = new ArrayList<>();
    DomainEventListener listener =
        new DomainEventListener() {
          @Override
          public String id() {
            return "recorder";
          }

          @Override
          public void onEvent(DomainEvent event) {
            received.add(event);
          }
        };
    context.events().subscribe(listener);
    MemberJoined joined = new MemberJoined(1, 7, TestClock.START);

    context
        .jdbc()
        .inTransaction(
            () -> {
              context.events().publish(joined);
              assertThat(received).isEmpty();
              return null;
            });

    assertThat(received).containsExactly(joined);
    assertThat(context.events().published(MemberJoined.class)).containsExactly(joined);
  }

  @Test
  void mails_areRecordedInsteadOfSent() {
    context.notifications().mail("ana@example.eu", "Welcome", "Hello Ana");
    context.notifications().notifyPerson(1, "Reminder", "Your course starts");

    assertThat(context.notifications().sent())
        .containsExactly(
            new RecordingNotifications.Mail("ana@example.eu", 0, "Welcome", "Hello Ana"),
            new RecordingNotifications.Mail("", 1, "Reminder", "Your course starts"));
  }

  @Test
  void auditEntries_carryThePluginThePersonAndTheClocksTime() {
    context.signIn(ANA);
    context.clock().advance(Duration.ofHours(2));

    context.audit().record("course.published", "course:1", "");

    assertThat(context.audit().entries())
        .containsExactly(
            new RecordingAuditLog.Entry(
                "kit-test",
                1,
                "course.published",
                "course:1",
                "",
                TestClock.START.plus(Duration.ofHours(2))));
  }

  @Test
  void clock_movesForEveryoneHoldingIt() {
    var held = context.clock().withZone(java.time.ZoneId.of("Europe/Rome"));

    context.clock().set(Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(held.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void settings_areKeptUntilRemoved() {
    context.settings().put("b", "2");
    context.settings().put("a", "1");
    context.settings().put("b", null);

    assertThat(context.settings().get("a")).contains("1");
    assertThat(context.settings().get("b")).isEmpty();
    assertThat(context.settings().all()).containsExactly(java.util.Map.entry("a", "1"));
  }

  @Test
  void storedFile_opensUntilDeleted() throws IOException {
    String key = context.files().store("passport.pdf", bytes("%PDF-1.7"));

    try (InputStream in = context.files().open(key).orElseThrow()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
    }
    assertThat(context.files().fileName(key)).contains("passport.pdf");
    assertThat(context.files().delete(key)).isTrue();
    assertThat(context.files().open(key)).isEmpty();
  }

  @Test
  void keyFromElsewhere_opensNothing() throws IOException {
    assertThat(context.files().open("../../etc/passwd")).isEmpty();
    assertThat(context.files().delete("../x")).isFalse();
  }

  private static SearchDocument course(String id, String title) {
    return new SearchDocument(
        "course", id, title, List.of(), "", "/courses/" + id, Visibility.everyone(), null, null);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
