package eu.remhub.plugin.passport.store;

import static eu.remhub.plugin.passport.TestData.BATCH;
import static eu.remhub.plugin.passport.TestData.MAKER;
import static eu.remhub.plugin.passport.TestData.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.model.Tier;
import eu.remhub.portal.testkit.RecordingAuditLog;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Access tiers: what each kind of reader gets, and that restricted reads are logged. */
class PassportReaderTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  private TestPluginContext context;
  private PassportReader reader;
  private long id;

  @BeforeEach
  void publish() {
    context = plugin.context();
    TestData.setUp(context);
    PassportService service = new PassportService(context);
    Viewer owner = viewer(TestData.OWNER);
    id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.publish(owner, id);
    service.recordEvent(owner, id, TestData.event(EventType.SHIP, "2026-01-27T13:00:00Z"));
    reader = new PassportReader(context);
  }

  @Test
  void visitor_seesPublicFieldsOnly_andIsNotLogged() {
    PassportDocument document = reader.read(Viewer.visitor("page"), id).orElseThrow();

    assertThat(document.tier()).isEqualTo(Tier.PUBLIC);
    assertThat(document.status()).isEqualTo(Status.PUBLISHED);
    assertThat(document.hostProduct().description()).isEqualTo("Traction motor of a city bus");
    Magnet magnet = document.magnets().get(0);
    assertThat(magnet.grade()).isEqualTo("N38UH");
    assertThat(magnet.coating()).isEqualTo("Ni-Cu-Ni");
    assertThat(magnet.massGrams()).isNull();
    assertThat(magnet.location()).isNull();
    assertThat(magnet.composition()).isNull();
    assertThat(document.recycledContent()).hasSize(1);
    assertThat(document.carbonFootprint().footprintClass()).isEqualTo("C");
    assertThat(document.carbonFootprint().kgCo2ePerKg()).isNull();
    assertThat(document.origins()).isNull();
    assertThat(document.removalInstructions()).isNull();
    assertThat(document.documents()).isNull();
    assertThat(document.versions()).isNull();
    assertThat(document.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(EventType.SHIP);
              assertThat(event.country()).isEqualTo("SI");
              assertThat(event.place()).isNull();
              assertThat(event.note()).isNull();
            });
    assertThat(document.chain().intact()).isTrue();
    assertThat(context.audit().entries())
        .extracting(RecordingAuditLog.Entry::action)
        .doesNotContain("passport.restricted-read");
  }

  @Test
  void publicJson_carriesNoRestrictedField() {
    String json = PassportJson.write(reader.read(Viewer.visitor("api"), id).orElseThrow());

    assertThat(json)
        .contains("\"grade\":\"N38UH\"")
        .doesNotContain(
            "massGrams",
            "composition",
            "Rotor pockets",
            "removal",
            "origins",
            "dd.pdf",
            "note SHIP",
            "accessLog",
            "kgCo2ePerKg");
  }

  @Test
  void recycler_withLegitimateInterest_seesCompositionAndRemoval_andTheReadIsLogged() {
    PassportDocument document = reader.read(viewer(TestData.RECYCLER_PERSON), id).orElseThrow();

    assertThat(document.tier()).isEqualTo(Tier.LEGITIMATE_INTEREST);
    assertThat(document.magnets().get(0).composition()).hasSize(12);
    assertThat(document.magnets().get(0).massGrams()).isEqualByComparingTo("50");
    assertThat(document.removalInstructions()).startsWith("Heat the rotor");
    assertThat(document.origins()).hasSize(1);
    assertThat(document.carbonFootprint().kgCo2ePerKg()).isEqualByComparingTo("28.4");
    assertThat(document.events().get(0).place()).isEqualTo("Celje");
    assertThat(document.documents()).isNull();
    assertThat(document.accessLog()).isNull();
    assertThat(context.audit().entries())
        .filteredOn(e -> e.action().equals("passport.restricted-read"))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.target()).isEqualTo("passport:" + id);
              assertThat(entry.detail()).isEqualTo("LEGITIMATE_INTEREST via page, organisation 22");
            });
  }

  @Test
  void owner_seesDocumentsHistoryAndWhoReadRestrictedData() {
    reader.read(viewer(TestData.RECYCLER_PERSON), id);

    PassportDocument document = reader.read(viewer(TestData.OWNER), id).orElseThrow();

    assertThat(document.tier()).isEqualTo(Tier.OWNER);
    assertThat(document.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.title()).isEqualTo("OECD due diligence report"));
    assertThat(document.versions())
        .singleElement()
        .satisfies(v -> assertThat(v.hash()).hasSize(64));
    assertThat(document.events().get(0).note()).isEqualTo("note SHIP");
    assertThat(document.accessLog())
        .extracting(AccessEntry::organisation)
        .containsExactly("Savinja Magneti", "ElbeCycle");
    assertThat(document.accessLog())
        .extracting(AccessEntry::tier)
        .containsExactly(Tier.OWNER, Tier.LEGITIMATE_INTEREST);
  }

  @Test
  void staff_readAsAuthority() {
    assertThat(reader.read(viewer(TestData.STAFF), id).orElseThrow().tier())
        .isEqualTo(Tier.AUTHORITY);
  }

  @Test
  void memberWithoutEntitlement_readsPublicTier() {
    assertThat(reader.read(viewer(TestData.OUTSIDER), id).orElseThrow().tier())
        .isEqualTo(Tier.PUBLIC);
  }

  @Test
  void apiTokenOfTheRecycler_readsWithLegitimateInterest() {
    Viewer token =
        Viewer.ofApi(
            new eu.remhub.portal.api.web.ApiCaller(
                java.util.Optional.empty(), TestData.RECYCLER.id(), "erp"));

    assertThat(reader.read(token, id).orElseThrow().tier()).isEqualTo(Tier.LEGITIMATE_INTEREST);
  }

  @Test
  void drafts_areHiddenFromEverybodyButOwnersAndAuthorities() {
    PassportService service = new PassportService(context);
    long draft =
        service.create(
            viewer(TestData.OWNER),
            MAKER.id(),
            new eu.remhub.plugin.passport.model.Identifier("4012345670097", "", ""),
            Granularity.MODEL,
            TestData.tractionMotor());
    service.saveDraft(viewer(TestData.OWNER), id, TestData.tractionMotor());

    assertThat(reader.read(Viewer.visitor("page"), draft)).isEmpty();
    assertThat(reader.read(viewer(TestData.RECYCLER_PERSON), draft)).isEmpty();
    assertThat(reader.read(viewer(TestData.OWNER), draft).orElseThrow().status())
        .isEqualTo(Status.DRAFT);
    assertThat(reader.read(Viewer.visitor("page"), id, OptionalInt.of(2))).isEmpty();
    assertThat(reader.read(viewer(TestData.STAFF), id, OptionalInt.of(2)).orElseThrow().status())
        .isEqualTo(Status.DRAFT);
    assertThat(reader.read(Viewer.visitor("page"), id).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void withdrawnPassport_staysReadable_asWithdrawn() {
    new PassportService(context).withdraw(viewer(TestData.OWNER), id, "Recalled");

    PassportDocument document = reader.read(Viewer.visitor("page"), id).orElseThrow();

    assertThat(document.status()).isEqualTo(Status.WITHDRAWN);
    assertThat(document.statusNote()).isEqualTo("Recalled");
  }

  @Test
  void digitalLink_resolvesToThePassport() {
    assertThat(
            reader.resolve(
                eu.remhub.plugin.passport.model.Identifier.parse("/01/03830012345120/10/SV-2601-07")
                    .orElseThrow()))
        .contains(id);
  }
}
