package eu.remhub.plugin.passport.seed;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.PassportValidator;
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.PassportDocument;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoPassportsTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  @Test
  void seed_publishesFourPassports_withVerifiedChainsAndValidContent() {
    TestPluginContext context = plugin.context();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);

    List<Long> ids = new DemoPassports(context).seedIfEmpty();

    assertThat(ids).hasSize(4);
    PassportService service = new PassportService(context);
    PassportReader reader = new PassportReader(context);
    for (long id : ids) {
      PassportDocument document = reader.read(new Viewer(0, 0, true, "page"), id).orElseThrow();
      assertThat(document.status()).as("passport %s", id).isEqualTo(Status.PUBLISHED);
      assertThat(document.chain().intact()).as("chain of %s", id).isTrue();
      assertThat(service.verify(id).entries()).isGreaterThan(1);
    }
    assertThat(context.search().documents()).hasSize(4);
  }

  @Test
  void seed_compositionsAreRealistic() {
    TestPluginContext context = plugin.context();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);
    List<Long> ids = new DemoPassports(context).seedIfEmpty();
    PassportReader reader = new PassportReader(context);

    Magnet traction = magnet(reader, ids.get(0));
    assertThat(traction.family()).isEqualTo(MagnetFamily.NDFEB_SINTERED);
    assertThat(share(traction, "Nd").add(share(traction, "Pr")))
        .isBetween(new BigDecimal("29"), new BigDecimal("32"));
    assertThat(share(traction, "Dy")).isBetween(new BigDecimal("2"), new BigDecimal("10"));
    assertThat(share(traction, "B")).isBetween(new BigDecimal("0.8"), new BigDecimal("1.2"));
    assertThat(share(traction, "Fe")).isBetween(new BigDecimal("60"), new BigDecimal("68"));

    Magnet sensor = magnet(reader, ids.get(2));
    assertThat(sensor.family()).isEqualTo(MagnetFamily.SM2CO17);
    assertThat(share(sensor, "Sm")).isBetween(new BigDecimal("23"), new BigDecimal("26"));
    assertThat(share(sensor, "Co")).isBetween(new BigDecimal("48"), new BigDecimal("52"));
  }

  @Test
  void recycledPassport_namesTheHardDiskMagnetsItCameFrom() {
    TestPluginContext context = plugin.context();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);
    long recycled = new DemoPassports(context).seedIfEmpty().get(3);

    PassportDocument document =
        new PassportReader(context).read(Viewer.visitor("page"), recycled).orElseThrow();

    assertThat(document.predecessors())
        .extracting(Predecessor::identifier)
        .containsExactly(DemoPassports.SHANNON_LOT, DemoPassports.RHONE_LOT);
    assertThat(document.recycledContent())
        .anySatisfy(
            share -> {
              assertThat(share.element()).isEqualTo("Nd");
              assertThat(share.percent()).isGreaterThan(new BigDecimal("90"));
            });
    assertThat(document.events()).extracting(e -> e.type()).contains(EventType.RECYCLE);
    assertThat(document.operator().name()).isEqualTo("ElbeCycle");
  }

  @Test
  void missingOrganisation_isSkipped_andASecondRunAddsNothing() {
    TestPluginContext context = plugin.context();
    context.addOrganisation(
        new OrganisationRef(4, "ElbeCycle", "Elbtal Magnetkreislauf GmbH", "DE", "RECYCLING"));

    assertThat(new DemoPassports(context).seedIfEmpty()).hasSize(1);
    assertThat(new DemoPassports(context).seedIfEmpty()).isEmpty();
  }

  @Test
  void everySeedPassport_passesTheValidator() {
    TestPluginContext context = plugin.context();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);
    new DemoPassports(context).seedIfEmpty();
    PassportService service = new PassportService(context);

    service
        .repository()
        .all()
        .forEach(
            row -> {
              String document =
                  service
                      .repository()
                      .version(row.id(), row.currentVersion())
                      .orElseThrow()
                      .document();
              var content =
                  eu.remhub.plugin.passport.json.PassportJson.read(
                      document, eu.remhub.plugin.passport.model.PassportContent.class);
              assertThat(PassportValidator.problems(content)).isEmpty();
            });
  }

  @Test
  void seed_onTheTestClock_givesTheSameChainHeadsEveryTime() {
    // The demo data and its hash chains are part of the plugin's behaviour: a change to any field,
    // time or order of the seed shows here as another chain head.
    TestPluginContext context = plugin.context();
    eu.remhub.plugin.passport.TestData.demoOrganisations(context);
    new DemoPassports(context).seedIfEmpty();

    assertThat(new PassportService(context).repository().all())
        .extracting(row -> row.identifier().digitalLinkPath() + " " + row.chainHead())
        .containsExactlyInAnyOrder(
            "/01/03830012345120/10/SV-2601-07"
                + " 4276652d4db475c169c8d00dc2680b911cb5aecec369f1b3d47d47bdd331e3ae",
            "/01/05790045678238/21/VKDD8-0117"
                + " ea5dac32386ed5b041d349eff3d43e41ce0676ce1d2586a10055d338bc387d11",
            "/01/04012345670097"
                + " 81f09510e6b536d715c75531e7c09382a9948f87b7519b9002d5db3f2566f9df",
            "/01/04056789012341/10/EC-2605-03"
                + " 752503bb4e1ac0d6617caa973adb25cf8dba6ab63d705ed906274422a4f576cf");
  }

  private static Magnet magnet(PassportReader reader, long id) {
    return reader.read(new Viewer(0, 0, true, "page"), id).orElseThrow().magnets().get(0);
  }

  private static BigDecimal share(Magnet magnet, String element) {
    return magnet.composition().stream()
        .filter(c -> c.substance().equals(element))
        .findFirst()
        .orElseThrow()
        .percent();
  }
}
