package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.plugin.PluginRefusedException;
import eu.remhub.portal.runtime.pf4j.ContractVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Reads and checks a plugin jar before anything of it is loaded: that it is a sound zip, has a
 * descriptor with a well-formed id and version, names a contract range this portal satisfies, and
 * carries nothing a plugin may not carry. Every refusal says exactly why.
 */
public final class PluginJarInspector {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final int MAX_ENTRIES = 20_000;
  private static final long MAX_UNCOMPRESSED = 256L * 1024 * 1024;
  private static final List<String> FRONTEND_ANNOTATIONS =
      List.of("NpmPackage", "JsModule", "CssImport", "JavaScript");

  private final VersionManager versions = new DefaultVersionManager();

  /** Checks a jar; throws {@link PluginRefusedException} with the reason when it is not fit. */
  public InspectedJar inspect(Path jar, long maxSize) {
    long size;
    String sha256;
    try {
      size = Files.size(jar);
      if (size > maxSize) {
        throw new PluginRefusedException(
            "The file is "
                + size / 1024
                + " KiB; plugins may be at most "
                + maxSize / 1024
                + " KiB.");
      }
      sha256 = sha256(jar);
    } catch (IOException e) {
      throw new PluginRefusedException("The file cannot be read: " + e.getMessage(), e);
    }
    Manifest manifest;
    try (JarFile jarFile = new JarFile(jar.toFile(), false)) {
      checkEntries(jarFile);
      manifest = jarFile.getManifest();
    } catch (IOException e) {
      throw new PluginRefusedException(
          "The file is not a valid jar (zip) archive: " + e.getMessage(), e);
    }
    Attributes main = manifest == null ? null : manifest.getMainAttributes();
    String id = main == null ? null : main.getValue("Plugin-Id");
    if (id == null || id.isBlank()) {
      throw new PluginRefusedException(
          "The jar has no plugin descriptor: its META-INF/MANIFEST.MF lacks a Plugin-Id entry.");
    }
    id = id.trim();
    if (!ID.matcher(id).matches() || id.length() > 64 || id.equals("core")) {
      throw new PluginRefusedException(
          "Plugin-Id '"
              + id
              + "' is not valid: use lower-case letters, digits and single dashes,"
              + " start with a letter, at most 64 characters ('core' is reserved).");
    }
    String version = value(main, "Plugin-Version");
    if (!SEMVER.matcher(version).matches()) {
      throw new PluginRefusedException(
          "Plugin-Version '"
              + version
              + "' of "
              + id
              + " is not a semantic version such as 1.2.0.");
    }
    String pluginClass = value(main, "Plugin-Class");
    if (pluginClass.isEmpty()) {
      throw new PluginRefusedException("The descriptor of " + id + " names no Plugin-Class.");
    }
    String requires = value(main, "Plugin-Requires");
    if (requires.isEmpty() || requires.equals("*")) {
      throw new PluginRefusedException(
          id
              + " does not say which contract versions it needs: add Plugin-Requires, for example"
              + " '>=1.0.0 & <2.0.0'.");
    }
    boolean compatible;
    try {
      compatible = ContractVersion.satisfiedBy(requires);
    } catch (RuntimeException e) {
      throw new PluginRefusedException(
          "Plugin-Requires '" + requires + "' of " + id + " is not a valid version range.", e);
    }
    List<Dependency> dependencies = parseDependencies(id, value(main, "Plugin-Dependencies"));
    return new InspectedJar(
        id,
        version,
        pluginClass,
        requires,
        compatible ? "" : ContractVersion.mismatch(id, requires),
        dependencies,
        value(main, "Plugin-Provider"),
        value(main, "Plugin-Description"),
        value(main, "Plugin-License"),
        value(main, "Plugin-Name"),
        sha256,
        size);
  }

  /** Whether {@code version} lies in {@code range}, in PF4J's range syntax. */
  public boolean satisfies(String version, String range) {
    return range.isBlank() || range.equals("*") || versions.checkVersionConstraint(version, range);
  }

  /** Compares two versions: negative when {@code a} is older. */
  public int compare(String a, String b) {
    return versions.compareVersions(a, b);
  }

