package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.api.service.SettingType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's settings honour declarations as the portal's do. */
class DeclaredSettingsInTheKitTest {

  private final TestPluginContext context = new TestPluginContext("pilot-calls");

  private static SettingsContributor contributor(SettingDefinition... settings) {
    return new SettingsContributor() {
      @Override
      public String id() {
        return "settings";
      }

      @Override
      public List<SettingDefinition> settings() {
        return List.of(settings);
      }
    };
  }

  private static final SettingDefinition DAYS =
      SettingDefinition.builder("review-days", SettingType.INTEGER)
          .defaultValue("14")
          .bounds(1, 90)
          .build();

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void typedRead_fallsBackToTheDefault_untilAValueIsStored() {
    context.declareSettings(contributor(DAYS));

    assertThat(context.settings().integer("review-days")).contains(14L);
    context.settings().put("review-days", " 30 ");
    assertThat(context.settings().integer("review-days")).contains(30L);
    assertThat(context.settings().get("review-days")).contains("30");
  }

  @Test
  void invalidWrite_isRefusedWithTheMessage_andKeepsTheOldValue() {
    context.declareSettings(contributor(DAYS));
    context.settings().put("review-days", "30");

    assertThatThrownBy(() -> context.settings().put("review-days", "120"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("review-days (review-days): at most 90, not 120");
    assertThat(context.settings().get("review-days")).contains("30");
  }

  @Test
  void undeclaredKeys_stayPlainText() {
    context.declareSettings(contributor(DAYS));

    context.settings().put("legacy", "anything at all");

    assertThat(context.settings().all()).containsEntry("legacy", "anything at all");
  }

  @Test
  void aKeyDeclaredTwice_isRefused() {
    assertThatThrownBy(() -> context.declareSettings(contributor(DAYS), contributor(DAYS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pilot-calls declares the setting review-days twice");
  }
}
