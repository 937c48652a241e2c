package eu.remhub.plugin.passport.store;

import static eu.remhub.plugin.passport.TestData.BATCH;
import static eu.remhub.plugin.passport.TestData.MAKER;
import static eu.remhub.plugin.passport.TestData.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.HostCategory;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.portal.testkit.RecordingAuditLog;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PassportServiceTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  private TestPluginContext context;
  private PassportService service;
  private final Viewer owner = viewer(TestData.OWNER);

  @BeforeEach
  void setUp() {
    context = plugin.context();
    TestData.setUp(context);
    service = new PassportService(context);
  }

  @Test
  void newPassport_isADraft_invisibleToSearch() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    PassportRow row = service.repository().find(id).orElseThrow();
    assertThat(row.status()).isEqualTo(Status.DRAFT);
    assertThat(row.identifier().gtin()).isEqualTo("03830012345120");
    assertThat(row.latestVersion()).isEqualTo(1);
    assertThat(row.currentVersion()).isZero();
    assertThat(context.search().documents()).isEmpty();
    assertThat(context.audit().entries())
        .extracting(RecordingAuditLog.Entry::action)
        .containsExactly("passport.created");
  }

  @Test
  void publishing_makesVersion1InForce_andSearchable() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    int version = service.publish(owner, id);

    assertThat(version).isEqualTo(1);
    PassportRow row = service.repository().find(id).orElseThrow();
    assertThat(row.status()).isEqualTo(Status.PUBLISHED);
    assertThat(row.currentVersion()).isEqualTo(1);
    assertThat(row.chainLength()).isEqualTo(1);
    assertThat(context.search().document("passport", Long.toString(id))).isPresent();
  }

  @Test
  void editingAPublishedPassport_makesVersion2_andLeavesVersion1Unchanged() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);
    String published = service.repository().version(id, 1).orElseThrow().document();
    PassportContent edited =
        withDescription(TestData.tractionMotor(), "Traction motor BD-230, revised rotor");

    int draft = service.saveDraft(owner, id, edited);

    assertThat(draft).isEqualTo(2);
    assertThat(service.repository().version(id, 1).orElseThrow().document()).isEqualTo(published);
    assertThat(service.repository().version(id, 1).orElseThrow().status())
        .isEqualTo(Status.PUBLISHED);
    assertThat(service.repository().version(id, 2).orElseThrow().status()).isEqualTo(Status.DRAFT);
    assertThat(service.repository().find(id).orElseThrow().currentVersion()).isEqualTo(1);
  }

  @Test
  void publishingVersion2_supersedesVersion1() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);
    String version1 = service.repository().version(id, 1).orElseThrow().document();
    service.saveDraft(owner, id, withDescription(TestData.tractionMotor(), "revised"));
    context.clock().advance(Duration.ofDays(1));

    service.publish(owner, id);

    assertThat(service.repository().versions(id))
        .extracting(VersionRow::status)
        .containsExactly(Status.SUPERSEDED, Status.PUBLISHED);
    assertThat(service.repository().version(id, 1).orElseThrow().document()).isEqualTo(version1);
    assertThat(service.repository().find(id).orElseThrow().currentVersion()).isEqualTo(2);
    assertThat(service.verify(id).intact()).isTrue();
    assertThat(service.verify(id).entries()).isEqualTo(2);
  }

  @Test
  void savingTwiceBeforePublishing_editsTheSameDraft() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    int first = service.saveDraft(owner, id, withDescription(TestData.tractionMotor(), "one"));
    int second = service.saveDraft(owner, id, withDescription(TestData.tractionMotor(), "two"));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(1);
    assertThat(service.repository().version(id, 1).orElseThrow().document()).contains("two");
  }

  @Test
  void publishingWithoutDraft_isRefused() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);

    assertThatThrownBy(() -> service.publish(owner, id))
        .isInstanceOf(PassportStateException.class)
        .hasMessage("Version 1 is published already; edit the passport to start version 2");
  }

  @Test
  void withdrawing_removesTheSearchDocument_andStopsChanges() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);

    service.withdraw(owner, id, "Batch recalled after a coating defect");

    assertThat(service.repository().find(id).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
    assertThat(service.repository().version(id, 1).orElseThrow().status())
        .isEqualTo(Status.WITHDRAWN);
    assertThat(context.search().documents()).isEmpty();
    assertThatThrownBy(() -> service.saveDraft(owner, id, TestData.tractionMotor()))
        .isInstanceOf(PassportStateException.class)
        .hasMessageContaining("withdrawn and can no longer change");
  }

  @Test
  void superseding_pointsToTheSuccessor() {
    long old =
        service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, old);
    long successor =
        service.create(
            owner,
            MAKER.id(),
            new Identifier("3830012345120", "SV-2601-08", ""),
            Granularity.BATCH,
            TestData.tractionMotor());
    service.publish(owner, successor);

    service.supersede(owner, old, successor);

    PassportRow row = service.repository().find(old).orElseThrow();
    assertThat(row.status()).isEqualTo(Status.SUPERSEDED);
    assertThat(row.successorId()).isEqualTo(successor);
    assertThat(context.search().document("passport", Long.toString(old)).orElseThrow().title())
        .endsWith("(superseded)");
  }

  @Test
  void sameIdentifierTwice_isRefused() {
    service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    assertThatThrownBy(
            () ->
                service.create(
                    owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor()))
        .isInstanceOf(InvalidPassportException.class)
        .hasMessageContaining("already has the identifier /01/03830012345120/10/SV-2601-07");
  }

  @Test
  void peopleOfOtherOrganisations_mayNotCreateOrEdit() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    assertThatThrownBy(
            () ->
                service.create(
                    viewer(TestData.OUTSIDER),
                    MAKER.id(),
                    new Identifier("4012345670097", "", ""),
                    Granularity.MODEL,
                    TestData.tractionMotor()))
        .isInstanceOf(PassportAccessDeniedException.class);
    assertThatThrownBy(
            () -> service.saveDraft(viewer(TestData.RECYCLER_PERSON), id, TestData.tractionMotor()))
        .isInstanceOf(PassportAccessDeniedException.class);
    assertThatThrownBy(
            () ->
                service.recordEvent(
                    Viewer.visitor("api"),
                    id,
                    TestData.event(EventType.SHIP, "2026-02-01T10:00:00Z")))
        .isInstanceOf(PassportAccessDeniedException.class);
  }

  @Test
  void membersOfTheOperatorWithoutTheEntitlement_mayNotEdit() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    context.entitlements().revoke(MAKER.id(), AccessPolicy.MANAGE);

    assertThatThrownBy(() -> service.saveDraft(owner, id, TestData.tractionMotor()))
        .isInstanceOf(PassportAccessDeniedException.class);
  }

  @Test
  void staff_mayManageAnyPassport() {
    long id =
        service.create(
            viewer(TestData.STAFF), MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());

    assertThat(service.publish(viewer(TestData.STAFF), id)).isEqualTo(1);
  }

  @Test
  void invalidContent_isRefused_andNothingIsStored() {
    PassportContent bad = new PassportContent(null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, bad))
        .isInstanceOfSatisfying(
            InvalidPassportException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThat(service.repository().count()).isZero();
  }

  @Test
  void events_extendTheChain_afterThePublishedVersion() {
    long id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);

    int seq =
        service.recordEvent(owner, id, TestData.event(EventType.SHIP, "2026-02-27T10:00:00Z"));

    assertThat(seq).isEqualTo(2);
    assertThat(service.repository().events(id))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.prevHash())
                  .isEqualTo(service.repository().version(id, 1).orElseThrow().entryHash());
              assertThat(event.event().note()).isEqualTo("note SHIP");
            });
    assertThat(service.verify(id).intact()).isTrue();
  }

  private static PassportContent withDescription(PassportContent content, String description) {
    return new PassportContent(
        new HostProduct(HostCategory.MOTOR_VEHICLE, description),
        content.magnets(),
        content.recycledContent(),
        content.origins(),
        content.carbonFootprint(),
        content.removalInstructions(),
        content.documents(),
        content.predecessors());
  }
}
