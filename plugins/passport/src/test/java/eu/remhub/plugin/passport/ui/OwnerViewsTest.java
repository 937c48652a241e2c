package eu.remhub.plugin.passport.ui;

import static eu.remhub.plugin.passport.TestData.BATCH;
import static eu.remhub.plugin.passport.TestData.MAKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import eu.remhub.plugin.passport.PassportRoutes;
import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.PassportSummary;
import eu.remhub.portal.testkit.PluginViewTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry list and the owners' pages: manage, import, edit, publish. */
class OwnerViewsTest extends PluginViewTest {

  private PassportService service;
  private long id;

  OwnerViewsTest() {
    super("passport");
  }

  @BeforeEach
  void setUp() {
    context().migrate();
    TestData.setUp(context());
    service = new PassportService(context());
    id =
        service.create(
            TestData.viewer(TestData.OWNER),
            MAKER.id(),
            BATCH,
            Granularity.BATCH,
            TestData.tractionMotor());
    register(new PassportRoutes());
  }

  @Test
  void registry_listsPublishedPassportsOnly_andFilters() {
    service.publish(TestData.viewer(TestData.OWNER), id);
    service.create(
        TestData.viewer(TestData.OWNER),
        MAKER.id(),
        new eu.remhub.plugin.passport.model.Identifier("4012345670097", "", ""),
        Granularity.MODEL,
        TestData.tractionMotor());

    PassportListView view = navigate("passports", PassportListView.class);

    assertThat(test(view.grid()).size()).isEqualTo(1);
    assertThat(test(view.grid()).getCellText(0, 1)).isEqualTo("NdFeB");
    test(view.filter()).setValue("ferrite");
    assertThat(test(view.grid()).size()).isZero();
    test(view.filter()).setValue("savinja");
    assertThat(test(view.grid()).size()).isEqualTo(1);
  }

  @Test
  void manage_listsTheOrganisationsDrafts_andImportsWithEveryBadRowListed() {
    context().signIn(TestData.OWNER);
    PassportManageView view = navigate("passports/manage", PassportManageView.class);
    assertThat(test(view.grid()).size()).isEqualTo(1);

    test(view.importText())
        .setValue(
            "passport,type,occurred_at\n"
                + id
                + ",SHIP,2026-02-01\n999,SHIP,2026-02-01\n"
                + id
                + ",RECYCLE,2026-02-01\n");
    test(Find.all(view, Button.class).stream()
            .filter(b -> b.getText().equals("Import"))
            .findFirst()
            .orElseThrow())
        .click();

    assertThat(Find.text(view.importResult()))
        .contains(
            "Nothing was imported: 2 problems.",
            "events row 3: passport: no passport '999'",
            "events row 4: inputs: a recycling event names the magnets it came from");
    assertThat(service.repository().events(id)).isEmpty();

    test(view.importText()).setValue("passport,type,occurred_at\n" + id + ",SHIP,2026-02-01\n");
    test(Find.all(view, Button.class).stream()
            .filter(b -> b.getText().equals("Import"))
            .findFirst()
            .orElseThrow())
        .click();

    assertThat(Find.text(view.importResult())).isEqualTo("Imported 0 passports and 1 events.");
  }

  @Test
  void manage_tellsPeopleWithoutTheEntitlementSo() {
    context().signIn(TestData.OUTSIDER);

    PassportManageView view = navigate("passports/manage", PassportManageView.class);

    assertThat(Find.all(view, Paragraph.class))
        .extracting(Paragraph::getText)
        .contains(
            "Managing passports needs the entitlement passport.manage for your organisation.");
  }

  @Test
  void editor_listsEveryProblem_thenPublishes() {
    context().signIn(TestData.OWNER);
    PassportEditView view = navigate("passports/edit/" + id, PassportEditView.class);
    String valid = view.json().getValue();

    test(view.json())
        .setValue(
            valid
                .replace("\"N38UH\"", "\"N38XY\"")
                .replace("\"62.60\"", "\"50\"")
                .replace("62.60", "50"));
    click(view, "Save draft");

    assertThat(Find.text(view.messages()))
        .contains(
            "Please correct:",
            "magnets[0].grade: 'N38XY' is not a known grade",
            "magnets[0].composition: the composition adds up to 87.4 %");

    test(view.json()).setValue(valid);
    click(view, "Publish");

    assertThat(Find.text(view.messages()))
        .isEqualTo("Version 1 is published; it will not change any more.");
    assertThat(service.repository().find(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
  }

  @Test
  void editor_ofAnotherOrganisationsPassport_refuses() {
    context().grant(TestData.OTHER.id(), "passport.manage");
    context().signIn(TestData.OUTSIDER);

    PassportEditView view = navigate("passports/edit/" + id, PassportEditView.class);

    assertThat(Find.text(view)).startsWith("Only people of the responsible organisation");
  }

  @Test
  void editor_createsANewDraft() {
    context().signIn(TestData.OWNER);
    PassportEditView view = navigate("passports/edit/new", PassportEditView.class);
    List<com.vaadin.flow.component.textfield.TextField> fields =
        Find.all(view, com.vaadin.flow.component.textfield.TextField.class);
    test(fields.get(0)).setValue("4012345670097");
    test(fields.get(1)).setValue("LOT-7");

    click(view, "Create draft");

    assertThat(
            new eu.remhub.plugin.passport.store.PassportCatalogue(context())
                .managedBy(TestData.viewer(TestData.OWNER)))
        .extracting(PassportSummary::digitalLink)
        .contains("/01/04012345670097/10/LOT-7");
  }

  private void click(com.vaadin.flow.component.Component view, String text) {
    test(Find.all(view, Button.class).stream()
            .filter(b -> b.getText().equals(text))
            .findFirst()
            .orElseThrow())
        .click();
  }
}
