package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.Constituent;
import eu.remhub.plugin.passport.model.ConstituentRole;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.DocumentRef;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.HostCategory;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.MagnetFamily;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Stage;
import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Organisations, people and passports that the tests share. */
public final class TestData {

  public static final OrganisationRef MAKER =
      new OrganisationRef(11, "Savinja Magneti", "Savinja Magneti d.o.o.", "SI", "MAGNET_MAKING");
  public static final OrganisationRef RECYCLER =
      new OrganisationRef(22, "ElbeCycle", "Elbtal Magnetkreislauf GmbH", "DE", "RECYCLING");
  public static final OrganisationRef OTHER =
      new OrganisationRef(
          33, "Vestkyst Wind", "Vestkyst Vindgeneratorer A/S", "DK", "COMPONENTS_OEM");

  /** A member of the maker who manages its passports. */
  public static final CurrentUser OWNER =
      person(101, "mojca@savinja.example", "Mojca Novak", MAKER.id(), Roles.MEMBER);

  /** A member of the recycler, which has a legitimate interest. */
  public static final CurrentUser RECYCLER_PERSON =
      person(202, "jonas@elbecycle.example", "Jonas Richter", RECYCLER.id(), Roles.MEMBER);

  /** A member of an organisation without passport entitlements. */
  public static final CurrentUser OUTSIDER =
      person(303, "mette@vestkyst.example", "Mette Holm", OTHER.id(), Roles.MEMBER);

  /** Hub staff, the authority tier. */
  public static final CurrentUser STAFF =
      person(404, "staff@remhub.example", "Hub Staff", 0, Roles.STAFF);

  public static final Identifier BATCH = new Identifier("3830012345120", "SV-2601-07", "");

  private TestData() {}

  /**
   * Adds the organisations and grants: the maker manages passports, the recycler reads restricted
   * data.
   *
   * @param context the test context
   */
  public static void setUp(TestPluginContext context) {
    context.addOrganisation(MAKER).addOrganisation(RECYCLER).addOrganisation(OTHER);
    context.grant(MAKER.id(), AccessPolicy.MANAGE);
    context.grant(RECYCLER.id(), AccessPolicy.RESTRICTED_READ);
    context.search().declareTypes(List.of("passport"));
  }

  /**
   * Adds the demo organisations the seed ties passports to (ids 1 to 4), as in the portal's seed
   * file.
   *
   * @param context the test context
   */
  public static void demoOrganisations(TestPluginContext context) {
    context.addOrganisation(
        new OrganisationRef(1, "Savinja Magneti", "Savinja Magneti d.o.o.", "SI", "MAGNET_MAKING"));
    context.addOrganisation(
        new OrganisationRef(
            2, "Vestkyst Wind", "Vestkyst Vindgeneratorer A/S", "DK", "COMPONENTS_OEM"));
    context.addOrganisation(
        new OrganisationRef(
            3, "Fichtel Magnettechnik", "Fichtel Magnettechnik GmbH", "DE", "MAGNET_MAKING"));
    context.addOrganisation(
        new OrganisationRef(4, "ElbeCycle", "Elbtal Magnetkreislauf GmbH", "DE", "RECYCLING"));
  }

  public static Viewer viewer(CurrentUser user) {
    return new Viewer(user.personId(), user.organisationId(), user.hasRole(Roles.STAFF), "page");
  }

  /** Sintered NdFeB with Dy for a traction motor; adds up to 100 %. */
  public static PassportContent tractionMotor() {
    return new PassportContent(
        new HostProduct(HostCategory.MOTOR_VEHICLE, "Traction motor of a city bus"),
        List.of(
            new Magnet(
                MagnetFamily.NDFEB_SINTERED,
                "N38UH",
                dec("50.0"),
                48,
                "Rotor pockets, V layout",
                "Ni-Cu-Ni",
                180,
                List.of(
                    el("Nd", "23.40"),
                    el("Pr", "6.20"),
                    el("Dy", "4.50"),
                    el("B", "0.95"),
                    el("Co", "1.20"),
                    el("Cu", "0.15"),
                    el("Al", "0.25"),
                    el("Ga", "0.10"),
                    el("Fe", "62.60"),
                    new Constituent("Ni", ConstituentRole.COATING, dec("0.45")),
                    new Constituent("Cu", ConstituentRole.COATING, dec("0.10")),
                    new Constituent("acrylic adhesive", ConstituentRole.GLUE, dec("0.10"))))),
        List.of(
            new RecycledShare(
                "Nd", dec("2.5"), "mass balance", "Donau Supply Chain Assurance GmbH")),
        List.of(new Origin(Stage.MAGNET_MAKING, "SI", "Celje", "Savinja Magneti")),
        new CarbonFootprint(dec("28.4"), "C", "ISO 14067"),
        "Heat the rotor to 120 °C and press the segments out.",
        List.of(
            new DocumentRef(
                "OECD due diligence report",
                "due diligence",
                "https://savinja.example/dd.pdf",
                "")),
        List.of());
  }

  public static CustodyEvent event(EventType type, String at) {
    return new CustodyEvent(
        type, Instant.parse(at), "SI", "Celje", "Savinja Magneti", "note " + type, List.of());
  }

  public static Constituent el(String symbol, String percent) {
    return new Constituent(symbol, ConstituentRole.MAGNET, dec(percent));
  }

  public static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static CurrentUser person(
      long id, String email, String name, long organisation, String role) {
    return new CurrentUser(id, email, name, organisation, Set.of(role), Locale.ENGLISH);
  }
}
