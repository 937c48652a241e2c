package eu.remhub.portal.runtime.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.PortalApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarCheckTest {

  private static final long MAX = PluginJarCheck.DEFAULT_MAX_SIZE;
  private final PluginJarCheck check = new PluginJarCheck();
  @TempDir Path dir;

  @Test
  void soundJar_isReadWithItsDescriptorAndChecksum() throws IOException {
    Map<String, String> descriptor = descriptor("pilot-calls", "1.2.0", ">=1.0.0 & <2.0.0");
    descriptor.put("Plugin-Dependencies", "training@>=1.0.0, matchmaking?@>=1.0.0");
    descriptor.put("Plugin-Provider", "REMHub");
    descriptor.put("Plugin-Description", "Calls");
    descriptor.put("Plugin-License", "EUPL-1.2");
    Path jar = jar("pilot-calls.jar", descriptor, "com/example/P.class", new byte[] {1, 2});

    InspectedJar inspected = check.inspect(jar, MAX);

    assertThat(inspected.id()).isEqualTo("pilot-calls");
    assertThat(inspected.version()).isEqualTo("1.2.0");
    assertThat(inspected.provider()).isEqualTo("REMHub");
    assertThat(inspected.compatible()).isTrue();
    assertThat(inspected.sha256()).matches("[0-9a-f]{64}");
    assertThat(inspected.size()).isEqualTo(Files.size(jar));
    assertThat(inspected.dependencies())
        .extracting(Object::toString)
        .containsExactly("training@>=1.0.0", "matchmaking?@>=1.0.0");
    assertThat(inspected.dependencies().get(1).optional()).isTrue();
    assertThat(check.requireFit(jar, MAX)).isEqualTo(inspected);
  }

  @Test
  void jarOverTheSizeLimit_isRefusedBeforeItIsOpened() throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Path jar = jar("big.jar", descriptor("big", "1.0.0", ">=1.0.0"), "blob.bin", noise);
    assertThatThrownBy(() -> check.inspect(jar, 10 * 1024))
        .isInstanceOf(PluginJarRefusedException.class)
        .hasMessageContaining("plugins may be at most 10 KiB");
  }

  @Test
  void fileThatIsNoZip_orHasNoDescriptor_isRefusedWithTheReason() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.jar"), "not a zip");
    assertRefused(text, "The file is not a valid jar (zip) archive");
    assertRefused(
        jar("bare.jar", new LinkedHashMap<>(), null, null),
        "its META-INF/MANIFEST.MF lacks a Plugin-Id entry");
    Map<String, String> noClass = descriptor("calls", "1.0.0", ">=1.0.0");
    noClass.remove("Plugin-Class");
    assertRefused(jar("no-class.jar", noClass, null, null), "The descriptor of calls names no");
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
    assertRefused(manifest("calls", "1.0.0", "*"), "add Plugin-Requires");
    assertRefused(manifest("calls", "1.0.0", ">=banana"), "is not a valid version range");
    Map<String, String> badDependency = descriptor("calls", "1.0.0", ">=1.0.0");
    badDependency.put("Plugin-Dependencies", "Training@>=1.0.0");
    assertRefused(
        jar("bad-dep.jar", badDependency, null, null),
        "Plugin-Dependencies of calls names an invalid plugin id 'Training'.");
  }

  @Test
  void contractOutOfRange_isReadButMarkedIncompatible_andIsNotFit() throws IOException {
    Path jar = manifest("calls", "1.0.0", ">=2.0.0 & <3.0.0");
    String reason =
        "calls needs contract version >=2.0.0 & <3.0.0 but this portal offers "
            + PortalApi.VERSION
            + ".";

    InspectedJar inspected = check.inspect(jar, MAX);

    assertThat(inspected.compatible()).isFalse();
    assertThat(inspected.incompatibility()).isEqualTo(reason);
    assertThatThrownBy(() -> check.requireFit(jar, MAX))
        .isInstanceOf(PluginJarRefusedException.class)
        .hasMessage(reason);
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
    assertRefused(withEntry("org/pf4j/Plugin.class", new byte[1]), "bundles org/pf4j classes");
    byte[] usesNpm = "....Lcom/vaadin/flow/component/dependency/NpmPackage;....".getBytes();
    assertRefused(
        withEntry("com/example/Chart.class", usesNpm), "com/example/Chart.class uses @NpmPackage");
  }

  @Test
  void pluginIds_followThePortalsRule() {
    assertThat(PluginJarCheck.validId("pilot-calls")).isTrue();
    assertThat(PluginJarCheck.validId("a" + "b".repeat(63))).isTrue();
    assertThat(PluginJarCheck.validId("a" + "b".repeat(64))).isFalse();
    assertThat(PluginJarCheck.validId("pilot--calls")).isFalse();
    assertThat(PluginJarCheck.validId("1calls")).isFalse();
    assertThat(PluginJarCheck.validId("core")).isFalse();
  }

  @Test
  void versions_areComparedAndMatchedInPf4jsSyntax() {
    assertThat(check.satisfies("1.2.0", ">=1.0.0 & <2.0.0")).isTrue();
    assertThat(check.satisfies("2.0.0", ">=1.0.0 & <2.0.0")).isFalse();
    assertThat(check.satisfies("0.1.0", "*")).isTrue();
    assertThat(check.compare("1.10.0", "1.9.0")).isPositive();
  }

  private void assertRefused(Path jar, String reason) {
    assertThatThrownBy(() -> check.inspect(jar, MAX))
        .isInstanceOf(PluginJarRefusedException.class)
        .hasMessageContaining(reason);
  }

  private Path manifest(String id, String version, String requires) throws IOException {
    return jar(id + "-" + version + ".jar", descriptor(id, version, requires), null, null);
  }

  private Path withEntry(String name, byte[] content) throws IOException {
    return jar(
        "entry-" + Math.abs(name.hashCode()) + ".jar",
        descriptor("calls", "1.0.0", ">=1.0.0"),
        name,
        content);
  }

  private static Map<String, String> descriptor(String id, String version, String requires) {
    Map<String, String> descriptor = new LinkedHashMap<>();
    descriptor.put("Plugin-Id", id);
    descriptor.put("Plugin-Version", version);
    descriptor.put("Plugin-Class", "com.example.P");
    if (!requires.isEmpty()) {
      descriptor.put("Plugin-Requires", requires);
    }
    return descriptor;
  }

  private Path jar(String file, Map<String, String> descriptor, String entry, byte[] content)
      throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    descriptor.forEach(main::putValue);
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
