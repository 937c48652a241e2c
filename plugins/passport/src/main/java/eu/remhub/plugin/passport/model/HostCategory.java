package eu.remhub.plugin.passport.model;

/** Product categories that CRMA Art. 28 names for permanent-magnet labelling, and others. */
public enum HostCategory {
  MRI_DEVICE("MRI device"),
  WIND_GENERATOR("Wind turbine generator"),
  INDUSTRIAL_ROBOT("Industrial robot"),
  MOTOR_VEHICLE("Motor vehicle"),
  LIGHT_MEANS_OF_TRANSPORT("Light means of transport"),
  COOLING_GENERATOR("Cooling generator"),
  HEAT_PUMP("Heat pump"),
  ELECTRIC_MOTOR("Electric motor"),
  WASHING_MACHINE("Washing machine"),
  TUMBLE_DRIER("Household tumble drier"),
  MICROWAVE_OVEN("Microwave oven"),
  VACUUM_CLEANER("Vacuum cleaner"),
  DISHWASHER("Dishwasher"),
  OTHER("Other product");

  private final String label;

  HostCategory(String label) {
    this.label = label;
  }

  /**
   * The category's name for people.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
