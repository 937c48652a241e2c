package eu.remhub.portal.runtime.jar;

import eu.remhub.portal.runtime.pf4j.ContractVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Reads and checks a plugin jar before anything of it is loaded: that it is within the size limit
 * and a sound zip, has a descriptor with a well-formed id and version, names a valid contract
 * range, and carries nothing a plugin may not carry (see {@link JarEntries}). Every refusal is a
 * {@link PluginJarRefusedException} saying exactly why.
 *
 * <p>The portal reads every jar of its plugins folder with {@link #inspect} (a jar for another
 * contract is listed, marked incompatible) and refuses an upload that is not {@link #requireFit
 * fit}; the testkit refuses a jar that is not fit before it loads it. What the portal checks beyond
 * this depends on its own state (the checksum allow-list, the installed plugins) and stays there.
 *
 * @since 1.1.0
 */
public final class PluginJarCheck {

  /** The largest jar the portal accepts unless {@code portal.plugins.max-jar-size} says more. */
  public static final long DEFAULT_MAX_SIZE = 20L * 1024 * 1024;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  private final VersionManager versions = new DefaultVersionManager();

  /**
   * Checks a jar and reads its descriptor; a contract range that does not fit is reported in {@link
   * InspectedJar#incompatibility()}, not refused.
   *
   * @param jar the jar file
   * @param maxSize the largest size accepted, in bytes
   * @return what the jar declares, with its checksum
   * @throws PluginJarRefusedException when the jar is not fit to be a plugin
   */
  public InspectedJar inspect(Path jar, long maxSize) {
    long size;
    String sha256;
    try {
      size = Files.size(jar);
      if (size > maxSize) {
        throw new PluginJarRefusedException(
            "The file is "
                + size / 1024
                + " KiB; plugins may be at most "
                + maxSize / 1024
                + " KiB.");
      }
      sha256 = sha256(jar);
    } catch (IOException e) {
      throw new PluginJarRefusedException("The file cannot be read: " + e.getMessage(), e);
    }
    Manifest manifest;
    try (JarFile jarFile = new JarFile(jar.toFile(), false)) {
      JarEntries.check(jarFile);
      manifest = jarFile.getManifest();
    } catch (IOException e) {
      throw new PluginJarRefusedException(
          "The file is not a valid jar (zip) archive: " + e.getMessage(), e);
    }
    Attributes main = manifest == null ? null : manifest.getMainAttributes();
    String id = main == null ? null : main.getValue("Plugin-Id");
    if (id == null || id.isBlank()) {
      throw new PluginJarRefusedException(
          "The jar has no plugin descriptor: its META-INF/MANIFEST.MF lacks a Plugin-Id entry.");
    }
    id = id.trim();
    if (!validId(id)) {
      throw new PluginJarRefusedException(
          "Plugin-Id '"
              + id
              + "' is not valid: use lower-case letters, digits and single dashes,"
              + " start with a letter, at most 64 characters ('core' is reserved).");
    }
    String version = value(main, "Plugin-Version");
    if (!SEMVER.matcher(version).matches()) {
      throw new PluginJarRefusedException(
          "Plugin-Version '"
              + version
              + "' of "
              + id
              + " is not a semantic version such as 1.2.0.");
    }
    String pluginClass = value(main, "Plugin-Class");
    if (pluginClass.isEmpty()) {
      throw new PluginJarRefusedException("The descriptor of " + id + " names no Plugin-Class.");
    }
    String requires = value(main, "Plugin-Requires");
    boolean compatible = compatible(id, requires);
    List<PluginDependency> dependencies = parseDependencies(id, value(main, "Plugin-Dependencies"));
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

  /**
   * Checks a jar as the portal checks an upload before it looks at its own allow-list and installed
   * plugins: {@link #inspect} and a contract range that includes this portal's version.
   *
   * @param jar the jar file
   * @param maxSize the largest size accepted, in bytes
   * @return what the jar declares
   * @throws PluginJarRefusedException when the portal would refuse the jar
   */
  public InspectedJar requireFit(Path jar, long maxSize) {
    InspectedJar inspected = inspect(jar, maxSize);
    if (!inspected.compatible()) {
      throw new PluginJarRefusedException(inspected.incompatibility());
    }
    return inspected;
  }

  /**
   * Whether {@code version} lies in {@code range}, in PF4J's range syntax.
   *
   * @param version a plugin version
   * @param range a range such as {@code >=1.0.0 & <2.0.0}; blank or {@code *} for any
   * @return true when it does
   */
  public boolean satisfies(String version, String range) {
    return range.isBlank() || range.equals("*") || versions.checkVersionConstraint(version, range);
  }

  /**
   * Compares two versions.
   *
   * @param a one version
   * @param b another
   * @return negative when {@code a} is older, zero when equal, positive when newer
   */
  public int compare(String a, String b) {
    return versions.compareVersions(a, b);
  }

  /**
   * Whether a plugin id is well-formed: lower-case letters, digits and single dashes, starting with
   * a letter, at most 64 characters, and not {@code core}.
   *
   * @param id a plugin id
   * @return true when the portal accepts it
   */
  public static boolean validId(String id) {
    return ID.matcher(id).matches() && id.length() <= 64 && !id.equals("core");
  }

  private static boolean compatible(String id, String requires) {
    if (requires.isEmpty() || requires.equals("*")) {
      throw new PluginJarRefusedException(
          id
              + " does not say which contract versions it needs: add Plugin-Requires, for example"
              + " '>=1.0.0 & <2.0.0'.");
    }
    try {
      return ContractVersion.satisfiedBy(requires);
    } catch (RuntimeException e) {
      throw new PluginJarRefusedException(
          "Plugin-Requires '" + requires + "' of " + id + " is not a valid version range.", e);
    }
  }

  private static List<PluginDependency> parseDependencies(String id, String text) {
    List<PluginDependency> result = new ArrayList<>();
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
        throw new PluginJarRefusedException(
            "Plugin-Dependencies of " + id + " names an invalid plugin id '" + depId + "'.");
      }
      result.add(new PluginDependency(depId, range, optional));
    }
    return result;
  }

  private static String value(Attributes main, String name) {
    String value = main.getValue(name);
    return value == null ? "" : value.trim();
  }

  private static String sha256(Path file) throws IOException {
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
}
