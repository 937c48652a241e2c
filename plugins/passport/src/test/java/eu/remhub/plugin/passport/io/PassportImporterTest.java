package eu.remhub.plugin.passport.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.PassportRow;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk import: all or nothing, every bad row reported with its reason. */
class PassportImporterTest {

  private static final String CSV_HEADER =
      "reference,gtin,batch,serial,granularity,status,host_category,host_description,family,grade,"
          + "mass_g,count,location,coating,max_temp_c,composition,recycled_content,recycled_method,recycled_verifier,origins,"
          + "footprint_kg_co2e_per_kg,footprint_class,footprint_method,removal_instructions\n";
  private static final String NDFEB =
      "Nd=23.5; Pr=6.5; Dy=2.0; B=1.0; Co=1.5; Fe=65.0; Ni=0.5@coating";

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  private TestPluginContext context;
  private PassportImporter importer;
  private PassportService service;
  private final Viewer owner = TestData.viewer(TestData.OWNER);

  @BeforeEach
  void setUp() {
    context = plugin.context();
    TestData.setUp(context);
    importer = new PassportImporter(context);
    service = new PassportService(context);
  }

  @Test
  void csvPassports_withTwoMagnetKinds_importAndPublish() {
    String csv =
        CSV_HEADER
            + "motor-1,3830012345120,L1,,BATCH,PUBLISHED,ELECTRIC_MOTOR,\"Servo motor, 2 kW\",NDFEB_SINTERED,N42SH,25,12,Rotor,Ni-Cu-Ni,150,"
            + "\""
            + NDFEB
            + "\",Nd=5; Pr=5,mass balance,Donau Supply Chain Assurance GmbH,MINING:AU; MAGNET_MAKING:SI:Celje,25.1,C,ISO 14067,\"Press out\"\n"
            + "motor-1,,,,,,,,SM2CO17,YXG28H,3,1,Encoder,,350,\"Sm=25; Co=50; Fe=17; Cu=6; Zr=2\",,,,,,,,\n"
            + "motor-2,3830012345120,L2,,BATCH,,ELECTRIC_MOTOR,,FERRITE,Y30BH,40,8,Stator,,,\"Fe=60; Sr=8; O=32\",,,,,,,,\n";

    ImportReport report = importer.importText(owner, csv);

    assertThat(report.problems()).isEmpty();
    assertThat(report.passports()).isEqualTo(2);
    List<PassportRow> rows = service.repository().all();
    assertThat(rows)
        .extracting(PassportRow::status)
        .containsExactlyInAnyOrder(Status.PUBLISHED, Status.DRAFT);
    PassportRow first =
        rows.stream().filter(r -> r.identifier().batch().equals("L1")).findFirst().orElseThrow();
    assertThat(service.forEditing(owner, first.id()).content().magnets()).hasSize(2);
    assertThat(service.forEditing(owner, first.id()).content().origins()).hasSize(2);
    assertThat(service.verify(first.id()).intact()).isTrue();
  }

