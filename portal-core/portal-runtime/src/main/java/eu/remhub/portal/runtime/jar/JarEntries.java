package eu.remhub.portal.runtime.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The checks on a jar's entries: how many and how large, safe paths, no copy of the portal's own
 * classes or of the frameworks the portal provides, and no class that asks for frontend resources.
 */
final class JarEntries {

  private static final int MAX_ENTRIES = 20_000;
  private static final long MAX_UNCOMPRESSED = 256L * 1024 * 1024;
  private static final List<String> FRONTEND_ANNOTATIONS =
      List.of("NpmPackage", "JsModule", "CssImport", "JavaScript");

  private JarEntries() {}

  static void check(JarFile jar) throws IOException {
    int count = 0;
    long uncompressed = 0;
    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (++count > MAX_ENTRIES) {
        throw new PluginJarRefusedException("The jar has more than " + MAX_ENTRIES + " entries.");
      }
      checkName(name);
      if (name.endsWith(".class")) {
        uncompressed += checkClass(jar, entry);
      } else if (entry.getSize() > 0) {
        uncompressed += entry.getSize();
      }
      if (uncompressed > MAX_UNCOMPRESSED) {
        throw new PluginJarRefusedException("The jar unpacks to more than 256 MiB.");
      }
    }
  }

  private static void checkName(String name) {
    if (name.startsWith("/") || name.contains("..") || name.contains("\\") || name.contains(":")) {
      throw new PluginJarRefusedException("The jar has an entry with an unsafe path: " + name);
    }
    // A bundled copy of the contract would be a second, different PluginContext type.
    if (name.startsWith("eu/remhub/portal/")) {
      throw new PluginJarRefusedException(
          "The jar carries portal classes ("
              + name
              + "): declare portal-api as 'provided' so"
              + " that the plugin uses the portal's copy.");
    }
    if (name.startsWith("com/vaadin/")
        || name.startsWith("org/springframework/")
        || name.startsWith("org/pf4j/")
        || name.startsWith("tools/jackson/")) {
      throw new PluginJarRefusedException(
          "The jar bundles "
              + name.substring(0, name.indexOf('/', name.indexOf('/') + 1))
              + " classes: declare Vaadin (and the Jackson it brings), Spring and PF4J as 'provided'.");
    }
  }

  /** Refuses classes with frontend dependencies: the portal's bundle cannot contain them. */
  private static long checkClass(JarFile jar, JarEntry entry) throws IOException {
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readNBytes(8 * 1024 * 1024);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String annotation : FRONTEND_ANNOTATIONS) {
      if (text.contains("Lcom/vaadin/flow/component/dependency/" + annotation + ";")) {
        throw new PluginJarRefusedException(
            entry.getName()
                + " uses @"
                + annotation
                + ": plugins may use only the components"
                + " already in the portal's frontend bundle.");
      }
    }
    return bytes.length;
  }
}
