package eu.remhub.portal.member;

/** Where an organisation sits in the rare-earth and magnet value chain. */
public enum ValueChainSegment {
  MINING,
  REFINING,
  METALS_ALLOYS,
  MAGNET_MAKING,
  COMPONENTS_OEM,
  RECYCLING,
  RESEARCH,
  POLICY,
  SERVICES;

  /** The translation key of the segment's name. */
  public String titleKey() {
    return "segment." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
