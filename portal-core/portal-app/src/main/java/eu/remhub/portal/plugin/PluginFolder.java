package eu.remhub.portal.plugin;

import eu.remhub.portal.plugin.internal.PluginJarInspector;
import eu.remhub.portal.runtime.jar.InspectedJar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins folder: which jars it holds (one per plugin id; a second jar of the same plugin and a
 * jar that is no fit plugin are kept apart as broken files), uploads received into it within the
 * size limit, and jars moved in and deleted.
 */
final class PluginFolder {

  private static final Logger log = LoggerFactory.getLogger(PluginFolder.class);

  private final Path dir;
  private final long maxJarSize;
  private final PluginJarInspector inspector;

  PluginFolder(Path dir, long maxJarSize, PluginJarInspector inspector) {
    this.dir = dir;
    this.maxJarSize = maxJarSize;
    this.inspector = inspector;
  }

  Path dir() {
    return dir;
  }

  /** Inspects every jar in the folder into {@code into}; the first jar of an id (by name) wins. */
  void scan(InstalledPlugins into) {
    create();
    Map<String, Path> newest = new TreeMap<>();
    for (Path file : jarFiles()) {
      try {
        InspectedJar jar = inspector.inspect(file, maxJarSize);
        Path other = newest.get(jar.id());
        if (other != null) {
          into.brokenFile(
              file.getFileName().toString(),
              "a second jar of plugin " + jar.id() + " (" + other.getFileName() + ")");
          continue;
        }
        newest.put(jar.id(), file);
        into.put(new InstalledPlugin(jar, file));
      } catch (PluginRefusedException e) {
        into.brokenFile(file.getFileName().toString(), e.getMessage());
        log.warn("plugin file {} refused: {}", file.getFileName(), e.getMessage());
      }
    }
  }

  /** Copies an upload into a temporary file in the folder, stopping past the size limit. */
  Path receive(InputStream content) {
    create();
    Path tmp = dir.resolve(".upload-" + UUID.randomUUID() + ".tmp");
    try (InputStream in = content;
        var out = Files.newOutputStream(tmp)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxJarSize) {
          throw new PluginRefusedException(
              "The file is larger than the limit of " + maxJarSize / 1024 + " KiB.");
        }
        out.write(buffer, 0, n);
      }
      return tmp;
    } catch (IOException | RuntimeException e) {
      delete(tmp);
      if (e instanceof PluginRefusedException refused) {
        throw refused;
      }
      throw new PluginRefusedException("The upload could not be received: " + e.getMessage(), e);
    }
  }

  /** Moves a received jar to its final name, {@code <id>-<version>-<sha256 prefix>.jar}. */
  Path keep(Path received, InspectedJar jar) throws IOException {
    Path target =
        dir.resolve(jar.id() + "-" + jar.version() + "-" + jar.sha256().substring(0, 12) + ".jar");
    Files.move(
        received, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** Deletes a file, logging (not throwing) when it cannot. */
  void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", file, e.getMessage());
    }
  }

  void create() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the plugins folder " + dir, e);
    }
  }

  private List<Path> jarFiles() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(Path::getFileName));
    return files;
  }
}
