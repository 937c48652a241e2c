package eu.remhub.plugin.passport.model;

/** What one passport stands for: a product model, a production batch, or one item. */
public enum Granularity {
  /** Every magnet of a product model (GTIN only). */
  MODEL,
  /** The magnets of one production batch (GTIN and batch). */
  BATCH,
  /** One item (GTIN and serial number). */
  ITEM
}
