package eu.remhub.portal.runtime.print;

import java.awt.Color;
import java.util.Objects;

/**
 * The hub's name and colours, as printed documents and charts show them.
 *
 * @param name the hub's name, printed in the header of every page
 * @param primary the colour of the header band and of the first chart series
 * @param accent the colour of rules and of the second chart series
 */
public record HubLook(String name, Color primary, Color accent) {

  /** REMHub's look: "magnet steel" blue and rare-earth copper, as in the portal's theme. */
  public static final HubLook REMHUB =
      new HubLook("REMHub", new Color(0x2b, 0x57, 0x83), new Color(0xc4, 0x5a, 0x1a));

  public HubLook {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(accent, "accent");
  }
}
