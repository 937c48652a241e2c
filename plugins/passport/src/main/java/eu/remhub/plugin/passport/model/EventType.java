package eu.remhub.plugin.passport.model;

/** What happened to the magnets, in the spirit of EPCIS 2.0 business steps. */
public enum EventType {
  /** The magnets were made and the passport's subject came into being. */
  COMMISSION,
  /** Sent to another party. */
  SHIP,
  /** Taken over from another party. */
  RECEIVE,
  /** Built into a rotor, motor or product. */
  ASSEMBLE,
  /** Repaired or refurbished. */
  REPAIR,
  /** Taken out of the product. */
  DISMANTLE,
  /** Recycled; the event names the magnets it came from or went into. */
  RECYCLE
}
