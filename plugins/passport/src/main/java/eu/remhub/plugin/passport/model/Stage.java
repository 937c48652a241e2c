package eu.remhub.plugin.passport.model;

/** The value-chain stages a passport names origins for (CRMA Art. 31 pattern). */
public enum Stage {
  MINING("Mining"),
  BENEFICIATION("Beneficiation"),
  SEPARATION_REFINING("Separation and refining"),
  METAL_REDUCTION("Metal reduction"),
  ALLOYING("Alloying"),
  MAGNET_MAKING("Magnet making"),
  COMPONENT("Component"),
  PRODUCT("Product"),
  COLLECTION("Collection"),
  DISMANTLING("Dismantling"),
  RECYCLING("Recycling");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /**
   * The stage's name for people.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
