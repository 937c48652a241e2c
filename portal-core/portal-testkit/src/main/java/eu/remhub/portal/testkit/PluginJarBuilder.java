package eu.remhub.portal.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds a real PF4J plugin jar in a test, from Java source text and resources, so that tests load
 * plugins through the real runtime without binary jars in the repository.
 *
 * <pre>{@code
 * Path jar = PluginJarBuilder.plugin("hello", "1.0.0")
 *     .requires(">=1.0.0 & <2.0.0")
 *     .pluginClass("com.example.HelloPlugin")
 *     .source("com.example.HelloPlugin", helloPluginSource)
 *     .resource("db/migration/hello/V1__init.sql", "CREATE TABLE hello_greeting (id INT)")
 *     .build(tempDir);
 * }</pre>
 *
 * <p>Sources are compiled in memory for release 21 against the test's own class path, with
 * annotation processing on, so PF4J's processor writes {@code META-INF/extensions.idx} exactly as
 * in a Maven build; the classes end up only in the jar, never on the test's class path. Compile
 * errors throw a {@link PluginCompilationException}. A builder is not thread-safe; build it on one
 * thread and reuse it freely, since {@link #build(Path)} does not change it.
 *
 * @since 1.0.0
 */
public final class PluginJarBuilder {

  private final Map<String, String> manifestEntries = new LinkedHashMap<>();
  private final Map<String, String> rawEntries = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, byte[]> resources = new LinkedHashMap<>();
  private final String fileName;
  private boolean descriptor = true;
  private String classPath;

  private PluginJarBuilder(String id, String version) {
    manifestEntries.put("Plugin-Id", Objects.requireNonNull(id, "id"));
    manifestEntries.put("Plugin-Version", Objects.requireNonNull(version, "version"));
    fileName = id + "-" + version + ".jar";
  }

  /**
   * Starts a plugin jar.
   *
   * @param id the {@code Plugin-Id}
   * @param version the {@code Plugin-Version}
   * @return a new builder
   */
  public static PluginJarBuilder plugin(String id, String version) {
    return new PluginJarBuilder(id, version);
  }

  /**
   * Sets the range of contract versions the plugin works with.
   *
   * @param versionRange a range such as {@code >=1.0.0 & <2.0.0}
   * @return this builder
   */
  public PluginJarBuilder requires(String versionRange) {
    return entry("Plugin-Requires", versionRange);
  }

  /**
   * Sets the plugin class, which normally extends {@code PortalPlugin}.
   *
   * @param className the fully qualified class name
   * @return this builder
   */
  public PluginJarBuilder pluginClass(String className) {
    return entry("Plugin-Class", className);
  }

  /**
   * Sets the plugins this one needs.
   *
   * @param dependencies entries such as {@code other@>=1.0.0}
   * @return this builder
   */
  public PluginJarBuilder dependencies(String... dependencies) {
    return entry("Plugin-Dependencies", String.join(", ", dependencies));
  }

  /**
   * Sets who makes the plugin.
   *
   * @param provider the provider's name
   * @return this builder
   */
  public PluginJarBuilder provider(String provider) {
    return entry("Plugin-Provider", provider);
  }

  /**
   * Sets what the plugin does, in a sentence for staff.
   *
   * @param description the description
   * @return this builder
   */
  public PluginJarBuilder description(String description) {
    return entry("Plugin-Description", description);
  }

  /**
   * Sets the plugin's licence.
   *
   * @param license an SPDX identifier such as {@code Apache-2.0}
   * @return this builder
   */
  public PluginJarBuilder license(String license) {
    return entry("Plugin-License", license);
  }

  /**
   * Adds a Java source file to compile into the jar.
   *
   * @param className the fully qualified name of the top-level class the text declares
   * @param javaSource the source text
   * @return this builder
   */
  public PluginJarBuilder source(String className, String javaSource) {
    sources.put(Objects.requireNonNull(className), Objects.requireNonNull(javaSource));
    return this;
  }

  /**
   * Adds a text resource, written as UTF-8.
   *
   * @param path the path inside the jar, such as {@code i18n/hello.properties}
   * @param text the content
   * @return this builder
   */
  public PluginJarBuilder resource(String path, String text) {
    return resource(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a binary resource.
   *
   * @param path the path inside the jar
   * @param content the content
   * @return this builder
   */
  public PluginJarBuilder resource(String path, byte[] content) {
    resources.put(stripLeadingSlash(path), content.clone());
    return this;
  }

  /**
   * Leaves every {@code Plugin-*} entry out of the manifest, to test how a jar that is no plugin is
   * refused. Entries added with {@link #rawManifestEntry} are still written.
   *
   * @return this builder
   */
  public PluginJarBuilder withoutDescriptor() {
    descriptor = false;
    return this;
  }

  /**
   * Writes a manifest entry as given, after (and over) the {@code Plugin-*} entries; for malformed
   * values such as an upper-case id or a broken version range.
   *
   * @param name the attribute name
   * @param value the attribute value
   * @return this builder
   */
  public PluginJarBuilder rawManifestEntry(String name, String value) {
    rawEntries.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return this;
  }

  /**
   * Compiles the sources and writes the jar.
   *
   * @param directory the folder to write into; created when missing
   * @return the jar, named {@code <id>-<version>.jar}
   * @throws IOException when the jar cannot be written
   * @throws PluginCompilationException when a source does not compile
   */
  public Path build(Path directory) throws IOException {
    Map<String, byte[]> entries =
        new LinkedHashMap<>(
            InMemoryCompiler.compile(
                sources, classPath != null ? classPath : System.getProperty("java.class.path")));
    entries.putAll(resources);
    Files.createDirectories(directory);
    Path jar = directory.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest())) {
      for (String folder : folders(entries.keySet())) {
        jarOut.putNextEntry(new JarEntry(folder));
        jarOut.closeEntry();
      }
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        jarOut.putNextEntry(new JarEntry(entry.getKey()));
        jarOut.write(entry.getValue());
        jarOut.closeEntry();
      }
    }
    return jar;
  }

  /**
   * Compiles the sources against exactly these jars and folders instead of the test's class path;
   * for example against an older contract jar, to prove that a plugin built for it still loads.
   *
   * @param entries the class path entries, in order
   * @return this builder
   * @since 1.1.0
   */
  public PluginJarBuilder compileAgainst(java.util.List<Path> entries) {
    StringBuilder joined = new StringBuilder();
    for (Path entry : entries) {
      if (!joined.isEmpty()) {
        joined.append(java.io.File.pathSeparatorChar);
      }
      joined.append(entry.toAbsolutePath());
    }
    classPath = joined.toString();
    return this;
  }

  /**
   * Writes a file that has a jar's name but random content, to test that the portal refuses it.
   *
   * @param directory the folder to write into; created when missing
   * @param fileName the file name, such as {@code broken-1.0.0.jar}
   * @return the file
   * @throws IOException when the file cannot be written
   */
  public static Path corruptJar(Path directory, String fileName) throws IOException {
    byte[] noise = new byte[512];
    new SecureRandom().nextBytes(noise);
    // Random bytes could start like a zip by chance; make sure they do not.
    Arrays.fill(noise, 0, 4, (byte) 0);
    Files.createDirectories(directory);
    return Files.write(directory.resolve(fileName), noise);
  }

  /**
   * The folders above the entries, as Maven's jar plugin writes them: class loaders find a folder
   * in a jar (for example {@code db/migration/<pluginId>}, which Flyway lists) only by its entry.
   */
  private static SortedSet<String> folders(Set<String> paths) {
    SortedSet<String> folders = new TreeSet<>();
    for (String path : paths) {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        folders.add(path.substring(0, slash + 1));
      }
    }
    // JarOutputStream has written META-INF/MANIFEST.MF as the first entry already.
    folders.remove("META-INF/");
    return folders;
  }

  private PluginJarBuilder entry(String name, String value) {
    manifestEntries.put(name, Objects.requireNonNull(value, name));
    return this;
  }

  private Manifest manifest() {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (descriptor) {
      manifestEntries.forEach(attributes::putValue);
    }
    rawEntries.forEach(attributes::putValue);
    return manifest;
  }

  private static String stripLeadingSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
