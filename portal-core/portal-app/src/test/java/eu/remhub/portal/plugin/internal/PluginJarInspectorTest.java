package eu.remhub.portal.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.plugin.PluginRefusedException;
import eu.remhub.portal.runtime.jar.PluginJarCheck;
import eu.remhub.portal.runtime.jar.PluginJarRefusedException;
import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's side of the runtime's jar check; the checks themselves: PluginJarCheckTest. */
class PluginJarInspectorTest {

  private static final long MAX = PluginJarCheck.DEFAULT_MAX_SIZE;
  private final PluginJarInspector inspector = new PluginJarInspector();
  @TempDir Path dir;

  @Test
  void soundJar_isReadAsTheRuntimeReadsIt() throws IOException {
    Path jar =
        PluginJarBuilder.plugin("pilot-calls", "1.2.0")
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass("com.example.P")
            .dependencies("training@>=1.0.0")
            .source("com.example.P", "package com.example; public class P {}")
            .build(dir);

    assertThat(inspector.inspect(jar, MAX)).isEqualTo(new PluginJarCheck().inspect(jar, MAX));
  }

  @Test
  void refusal_becomesAPluginRefusedExceptionWithTheSameWords() throws IOException {
    Path jar =
        PluginJarBuilder.plugin("Pilot_Calls", "1.0.0")
            .requires(">=1.0.0")
            .pluginClass("com.example.P")
            .build(dir);

    assertThatThrownBy(() -> inspector.inspect(jar, MAX))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageStartingWith("Plugin-Id 'Pilot_Calls' is not valid")
        .hasCauseInstanceOf(PluginJarRefusedException.class);
  }

  @Test
  void versions_areComparedInPf4jsSyntax() {
    assertThat(inspector.satisfies("1.2.0", ">=1.0.0 & <2.0.0")).isTrue();
    assertThat(inspector.satisfies("2.0.0", ">=1.0.0 & <2.0.0")).isFalse();
    assertThat(inspector.compare("1.10.0", "1.9.0")).isPositive();
  }
}
