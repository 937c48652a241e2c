package eu.remhub.plugin.passport.store;

import static eu.remhub.plugin.passport.TestData.BATCH;
import static eu.remhub.plugin.passport.TestData.MAKER;
import static eu.remhub.plugin.passport.TestData.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tamper evidence: whatever is changed behind the service's back shows as a broken chain. */
class ChainVerifierTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  private TestPluginContext context;
  private PassportService service;
  private long id;

  @BeforeEach
  void publishWithEvents() {
    context = plugin.context();
    TestData.setUp(context);
    service = new PassportService(context);
    Viewer owner = viewer(TestData.OWNER);
    id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.recordEvent(owner, id, TestData.event(EventType.COMMISSION, "2026-01-20T07:30:00Z"));
    service.publish(owner, id);
    service.recordEvent(owner, id, TestData.event(EventType.SHIP, "2026-01-27T13:00:00Z"));
    service.recordEvent(owner, id, TestData.event(EventType.RECEIVE, "2026-01-30T09:15:00Z"));
  }

  @Test
  void untouchedChain_verifies() {
    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isTrue();
    assertThat(check.entries()).isEqualTo(4);
    assertThat(check.head())
        .isEqualTo(service.repository().find(id).orElseThrow().chainHead())
        .hasSize(64);
  }

  @Test
  void changedVersionDocument_breaksTheChain() {
    String document = service.repository().version(id, 1).orElseThrow().document();
    context
        .jdbc()
        .update(
            "UPDATE passport_version SET document = ? WHERE passport_id = ? AND version_no = 1",
            document.replace("\"N38UH\"", "\"N42SH\""),
            id);

    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem()).isEqualTo("entry 2 (version 1) was changed after it was recorded");
  }

  @Test
  void changedEventRow_breaksTheChain() {
    context
        .jdbc()
        .update(
            "UPDATE passport_event SET place = ? WHERE passport_id = ? AND event_type = ?",
            "Ljubljana",
            id,
            "SHIP");

    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem())
        .startsWith("entry 3 (SHIP event of 2026-01-27T13:00:00Z) was changed");
  }

  @Test
  void rehashedEventWithoutTheRest_breaksTheLinkAfterIt() {
    EventRow ship = service.repository().events(id).get(1);
    String forged =
        HashChain.eventHash(
            ship.prevHash(),
            id,
            ship.chainSeq(),
            new eu.remhub.plugin.passport.model.CustodyEvent(
                EventType.SHIP,
                ship.event().occurredAt(),
                "SI",
                "Ljubljana",
                "Savinja Magneti",
                ship.event().note(),
                ship.event().inputs()),
            ship.recordedAt());
    context
        .jdbc()
        .update(
            "UPDATE passport_event SET place = ?, entry_hash = ? WHERE id = ?",
            "Ljubljana",
            forged,
            ship.id());

    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem())
        .startsWith("entry 4 (RECEIVE event")
        .endsWith("does not link to the entry before it");
  }

  @Test
  void deletedLastEvent_showsAsAShortChain() {
    context
        .jdbc()
        .update(
            "DELETE FROM passport_event WHERE passport_id = ? AND event_type = ?", id, "RECEIVE");

    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem()).startsWith("the chain should have 4 entries");
  }

  @Test
  void draftFlippedToPublishedInTheDatabase_isCaught() {
    service.saveDraft(viewer(TestData.OWNER), id, TestData.tractionMotor());
    context
        .jdbc()
        .update(
            "UPDATE passport_version SET status = 'PUBLISHED' WHERE passport_id = ? AND version_no = 2",
            id);

    ChainCheck check = service.verify(id);

    assertThat(check.intact()).isFalse();
    assertThat(check.problem())
        .isEqualTo("version 2 is marked PUBLISHED but was never entered into the chain");
  }
}
