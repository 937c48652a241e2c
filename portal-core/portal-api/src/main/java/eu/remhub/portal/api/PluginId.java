package eu.remhub.portal.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a plugin, as in its {@code Plugin-Id} manifest entry, instead of a plain string that
 * could be any name. Immutable.
 *
 * @param value the id: a lower-case letter, then lower-case letters, digits and single dashes
 *     ({@code pilot-calls})
 * @since 1.1.0
 */
public record PluginId(String value) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Validates the id. */
  public PluginId {
    Objects.requireNonNull(value, "value");
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A plugin id starts with a lower-case letter and has lower-case letters, digits and"
              + " single dashes: '"
              + value
              + "'");
    }
  }

  /**
   * The id of a plugin.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException when it is not a valid plugin id
   */
  public static PluginId of(String value) {
    return new PluginId(value);
  }

  /**
   * The prefix of the plugin's table names: the id with {@code -} as {@code _}, then {@code _}.
   *
   * @return the prefix, such as {@code pilot_calls_}
   */
  public String tablePrefix() {
    return value.replace('-', '_') + "_";
  }

  /** Returns the id itself, so that it reads naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
