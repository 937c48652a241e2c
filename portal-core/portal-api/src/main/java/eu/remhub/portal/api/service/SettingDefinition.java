package eu.remhub.portal.api.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a plugin declares through a {@link
 * eu.remhub.portal.api.extension.SettingsContributor}: its key, how staff see it in the plugin's
 * settings form, its type, default and limits. The portal validates every write against it ({@link
 * #check}) and {@link PluginSettings}' typed reads fall back to its default.
 *
 * <pre>{@code
 * SettingDefinition.builder("review-days", SettingType.INTEGER)
 *     .label("pilot-calls.settings.review-days")
 *     .help("pilot-calls.settings.review-days.help")
 *     .defaultValue("14")
 *     .bounds(1, 90)
 *     .build();
 * }</pre>
 *
 * <p>Label and help text are translation keys of the plugin's bundle ({@code
 * i18n/<pluginId>.properties}); a key without a translation is shown as it is. Immutable and
 * thread-safe; create it with {@link #builder}.
 *
 * @since 1.1.0
 */
public final class SettingDefinition {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String key;
  private final SettingType type;
  private final String label;
  private final String help;
  private final String defaultValue;
  private final boolean required;
  private final BigDecimal min;
  private final BigDecimal max;
  private final List<String> choices;

  private SettingDefinition(Builder builder) {
    this.key = builder.key;
    this.type = builder.type;
    this.label = builder.label == null ? builder.key : builder.label;
    this.help = builder.help == null ? "" : builder.help;
    this.defaultValue = builder.defaultValue;
    this.required = builder.required;
    this.min = builder.min;
    this.max = builder.max;
    this.choices = List.copyOf(builder.choices);
  }

  /**
   * Starts a declaration.
   *
   * @param key the key: lower-case letters and digits, parts joined by {@code .} or {@code -}
   * @param type the type of value
   * @return a builder for an optional setting without default, labelled with its key
   */
  public static Builder builder(String key, SettingType type) {
    return new Builder(key, type);
  }

  /**
   * The key under which the value is stored.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The type of value.
   *
   * @return the type
   */
  public SettingType type() {
    return type;
  }

  /**
   * The label of the field in the settings form.
   *
   * @return a translation key or text; the key itself when none was declared
   */
  public String label() {
    return label;
  }

  /**
   * The help text under the field.
   *
   * @return a translation key or text; empty for none
   */
  public String help() {
    return help;
  }

  /**
   * The value that applies while staff have set none.
   *
   * @return the default, or empty for none
   */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * Whether the setting must have a value (its own or the default).
   *
   * @return true when required
   */
  public boolean required() {
    return required;
  }

  /**
   * The lower bound: of the value ({@link SettingType#INTEGER}, {@link SettingType#DECIMAL}), the
   * length ({@link SettingType#TEXT}) or the seconds ({@link SettingType#DURATION}).
   *
   * @return the bound, inclusive, or empty for none
   */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /**
   * The upper bound, in the same sense as {@link #min()}.
   *
   * @return the bound, inclusive, or empty for none
   */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * The allowed values of a {@link SettingType#CHOICE}.
   *
   * @return the choices in the order to offer them; empty for other types
   */
  public List<String> choices() {
    return choices;
  }

  /**
   * What is wrong with a value, if anything. A {@code null} or blank value means "not set", which
   * is wrong only for a required setting without default.
   *
   * @param value the value as text, or {@code null}
   * @return a message for staff naming the setting, or empty when the value is valid
   */
  public Optional<String> check(String value) {
    return check(value, label);
  }

  /**
   * What is wrong with a value, naming the setting as given, such as by its translated label.
   *
   * @param value the value as text, or {@code null}
   * @param shownLabel the name of the setting in the message; the key follows it in brackets
   * @return the message, or empty when the value is valid
   */
  public Optional<String> check(String value, String shownLabel) {
    if (value == null || value.isBlank()) {
      return required && defaultValue == null
          ? Optional.of(shownLabel + " (" + key + ") is required")
          : Optional.empty();
    }
    String problem = problem(value.trim());
    return problem == null
        ? Optional.empty()
        : Optional.of(shownLabel + " (" + key + "): " + problem);
  }

  private String problem(String value) {
    return switch (type) {
      case TEXT -> outside(BigDecimal.valueOf(value.length()), "characters");
      case INTEGER -> {
        try {
          yield outside(new BigDecimal(Long.parseLong(value)), null);
        } catch (NumberFormatException e) {
          yield "'" + value + "' is not a whole number";
        }
      }
      case DECIMAL -> {
        try {
          yield outside(new BigDecimal(value), null);
        } catch (NumberFormatException e) {
          yield "'" + value + "' is not a decimal number (use a dot: 12.50)";
        }
      }
      case BOOLEAN ->
          value.equals("true") || value.equals("false")
              ? null
              : "'" + value + "' is neither true nor false";
      case CHOICE ->
          choices.contains(value)
              ? null
              : "'" + value + "' is not one of " + String.join(", ", choices);
      case DURATION -> {
        try {
          yield outside(BigDecimal.valueOf(Duration.parse(value).toSeconds()), "seconds");
        } catch (DateTimeParseException e) {
          yield "'" + value + "' is not an ISO-8601 duration such as PT15M or P2D";
        }
      }
      case EMAIL -> EMAIL.matcher(value).matches() ? null : "'" + value + "' is not a mail address";
    };
  }

  private String outside(BigDecimal value, String unit) {
    String suffix = unit == null ? "" : " " + unit;
    if (min != null && value.compareTo(min) < 0) {
      return "at least " + min.toPlainString() + suffix + ", not " + value.toPlainString();
    }
    if (max != null && value.compareTo(max) > 0) {
      return "at most " + max.toPlainString() + suffix + ", not " + value.toPlainString();
    }
    return null;
  }

  @Override
  public String toString() {
    return "SettingDefinition[" + key + ": " + type + "]";
  }

  /**
   * Collects a {@link SettingDefinition}; {@link #build()} checks that it is consistent. Not
   * thread-safe.
   *
   * @since 1.1.0
   */
  public static final class Builder {

    private final String key;
    private final SettingType type;
    private String label;
    private String help;
    private String defaultValue;
    private boolean required;
    private BigDecimal min;
    private BigDecimal max;
    private final List<String> choices = new ArrayList<>();

    private Builder(String key, SettingType type) {
      this.key = Objects.requireNonNull(key, "key");
      this.type = Objects.requireNonNull(type, "type");
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "A setting key has lower-case letters and digits, parts joined by . or -: '"
                + key
                + "'");
      }
    }

    /**
     * Sets the label.
     *
     * @param label a translation key or text
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Sets the help text.
     *
     * @param help a translation key or text
     * @return this builder
     */
    public Builder help(String help) {
      this.help = help;
      return this;
    }

    /**
     * Sets the default.
     *
     * @param defaultValue a valid value of the type, or {@code null} for none
     * @return this builder
     */
    public Builder defaultValue(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    /**
     * Makes the setting required.
     *
     * @param required whether a value must be present
     * @return this builder
     */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets both bounds, inclusive; see {@link SettingDefinition#min()} for what they bound.
     *
     * @param min the lower bound, or {@code null} for none
     * @param max the upper bound, or {@code null} for none
     * @return this builder
     */
    public Builder bounds(BigDecimal min, BigDecimal max) {
      this.min = min;
      this.max = max;
      return this;
    }

    /**
     * Sets both bounds, inclusive.
     *
     * @param min the lower bound
     * @param max the upper bound
     * @return this builder
     */
    public Builder bounds(long min, long max) {
      return bounds(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /**
     * Sets the allowed values of a {@link SettingType#CHOICE}.
     *
     * @param choices the values, in the order to offer them
     * @return this builder
     */
    public Builder choices(String... choices) {
      this.choices.clear();
      this.choices.addAll(List.of(choices));
      return this;
    }

    /**
     * Builds the declaration.
     *
     * @return the declaration
     * @throws IllegalArgumentException when a choice setting has no choices, another type has some,
     *     the bounds are reversed or the default is not valid
     */
    public SettingDefinition build() {
      if ((type == SettingType.CHOICE) == choices.isEmpty()) {
        throw new IllegalArgumentException(
            type == SettingType.CHOICE
                ? "The choice setting " + key + " declares no choices"
                : "Only a choice setting has choices, not " + key);
      }
      if (min != null && max != null && min.compareTo(max) > 0) {
        throw new IllegalArgumentException("The bounds of " + key + " are reversed");
      }
      SettingDefinition definition = new SettingDefinition(this);
      if (defaultValue != null) {
        definition
            .check(defaultValue)
            .ifPresent(
                problem -> {
                  throw new IllegalArgumentException("Invalid default: " + problem);
                });
      }
      return definition;
    }
  }
}
