package eu.remhub.plugin.passport.ui;

import static eu.remhub.plugin.passport.TestData.BATCH;
import static eu.remhub.plugin.passport.TestData.MAKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import eu.remhub.plugin.passport.PassportRoutes;
import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.testkit.PluginViewTest;
import eu.remhub.portal.testkit.RecordingAuditLog;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public passport page, in a browserless UI, as visitors, recyclers and owners see it. */
class PassportViewTest extends PluginViewTest {

  private long id;

  PassportViewTest() {
    super("passport");
  }

  @BeforeEach
  void publishPassport() {
    context().migrate();
    TestData.setUp(context());
    context().settings().put(PublicLinks.BASE_URL_SETTING, "https://hub.example.eu/");
    PassportService service = new PassportService(context());
    Viewer owner = TestData.viewer(TestData.OWNER);
    id = service.create(owner, MAKER.id(), BATCH, Granularity.BATCH, TestData.tractionMotor());
    service.recordEvent(owner, id, TestData.event(EventType.COMMISSION, "2026-01-20T07:30:00Z"));
    service.publish(owner, id);
    service.recordEvent(owner, id, TestData.event(EventType.SHIP, "2026-01-27T13:00:00Z"));
    register(new PassportRoutes());
  }

  @Test
  void visitor_seesQrCodeVerifiedChainTimelineAndRecycledTable_butNoComposition() {
    PassportView view = navigate("passport/" + id, PassportView.class);

    PassportPage page = view.page();
    Image qr = Find.all(page, Image.class).get(0);
    assertThat(qr.getSrc())
        .isEqualTo(QrCode.dataUrl("https://hub.example.eu/01/03830012345120/10/SV-2601-07"));
    assertThat(Find.text(Find.withClass(page, "passport-chain").get(0)))
        .isEqualTo("History verified: 3 entries, each chained to the one before");
    assertThat(Find.text(Find.withClass(page, "passport-status").get(0))).isEqualTo("Published");
    assertThat(Find.withClass(page, "passport-event"))
        .extracting(Find::text)
        .containsExactly("2026-01-20 Commissioned · SI", "2026-01-27 Shipped · SI");
    assertThat(Find.text(Find.withClass(page, "passport-recycled-table").get(0)))
        .contains("Nd2.5 %mass balanceDonau Supply Chain Assurance GmbH", "Dynot declared");
    assertThat(Find.all(page, Svg.class)).isEmpty();
    assertThat(Find.withClass(page, "passport-restricted-note")).hasSize(1);
    assertThat(Find.text(page))
        .doesNotContain("Rotor pockets", "Heat the rotor", "OECD due diligence");
    assertThat(Find.all(page, Button.class)).extracting(Button::getText).contains("Print");
  }

  @Test
  void recycler_seesCompositionChartOriginsAndRemoval_andTheReadIsLogged() {
    context().signIn(TestData.RECYCLER_PERSON);

    PassportView view = navigate("passport/" + id, PassportView.class);

    PassportPage page = view.page();
    assertThat(Find.withClass(page, "passport-composition-chart")).hasSize(1);
    assertThat(Find.text(page))
        .contains("Rotor pockets, V layout", "Heat the rotor to 120 °C", "Magnet making", "2.4 kg");
    assertThat(Find.text(page)).doesNotContain("OECD due diligence");
    assertThat(context().audit().entries())
        .extracting(RecordingAuditLog.Entry::action)
        .contains("passport.restricted-read");
  }

  @Test
  void owner_seesDocumentsVersionsAndAccessLog() {
    context().signIn(TestData.OWNER);

    PassportPage page = navigate("passport/" + id, PassportView.class).page();

    assertThat(Find.text(page))
        .contains("OECD due diligence report", "Versions", "Restricted reads", "note SHIP");
  }

  @Test
  void digitalLinkPath_opensTheSamePassportPage() {
    PassportView view = navigate("01/03830012345120/10/SV-2601-07", PassportView.class);

    assertThat(view.page().document().id()).isEqualTo(id);
  }

  @Test
  void tamperedEvent_showsThatTheHistoryDoesNotVerify() {
    context()
        .jdbc()
        .update(
            "UPDATE passport_event SET country = ? WHERE passport_id = ? AND event_type = ?",
            "DE",
            id,
            "SHIP");

    PassportPage page = navigate("passport/" + id, PassportView.class).page();

    assertThat(Find.text(Find.withClass(page, "passport-chain").get(0)))
        .startsWith(
            "History does not verify: entry 3 (SHIP event of 2026-01-27T13:00:00Z) was changed");
  }

  @Test
  void italianVisitor_readsItalianLabels() {
    UI.getCurrent().setLocale(Locale.ITALIAN);

    PassportPage page = navigate("passport/" + id, PassportView.class).page();

    assertThat(Find.text(Find.withClass(page, "passport-status").get(0))).isEqualTo("Pubblicato");
  }

  @Test
  void draftPassport_isNotFoundForVisitors() {
    long draft =
        new PassportService(context())
            .create(
                TestData.viewer(TestData.OWNER),
                MAKER.id(),
                new eu.remhub.plugin.passport.model.Identifier("4012345670097", "", ""),
                Granularity.MODEL,
                TestData.tractionMotor());

    UI.getCurrent().navigate("passport/" + draft);

    assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PassportView.class);
  }
}