  @Test
  void csvWithBadRows_importsNothing_andReportsEveryBadRowWithItsLine() {
    String csv =
        CSV_HEADER
            + "ok,3830012345120,L1,,BATCH,,ELECTRIC_MOTOR,,NDFEB_SINTERED,N42SH,25,12,Rotor,,,\""
            + NDFEB
            + "\",,,,,,,,\n"
            + "bad-grade,3830012345120,L2,,BATCH,,ELECTRIC_MOTOR,,NDFEB_SINTERED,N99,25,12,Rotor,,,\""
            + NDFEB
            + "\",,,,,,,,\n"
            + "bad-sum,3830012345120,L3,,BATCH,,ELECTRIC_MOTOR,,NDFEB_SINTERED,N42,25,12,Rotor,,,\"Nd=30; Fe=60\",,,,,,,,\n"
            + "bad-mass,3830012345120,L4,,BATCH,,ELECTRIC_MOTOR,,NDFEB_SINTERED,N42,abc,12,Rotor,,,\""
            + NDFEB
            + "\",,,,,,,,\n"
            + "dup,3830012345120,L1,,BATCH,,ELECTRIC_MOTOR,,NDFEB_SINTERED,N42,25,12,Rotor,,,\""
            + NDFEB
            + "\",,,,,,,,\n";

    ImportReport report = importer.importText(owner, csv);

    assertThat(report.ok()).isFalse();
    assertThat(report.passports()).isZero();
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "passports row 3: magnets[0].grade: 'N99' is not a known grade of sintered NdFeB; expected N30 to N56 or 30 to 56, with an"
                + " optional M, H, SH, UH, EH or AH suffix (N42SH, 48H)",
            "passports row 4: magnets[0].composition: the composition adds up to 90 %; it must make 100 % within ±0.5 percentage points",
            "passports row 5: mass_g: 'abc' is not a number (use a point for decimals)",
            "passports row 6: identifier: the same as row 2");
    assertThat(service.repository().count()).isZero();
    assertThat(context.search().documents()).isEmpty();
  }

  @Test
  void csvEvents_areRecordedOnExistingPassports_byIdOrDigitalLink() {
    long id =
        service.create(
            owner,
            TestData.MAKER.id(),
            TestData.BATCH,
            Granularity.BATCH,
            TestData.tractionMotor());
    String csv =
        "passport,type,occurred_at,country,place,actor,note,inputs\n"
            + id
            + ",SHIP,2026-02-01T08:00:00Z,SI,Celje,Savinja Magneti,,\n"
            + "/01/03830012345120/10/SV-2601-07,RECEIVE,2026-02-03,NL,Eindhoven,Brabant Drives,\"Inspected, fine\",\n";

    ImportReport report = importer.importText(owner, csv);

    assertThat(report.problems()).isEmpty();
    assertThat(report.events()).isEqualTo(2);
    assertThat(service.repository().events(id))
        .extracting(e -> e.event().note())
        .containsExactly("", "Inspected, fine");
  }

  @Test
  void csvEvents_withBadRows_recordNothing() {
    long id =
        service.create(
            owner,
            TestData.MAKER.id(),
            TestData.BATCH,
            Granularity.BATCH,
            TestData.tractionMotor());
    String csv =
        "passport,type,occurred_at,country,place,actor,note,inputs\n"
            + id
            + ",SHIP,2026-02-01T08:00:00Z,SI,,,,\n"
            + "999,SHIP,2026-02-01T08:00:00Z,SI,,,,\n"
            + id
            + ",TELEPORT,2026-02-01T08:00:00Z,SI,,,,\n"
            + id
            + ",RECYCLE,yesterday,SI,,,,\n"
            + id
            + ",RECYCLE,2026-02-01,SI,,,,\n";

    ImportReport report = importer.importText(owner, csv);

    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "events row 3: passport: no passport '999'",
            "events row 4: type: 'TELEPORT' is not one of [COMMISSION, SHIP, RECEIVE, ASSEMBLE, REPAIR, DISMANTLE, RECYCLE]",
            "events row 5: occurred_at: 'yesterday' is no date (2026-01-20) or UTC time (2026-01-20T07:30:00Z)",
            "events row 6: inputs: a recycling event names the magnets it came from");
    assertThat(service.repository().events(id)).isEmpty();
  }

  @Test
  void json_passportsAndEventsByReference_importTogether() {
    String json =
        PassportJson.write(
            Map.of(
                "passports",
                    List.of(
                        Map.of(
                            "reference",
                            "p1",
                            "identifier",
                            TestData.BATCH,
                            "granularity",
                            "BATCH",
                            "status",
                            "PUBLISHED",
                            "hostProduct",
                            TestData.tractionMotor().hostProduct(),
                            "magnets",
                            TestData.tractionMotor().magnets())),
                "events",
                    List.of(
                        Map.of(
                            "passport",
                            "p1",
                            "type",
                            "SHIP",
                            "occurredAt",
                            "2026-02-01T08:00:00Z"))));

    ImportReport report = importer.importText(owner, json);

    assertThat(report.problems()).isEmpty();
    assertThat(report)
        .extracting(ImportReport::passports, ImportReport::events)
        .containsExactly(1, 1);
    assertThat(context.search().documents()).hasSize(1);
  }

  @Test
  void json_badRows_areNumberedByPosition_andNothingIsImported() {
    String json =
        "["
            + PassportJson.write(
                Map.of(
                    "identifier",
                    TestData.BATCH,
                    "granularity",
                    "BATCH",
                    "hostProduct",
                    TestData.tractionMotor().hostProduct(),
                    "magnets",
                    TestData.tractionMotor().magnets()))
            + ",{\"identifier\":{\"gtin\":\"4012345670097\"},\"granularity\":\"MODEL\",\"magnets\":[{\"family\":\"KRYPTONITE\"}]}"
            + ",{\"identifier\":{\"gtin\":\"4012345670097\",\"batch\":\"X\"},\"granularity\":\"MODEL\",\"hostProduct\":{\"category\":\"OTHER\"},"
            + "\"magnets\":"
            + PassportJson.write(TestData.tractionMotor().magnets())
            + "}]";

    ImportReport report = importer.importText(owner, json);

    assertThat(report.problems()).extracting(ImportProblem::row).containsExactly(2, 3);
    assertThat(report.problems().get(0).message())
        .startsWith("magnets[0].family: cannot read the JSON here");
    assertThat(report.problems().get(1).message())
        .isEqualTo(
            "granularity: a passport for a product model has a GTIN only, without batch or serial number");
    assertThat(service.repository().count()).isZero();
  }

  @Test
  void passportsOfAnotherOrganisation_areRefused_forNonStaff() {
    String json =
        "["
            + PassportJson.write(
                Map.of(
                    "identifier",
                    TestData.BATCH,
                    "granularity",
                    "BATCH",
                    "operator",
                    Map.of("organisationId", TestData.OTHER.id()),
                    "hostProduct",
                    TestData.tractionMotor().hostProduct(),
                    "magnets",
                    TestData.tractionMotor().magnets()))
            + "]";

    ImportReport asOutsider = importer.importText(TestData.viewer(TestData.OUTSIDER), json);
    ImportReport asStaff = importer.importText(TestData.viewer(TestData.STAFF), json);

    assertThat(asOutsider.problems())
        .singleElement()
        .hasToString("passports row 1: importing needs the entitlement passport.manage");
    assertThat(asStaff.ok()).isTrue();
    assertThat(service.repository().all())
        .singleElement()
        .extracting(PassportRow::operatorOrganisationId)
        .isEqualTo(TestData.OTHER.id());
  }

  @Test
  void emptyOrUnknownFiles_sayWhatIsMissing() {
    assertThat(importer.importText(owner, "[]").problems())
        .singleElement()
        .hasToString("passports row 1: the file holds no passports and no events");
    assertThat(importer.importText(owner, "a,b\n1,2\n").problems())
        .singleElement()
        .extracting(ImportProblem::message)
        .asString()
        .startsWith("the header lacks the columns reference, gtin");
    assertThat(importer.importText(owner, "{oops").problems())
        .singleElement()
        .extracting(ImportProblem::message)
        .asString()
        .startsWith("the file is not JSON");
  }
}
