package eu.remhub.portal.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a plugin's versioned migration scripts ({@code V<version>__<description>.sql}) in a class
 * path folder and orders them as Flyway would. Folders in jars are found through their directory
 * entries, which Maven's jar plugin (and {@link PluginJarBuilder}) write.
 */
final class ClasspathMigrations {

  private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

  private ClasspathMigrations() {}

  /**
   * One script.
   *
   * @param fileName the file name
   * @param version the version's numeric parts
   * @param sql the script text
   */
  record Migration(String fileName, List<BigInteger> version, String sql) {}

  /**
   * Reads the scripts of a folder.
   *
   * @param loader the class loader to search
   * @param folder the folder, such as {@code db/migration/hello}
   * @return the scripts, lowest version first
   * @throws IllegalStateException when two scripts share a version
   */
  static List<Migration> find(ClassLoader loader, String folder) {
    Map<String, URL> scripts = new TreeMap<>();
    try {
      for (URL root : Collections.list(loader.getResources(folder))) {
        for (String name : fileNames(root, folder)) {
          scripts.putIfAbsent(name, child(root, name));
        }
      }
      List<Migration> migrations = new ArrayList<>();
      for (Map.Entry<String, URL> script : scripts.entrySet()) {
        migrations.add(read(script.getKey(), script.getValue()));
      }
      migrations.sort(Comparator.comparing(Migration::version, ClasspathMigrations::compare));
      for (int i = 1; i < migrations.size(); i++) {
        if (compare(migrations.get(i - 1).version(), migrations.get(i).version()) == 0) {
          throw new IllegalStateException(
              "Two migrations share a version: "
                  + migrations.get(i - 1).fileName()
                  + " and "
                  + migrations.get(i).fileName());
        }
      }
      return migrations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fileNames(URL root, String folder) throws IOException {
    if (root.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
        return files
            .map(file -> file.getFileName().toString())
            .filter(ClasspathMigrations::isScript)
            .toList();
      } catch (URISyntaxException e) {
        throw new IOException("Unreadable folder " + root, e);
      }
    }
    URLConnection connection = root.openConnection();
    if (connection instanceof JarURLConnection jarConnection) {
      // Without caching, the jar is closed again and stays deletable (Windows) and replaceable.
      jarConnection.setUseCaches(false);
      try (JarFile jar = jarConnection.getJarFile()) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return jar.stream()
            .map(JarEntry::getName)
            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
            .map(name -> name.substring(prefix.length()))
            .filter(ClasspathMigrations::isScript)
            .toList();
      }
    }
    throw new IOException("Cannot list migrations at " + root);
  }

  private static URL child(URL folder, String name) throws IOException {
    String base = folder.toString();
    return URI.create(base.endsWith("/") ? base + name : base + "/" + name).toURL();
  }

  private static boolean isScript(String fileName) {
    return SCRIPT.matcher(fileName).matches();
  }

  private static Migration read(String fileName, URL url) throws IOException {
    Matcher matcher = SCRIPT.matcher(fileName);
    matcher.matches();
    List<BigInteger> version =
        Stream.of(matcher.group(1).split("[._]")).map(BigInteger::new).toList();
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    try (InputStream in = connection.getInputStream()) {
      return new Migration(
          fileName, version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static int compare(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int order = x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}
