package eu.remhub.portal.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.PluginId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  @Test
  void membershipStatus_readsTheProvidersWords() {
    assertThat(new MembershipChanged(3, "sme", "past_due", NOW).membershipStatus())
        .isEqualTo(MembershipStatus.PAST_DUE);
    assertThat(MembershipStatus.of("ACTIVE")).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(MembershipStatus.of("cancelled")).isEqualTo(MembershipStatus.CANCELED);
    assertThat(MembershipStatus.of("something_new")).isEqualTo(MembershipStatus.OTHER);
    assertThat(MembershipStatus.of(null)).isEqualTo(MembershipStatus.OTHER);
    assertThat(MembershipStatus.INCOMPLETE_EXPIRED.word()).isEqualTo("incomplete_expired");
  }

  @Test
  void events_answerTypedIds() {
    MemberJoined joined = new MemberJoined(11, 3, NOW);

    assertThat(joined.person()).isEqualTo(PersonId.of(11));
    assertThat(joined.organisation()).isEqualTo(OrganisationId.of(3));
    assertThat(new MembershipActivated(3, "sme", NOW).organisation())
        .isEqualTo(OrganisationId.of(3));
    assertThat(new PluginEnabled("pilot-calls", "1.0.0", NOW).plugin())
        .isEqualTo(PluginId.of("pilot-calls"));
  }

  @Test
  void pluginId_isValidated_andKnowsItsTablePrefix() {
    assertThat(PluginId.of("pilot-calls").tablePrefix()).isEqualTo("pilot_calls_");
    assertThat(PluginId.of("passport")).hasToString("passport");
    assertThatThrownBy(() -> PluginId.of("Pilot Calls"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Pilot Calls'");
  }

  @Test
  void numericIds_arePositive() {
    assertThatThrownBy(() -> OrganisationId.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonId.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
