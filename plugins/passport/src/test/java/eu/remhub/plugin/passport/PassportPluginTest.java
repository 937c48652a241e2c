package eu.remhub.plugin.passport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PassportPluginTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  @Test
  void startWithDemoData_seedsOnce() {
    TestPluginContext context = plugin.context();
    context.addOrganisation(TestData.RECYCLER).demoData(true);

    new PassportPlugin(context).start();
    new PassportPlugin(context).start();

    assertThat(new PassportService(context).repository().count()).isEqualTo(1);
  }

  @Test
  void startWithoutDemoData_leavesTablesEmpty() {
    TestPluginContext context = plugin.context();
    context.addOrganisation(TestData.RECYCLER);

    new PassportPlugin(context).start();

    assertThat(new PassportService(context).repository().count()).isZero();
  }

  @Test
  void entitlements_areTheTwoTiersThatPlansGrant() {
    assertThat(new PassportEntitlements().entitlements())
        .extracting(EntitlementDefinition::id)
        .containsExactly(AccessPolicy.RESTRICTED_READ, AccessPolicy.MANAGE);
  }

  @Test
  void rebuild_streamsPublishedPassportsOnly_withPublicFieldsAndFacets() {
    TestPluginContext context = plugin.context();
    TestData.setUp(context);
    PassportService service = new PassportService(context);
    Viewer owner = TestData.viewer(TestData.OWNER);
    long published =
        service.create(
            owner,
            TestData.MAKER.id(),
            TestData.BATCH,
            Granularity.BATCH,
            TestData.tractionMotor());
    service.publish(owner, published);
    service.create(
        owner,
        TestData.MAKER.id(),
        new eu.remhub.plugin.passport.model.Identifier("4012345670097", "", ""),
        Granularity.MODEL,
        TestData.tractionMotor());
    long withdrawn =
        service.create(
            owner,
            TestData.MAKER.id(),
            new eu.remhub.plugin.passport.model.Identifier("3830012345120", "X2", ""),
            Granularity.BATCH,
            TestData.tractionMotor());
    service.publish(owner, withdrawn);
    service.withdraw(owner, withdrawn, "test");
    assertThat(service.repository().find(withdrawn).orElseThrow().status())
        .isEqualTo(Status.WITHDRAWN);

    List<SearchDocument> documents = new ArrayList<>();
    new PassportSearch(context).allDocuments(documents::add);

    assertThat(documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.id()).isEqualTo(Long.toString(published));
              assertThat(document.url()).isEqualTo("/passport/" + published);
              assertThat(document.visibility()).isEqualTo(Visibility.everyone());
              assertThat(document.title())
                  .isEqualTo("NdFeB magnets in a motor vehicle · Savinja Magneti");
              assertThat(document.facets())
                  .containsEntry("material", List.of("NdFeB"))
                  .containsEntry("country", List.of("SI"))
                  .containsEntry("segment", List.of("MAGNET_MAKING"));
              assertThat(document.body())
                  .contains("N38UH", "Ni-Cu-Ni", "Nd 2.5 %", "class C")
                  .doesNotContain(
                      "Rotor pockets", "Heat the rotor", "62.60", "28.4", "dd.pdf", "Celje");
            });
    assertThat(context.search().documents()).containsExactlyElementsOf(documents);
  }
}
