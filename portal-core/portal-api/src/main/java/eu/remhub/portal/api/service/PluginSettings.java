package eu.remhub.portal.api.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of one plugin, stored as text in the portal database; staff can see and change them.
 * Thread-safe.
 *
 * <p>Since 1.1.0 a plugin may declare its settings with a {@link
 * eu.remhub.portal.api.extension.SettingsContributor}. Staff then get a form with a field per
 * declared setting, {@link #put} refuses a value its declaration does not allow (with an {@link
 * IllegalArgumentException} whose message names the setting, storing nothing), and the typed reads
 * ({@link #value}, {@link #integer}, {@link #decimal}, {@link #flag}, {@link #duration}) answer the
 * declared default while no value is stored. {@link #get} and {@link #all} keep answering what is
 * stored, as in 1.0; undeclared keys stay plain text.
 *
 * @since 1.0.0
 */
public interface PluginSettings {

  /**
   * Reads what is stored for a setting.
   *
   * @param key the key
   * @return the value, or empty when not set (the declared default is not applied here; see {@link
   *     #value})
   */
  Optional<String> get(String key);

  /**
   * Writes a setting.
   *
   * @param key the key
   * @param value the value, or {@code null} to remove it
   * @throws IllegalArgumentException (since 1.1.0) when the key is declared and the value is not
   *     valid for its declaration; nothing is stored then
   */
  void put(String key, String value);

  /**
   * All settings stored for the plugin.
   *
   * @return the settings by key
   */
  Map<String, String> all();

  /**
   * The settings the plugin declares.
   *
   * @return the declarations, in the order of the form; empty when it declares none
   * @since 1.1.0
   */
  default List<SettingDefinition> declarations() {
    return List.of();
  }

  /**
   * The declaration of one setting.
   *
   * @param key the key
   * @return the declaration, or empty for an undeclared key
   * @since 1.1.0
   */
  default Optional<SettingDefinition> declaration(String key) {
    return declarations().stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * The value that applies: the stored one, else the declared default.
   *
   * @param key the key
   * @return the value, or empty when neither is there
   * @since 1.1.0
   */
  default Optional<String> value(String key) {
    return get(key)
        .filter(stored -> !stored.isBlank())
        .or(() -> declaration(key).flatMap(SettingDefinition::defaultValue));
  }

  /**
   * The value that applies, as a whole number.
   *
   * @param key the key
   * @return the number, or empty when there is no value
   * @throws IllegalStateException when the value is not a whole number
   * @since 1.1.0
   */
  default Optional<Long> integer(String key) {
    return typed(key, "a whole number", text -> Long.parseLong(text.trim()));
  }

  /**
   * The value that applies, as a decimal number.
   *
   * @param key the key
   * @return the number, or empty when there is no value
   * @throws IllegalStateException when the value is not a decimal number
   * @since 1.1.0
   */
  default Optional<BigDecimal> decimal(String key) {
    return typed(key, "a decimal number", text -> new BigDecimal(text.trim()));
  }

  /**
   * The value that applies, as a boolean.
   *
   * @param key the key
   * @return the boolean, or empty when there is no value
   * @throws IllegalStateException when the value is neither {@code true} nor {@code false}
   * @since 1.1.0
   */
  default Optional<Boolean> flag(String key) {
    return typed(
        key,
        "true or false",
        text -> {
          String normal = text.trim();
          if (!normal.equals("true") && !normal.equals("false")) {
            throw new IllegalArgumentException(normal);
          }
          return Boolean.valueOf(normal);
        });
  }

  /**
   * The value that applies, as an ISO-8601 duration ({@code PT15M}).
   *
   * @param key the key
   * @return the duration, or empty when there is no value
   * @throws IllegalStateException when the value is not a duration
   * @since 1.1.0
   */
  default Optional<Duration> duration(String key) {
    return typed(key, "an ISO-8601 duration", text -> Duration.parse(text.trim()));
  }

  /** Reads the value that applies and converts it, naming the setting when it does not convert. */
  private <T> Optional<T> typed(String key, String what, Function<String, T> parse) {
    return value(key)
        .map(
            text -> {
              try {
                return parse.apply(text);
              } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(
                    "The setting " + key + " holds '" + text + "', which is not " + what, e);
              }
            });
  }
}