  private void checkEntries(JarFile jar) throws IOException {
    int count = 0;
    long uncompressed = 0;
    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (++count > MAX_ENTRIES) {
        throw new PluginRefusedException("The jar has more than " + MAX_ENTRIES + " entries.");
      }
      if (name.startsWith("/")
          || name.contains("..")
          || name.contains("\\")
          || name.contains(":")) {
        throw new PluginRefusedException("The jar has an entry with an unsafe path: " + name);
      }
      if (name.startsWith("eu/remhub/portal/")) {
        throw new PluginRefusedException(
            "The jar carries portal classes ("
                + name
                + "): declare portal-api as 'provided' so"
                + " that the plugin uses the portal's copy.");
      }
      if (name.startsWith("com/vaadin/")
          || name.startsWith("org/springframework/")
          || name.startsWith("org/pf4j/")
          || name.startsWith("tools/jackson/")) {
        throw new PluginRefusedException(
            "The jar bundles "
                + name.substring(0, name.indexOf('/', name.indexOf('/') + 1))
                + " classes: declare Vaadin (and the Jackson it brings), Spring and PF4J as 'provided'.");
      }
      if (name.endsWith(".class")) {
        uncompressed += checkClass(jar, entry);
      } else if (entry.getSize() > 0) {
        uncompressed += entry.getSize();
      }
      if (uncompressed > MAX_UNCOMPRESSED) {
        throw new PluginRefusedException("The jar unpacks to more than 256 MiB.");
      }
    }
  }

  /** Refuses classes with frontend dependencies: the portal's bundle cannot contain them. */
  private long checkClass(JarFile jar, JarEntry entry) throws IOException {
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readNBytes(8 * 1024 * 1024);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String annotation : FRONTEND_ANNOTATIONS) {
      if (text.contains("Lcom/vaadin/flow/component/dependency/" + annotation + ";")) {
        throw new PluginRefusedException(
            entry.getName()
                + " uses @"
                + annotation
                + ": plugins may use only the components"
                + " already in the portal's frontend bundle.");
      }
    }
    return bytes.length;
  }

  private static List<Dependency> parseDependencies(String id, String text) {
    List<Dependency> result = new ArrayList<>();
    if (text.isBlank()) {
      return result;
    }
    for (String part : text.split(",")) {
      String spec = part.trim();
      if (spec.isEmpty()) {
        continue;
      }
      // PF4J's syntax: "other@>=1.0.0" needs other; "other?@>=1.0.0" or "other?" only uses it when
      // present.
      int at = spec.indexOf('@');
      String depId = at < 0 ? spec : spec.substring(0, at).trim();
      String range = at < 0 ? "*" : spec.substring(at + 1).trim();
      boolean optional = depId.endsWith("?");
      if (optional) {
        depId = depId.substring(0, depId.length() - 1).trim();
      }
      if (!ID.matcher(depId).matches()) {
        throw new PluginRefusedException(
            "Plugin-Dependencies of " + id + " names an invalid plugin id '" + depId + "'.");
      }
      result.add(new Dependency(depId, range, optional));
    }
    return result;
  }

  private static String value(Attributes main, String name) {
    String value = main.getValue(name);
    return value == null ? "" : value.trim();
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A plugin dependency.
   *
   * @param pluginId the plugin needed
   * @param range the versions accepted
   * @param optional whether the plugin also works without it
   */
  public record Dependency(String pluginId, String range, boolean optional) {
    @Override
    public String toString() {
      return pluginId + (optional ? "?" : "") + "@" + range;
    }
  }

  /**
   * What the inspection read.
   *
   * @param id the plugin id
   * @param version the version
   * @param pluginClass the plugin class
   * @param requires the contract range
   * @param incompatibility why the contract range does not fit, or empty when it does
   * @param dependencies the plugins it needs
   * @param provider who made it
   * @param description what it does
   * @param license the licence
   * @param name the display name, may be empty
   * @param sha256 the checksum
   * @param size the file size
   */
  public record InspectedJar(
      String id,
      String version,
      String pluginClass,
      String requires,
      String incompatibility,
      List<Dependency> dependencies,
      String provider,
      String description,
      String license,
      String name,
      String sha256,
      long size) {

    public boolean compatible() {
      return incompatibility.isEmpty();
    }
  }
}
