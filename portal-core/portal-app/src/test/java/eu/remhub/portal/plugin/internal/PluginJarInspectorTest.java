package eu.remhub.portal.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.plugin.PluginRefusedException;
import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarInspectorTest {

  private static final long MAX = 20L * 1024 * 1024;
  private final PluginJarInspector inspector = new PluginJarInspector();
  @TempDir Path dir;

  @Test
  void soundJar_isReadWithItsDescriptorAndChecksum() throws IOException {
    Path jar =
        PluginJarBuilder.plugin("pilot-calls", "1.2.0")
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass("com.example.P")
            .dependencies("training@>=1.0.0", "matchmaking?@>=1.0.0")
            .provider("REMHub")
            .description("Calls")
            .license("EUPL-1.2")
            .source("com.example.P", "package com.example; public class P {}")
            .build(dir);

    var inspected = inspector.inspect(jar, MAX);

    assertThat(inspected.id()).isEqualTo("pilot-calls");
    assertThat(inspected.compatible()).isTrue();
    assertThat(inspected.sha256()).matches("[0-9a-f]{64}");
    assertThat(inspected.dependencies())
        .extracting(Object::toString)
        .containsExactly("training@>=1.0.0", "matchmaking?@>=1.0.0");
    assertThat(inspected.dependencies().get(1).optional()).isTrue();
  }

  @Test
  void jarOverTheSizeLimit_isRefusedBeforeItIsOpened() throws IOException {
    byte[] noise = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(noise);
    Path jar =
        PluginJarBuilder.plugin("big", "1.0.0")
            .requires(">=1.0.0")
            .pluginClass("com.example.P")
            .resource("blob.bin", noise)
            .build(dir);
    assertThatThrownBy(() -> inspector.inspect(jar, 10 * 1024))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("plugins may be at most 10 KiB");
  }

  @Test
  void malformedIdVersionOrMissingRange_areRefusedWithTheReason() throws IOException {
    assertRefused(
        manifest("Pilot_Calls", "1.0.0", ">=1.0.0"), "Plugin-Id 'Pilot_Calls' is not valid");
    assertRefused(manifest("core", "1.0.0", ">=1.0.0"), "'core' is reserved");
    assertRefused(
        manifest("calls", "1.0", ">=1.0.0"),
        "Plugin-Version '1.0' of calls is not a semantic version");
    assertRefused(
        manifest("calls", "1.0.0", ""), "calls does not say which contract versions it needs");
    assertRefused(manifest("calls", "1.0.0", ">=banana"), "is not a valid version range");
  }

  @Test
  void contractOutOfRange_isReadButMarkedIncompatible() throws IOException {
    var inspected = inspector.inspect(manifest("calls", "1.0.0", ">=2.0.0 & <3.0.0"), MAX);
    assertThat(inspected.compatible()).isFalse();
    assertThat(inspected.incompatibility())
        .isEqualTo(
            "calls needs contract version >=2.0.0 & <3.0.0 but this portal offers "
                + eu.remhub.portal.api.PortalApi.VERSION
                + ".");
  }

  @Test
  void unsafeEntryNames_bundledFrameworks_andFrontendAnnotations_areRefused() throws IOException {
    assertRefused(
        withEntry("../../etc/cron.d/evil", new byte[1]),
        "an entry with an unsafe path: ../../etc/cron.d/evil");
    assertRefused(
        withEntry("eu/remhub/portal/api/PluginContext.class", new byte[1]),
        "declare portal-api as 'provided'");
    assertRefused(
        withEntry("com/vaadin/flow/component/Component.class", new byte[1]),
        "bundles com/vaadin classes");
    byte[] usesNpm = "....Lcom/vaadin/flow/component/dependency/NpmPackage;....".getBytes();
    assertRefused(
        withEntry("com/example/Chart.class", usesNpm), "com/example/Chart.class uses @NpmPackage");
  }

  private void assertRefused(Path jar, String reason) {
    assertThatThrownBy(() -> inspector.inspect(jar, MAX))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining(reason);
  }

  private Path manifest(String id, String version, String requires) throws IOException {
    return jar(id + "-" + version + ".jar", id, version, requires, null, null);
  }

  private Path withEntry(String name, byte[] content) throws IOException {
    return jar(
        "entry-" + Math.abs(name.hashCode()) + ".jar", "calls", "1.0.0", ">=1.0.0", name, content);
  }

  private Path jar(
      String file, String id, String version, String requires, String entry, byte[] content)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Plugin-Id", id);
    main.putValue("Plugin-Version", version);
    main.putValue("Plugin-Class", "com.example.P");
    if (!requires.isEmpty()) {
      main.putValue("Plugin-Requires", requires);
    }
    Path path = dir.resolve(file);
    try (OutputStream out = Files.newOutputStream(path);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      if (entry != null) {
        jar.putNextEntry(new JarEntry(entry));
        jar.write(content);
        jar.closeEntry();
      }
    }
    return path;
  }
}
