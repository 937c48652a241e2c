package eu.remhub.portal.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SettingDefinitionTest {

  private static SettingDefinition.Builder of(SettingType type) {
    return SettingDefinition.builder("value", type).label("Value");
  }

  @Test
  void integer_checksFormAndBounds() {
    SettingDefinition days = of(SettingType.INTEGER).bounds(1, 90).build();

    assertThat(days.check("14")).isEmpty();
    assertThat(days.check(" 90 ")).isEmpty();
    assertThat(days.check("0")).contains("Value (value): at least 1, not 0");
    assertThat(days.check("91")).contains("Value (value): at most 90, not 91");
    assertThat(days.check("fourteen")).contains("Value (value): 'fourteen' is not a whole number");
    assertThat(days.check("1.5")).isPresent();
  }

  @Test
  void everyType_refusesWhatItCannotHold() {
    assertThat(of(SettingType.DECIMAL).bounds(new BigDecimal("0.00"), null).build().check("12,50"))
        .isPresent();
    assertThat(of(SettingType.DECIMAL).bounds(new BigDecimal("0.00"), null).build().check("-0.01"))
        .isPresent();
    assertThat(of(SettingType.DECIMAL).build().check("12.50")).isEmpty();
    assertThat(of(SettingType.BOOLEAN).build().check("yes")).isPresent();
    assertThat(of(SettingType.BOOLEAN).build().check("false")).isEmpty();
    assertThat(of(SettingType.CHOICE).choices("eur", "usd").build().check("gbp"))
        .contains("Value (value): 'gbp' is not one of eur, usd");
    assertThat(of(SettingType.DURATION).bounds(60, 3600).build().check("PT15M")).isEmpty();
    assertThat(of(SettingType.DURATION).bounds(60, 3600).build().check("PT2H")).isPresent();
    assertThat(of(SettingType.DURATION).build().check("15 minutes")).isPresent();
    assertThat(of(SettingType.EMAIL).build().check("calls@remhub.eu")).isEmpty();
    assertThat(of(SettingType.EMAIL).build().check("calls at remhub")).isPresent();
    assertThat(of(SettingType.TEXT).bounds(2, 5).build().check("abcdef"))
        .contains("Value (value): at most 5 characters, not 6");
  }

  @Test
  void blank_isNotSet_whichOnlyARequiredSettingWithoutDefaultRefuses() {
    assertThat(of(SettingType.TEXT).build().check("  ")).isEmpty();
    assertThat(of(SettingType.TEXT).required(true).build().check(null))
        .contains("Value (value) is required");
    assertThat(of(SettingType.TEXT).required(true).defaultValue("x").build().check(null)).isEmpty();
  }

  @Test
  void inconsistentDeclarations_areRefusedWhenBuilt() {
    assertThatThrownBy(() -> of(SettingType.CHOICE).build())
        .hasMessageContaining("declares no choices");
    assertThatThrownBy(() -> of(SettingType.TEXT).choices("a").build())
        .hasMessageContaining("Only a choice");
    assertThatThrownBy(() -> of(SettingType.INTEGER).bounds(5, 1).build())
        .hasMessageContaining("reversed");
    assertThatThrownBy(() -> of(SettingType.INTEGER).defaultValue("many").build())
        .hasMessageContaining("Invalid default")
        .hasMessageContaining("'many'");
    assertThatThrownBy(() -> SettingDefinition.builder("Review Days", SettingType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Review Days'");
  }

  @Test
  void labelDefaultsToTheKey() {
    SettingDefinition plain = SettingDefinition.builder("review-days", SettingType.INTEGER).build();

    assertThat(plain.label()).isEqualTo("review-days");
    assertThat(plain.help()).isEmpty();
    assertThat(plain.defaultValue()).isEmpty();
  }

  /** The typed reads of the contract, over the smallest settings that declare something. */
  @Test
  void typedReads_fallBackToTheDeclaredDefault_andNameABadStoredValue() {
    Map<String, String> stored = new ConcurrentHashMap<>();
    List<SettingDefinition> declared =
        List.of(
            SettingDefinition.builder("days", SettingType.INTEGER).defaultValue("14").build(),
            SettingDefinition.builder("fee", SettingType.DECIMAL).defaultValue("12.50").build(),
            SettingDefinition.builder("open", SettingType.BOOLEAN).defaultValue("true").build(),
            SettingDefinition.builder("reminder", SettingType.DURATION)
                .defaultValue("P2D")
                .build());
    PluginSettings settings =
        new PluginSettings() {
          @Override
          public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
          }

          @Override
          public void put(String key, String value) {
            stored.put(key, value);
          }

          @Override
          public Map<String, String> all() {
            return Map.copyOf(stored);
          }

          @Override
          public List<SettingDefinition> declarations() {
            return declared;
          }
        };

    assertThat(settings.integer("days")).contains(14L);
    assertThat(settings.decimal("fee")).contains(new BigDecimal("12.50"));
    assertThat(settings.flag("open")).contains(true);
    assertThat(settings.duration("reminder")).contains(Duration.ofDays(2));
    assertThat(settings.get("days")).isEmpty();
    assertThat(settings.value("undeclared")).isEmpty();

    stored.put("days", "30");
    assertThat(settings.integer("days")).contains(30L);

    stored.put("open", "perhaps");
    assertThatThrownBy(() -> settings.flag("open"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The setting open holds 'perhaps', which is not true or false");
  }
}
