package eu.remhub.portal.api.service;

/**
 * The kind of value a declared plugin setting holds. Values are stored as text; each type says
 * which text is valid and how {@link PluginSettings}'s typed reads turn it into a value.
 *
 * @since 1.1.0
 */
public enum SettingType {
  /** Any text; bounds, when declared, limit its length. */
  TEXT,
  /** A whole number ({@code long}), such as {@code 25}; bounds limit its value. */
  INTEGER,
  /** A decimal number with a dot, such as {@code 12.50}; bounds limit its value. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of the declared choices, exactly. */
  CHOICE,
  /** An ISO-8601 duration such as {@code PT15M} or {@code P2D}; bounds limit it in seconds. */
  DURATION,
  /** One mail address, such as {@code calls@remhub.eu}. */
  EMAIL
}
