package eu.remhub.portal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal keeps its files: the embedded database, plugin jars, uploaded files and the
 * search index. Set with {@code portal.data-dir}.
 *
 * @param dataDir the data folder
 */
@ConfigurationProperties("portal")
public record DataFolder(Path dataDir) {

  public DataFolder {
    dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
  }

  /** A sub-folder of the data folder, created on first use. */
  public Path folder(String name) {
    Path folder = dataDir.resolve(name);
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }
}
