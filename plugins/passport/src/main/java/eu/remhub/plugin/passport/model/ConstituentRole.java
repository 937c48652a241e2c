package eu.remhub.plugin.passport.model;

/**
 * What part of a magnet a constituent belongs to: CRMA Art. 28 asks for the composition of each
 * magnet with its coatings, glues and additives.
 */
public enum ConstituentRole {
  /** The magnet material itself; the substance is a chemical element. */
  MAGNET,
  /** Coating, such as Ni-Cu-Ni, zinc or epoxy. */
  COATING,
  /** Glue that holds the magnet in place. */
  GLUE,
  /** Other additives, such as a polymer binder. */
  ADDITIVE
}
