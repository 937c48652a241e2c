package eu.remhub.plugin.hello;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.service.OrganisationRef;
import java.util.Locale;
import java.util.Set;

/**
 * The people and organisations of the tests: one organisation with the entitlement, one without.
 */
public final class People {

  public static final OrganisationRef SIGNING =
      new OrganisationRef(11, "Savinja Magneti", "Savinja Magneti d.o.o.", "SI", "MAGNET_MAKING");
  public static final OrganisationRef READING =
      new OrganisationRef(22, "ElbeCycle", "Elbtal Magnetkreislauf GmbH", "DE", "RECYCLING");

  public static final CurrentUser WRITER =
      new CurrentUser(
          101,
          "mojca@savinja.example",
          "Mojca Novak",
          SIGNING.id(),
          Set.of(Roles.MEMBER),
          Locale.ENGLISH);
  public static final CurrentUser READER =
      new CurrentUser(
          202,
          "jonas@elbecycle.example",
          "Jonas Richter",
          READING.id(),
          Set.of(Roles.MEMBER),
          Locale.ENGLISH);

  private People() {}
}
