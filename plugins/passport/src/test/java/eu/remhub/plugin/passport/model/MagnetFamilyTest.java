package eu.remhub.plugin.passport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MagnetFamilyTest {

  @Test
  void sinteredNdfeb_knowsGradesWithAndWithoutN_andTheirTemperatures() {
    assertThat(MagnetFamily.NDFEB_SINTERED.knowsGrade("N42SH")).isTrue();
    assertThat(MagnetFamily.NDFEB_SINTERED.knowsGrade("48H")).isTrue();
    assertThat(MagnetFamily.NDFEB_SINTERED.knowsGrade("n38uh")).isTrue();
    assertThat(MagnetFamily.NDFEB_SINTERED.knowsGrade("N60")).isFalse();
    assertThat(MagnetFamily.NDFEB_SINTERED.knowsGrade("N42XY")).isFalse();
    assertThat(MagnetFamily.NDFEB_SINTERED.maxTemperature("N42").getAsInt()).isEqualTo(80);
    assertThat(MagnetFamily.NDFEB_SINTERED.maxTemperature("N42SH").getAsInt()).isEqualTo(150);
    assertThat(MagnetFamily.NDFEB_SINTERED.maxTemperature("N35AH").getAsInt()).isEqualTo(230);
  }

  @Test
  void samariumCobalt_gradesAreFamilySpecific() {
    assertThat(MagnetFamily.SM2CO17.knowsGrade("YXG28H")).isTrue();
    assertThat(MagnetFamily.SMCO5.knowsGrade("YXG28H")).isFalse();
    assertThat(MagnetFamily.SMCO5.knowsGrade("YX20")).isTrue();
    assertThat(MagnetFamily.SM2CO17.maxTemperature("YXG28H").getAsInt()).isEqualTo(350);
  }

  @Test
  void materials_areTheLabelCategoriesOfTheAct() {
    assertThat(MagnetFamily.NDFEB_BONDED.material()).isEqualTo("NdFeB");
    assertThat(MagnetFamily.SMCO5.material()).isEqualTo("SmCo");
    assertThat(MagnetFamily.ALNICO.material()).isEqualTo("AlNiCo");
    assertThat(MagnetFamily.FERRITE.material()).isEqualTo("Ferrite");
  }
}
