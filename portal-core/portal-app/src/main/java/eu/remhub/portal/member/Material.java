package eu.remhub.portal.member;

/** Rare-earth and related elements, and magnet families, that an organisation works with. */
public enum Material {
  ND("Nd", true),
  PR("Pr", true),
  DY("Dy", true),
  TB("Tb", true),
  SM("Sm", true),
  CO("Co", true),
  B("B", true),
  NDFEB("NdFeB", false),
  SMCO("SmCo", false),
  ALNICO("AlNiCo", false),
  FERRITE("Ferrite", false);

  private final String label;
  private final boolean element;

  Material(String label, boolean element) {
    this.label = label;
    this.element = element;
  }

  /** The symbol or family name, the same in every language. */
  public String label() {
    return label;
  }

  /** True for an element, false for a magnet family. */
  public boolean element() {
    return element;
  }

  /** The material with a given label or name, ignoring case. */
  public static java.util.Optional<Material> parse(String text) {
    for (Material m : values()) {
      if (m.label.equalsIgnoreCase(text) || m.name().equalsIgnoreCase(text)) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }
}
