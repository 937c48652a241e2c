package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link FileStorage} in a temporary folder that is created on first use and deleted when the
 * context closes. Keys are random, as the portal's are. Thread-safe.
 *
 * @since 1.0.0
 */
public final class TempFolderFileStorage implements FileStorage {

  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

  private final String pluginId;
  private final Map<String, String> fileNames = new ConcurrentHashMap<>();
  private volatile Path folder;

  TempFolderFileStorage(String pluginId) {
    this.pluginId = pluginId;
  }

  @Override
  public String store(String fileName, InputStream content) throws IOException {
    Objects.requireNonNull(fileName, "fileName");
    String key = UUID.randomUUID().toString();
    Files.copy(content, folder().resolve(key));
    fileNames.put(key, fileName);
    return key;
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    Optional<Path> file = file(key);
    return file.isPresent() ? Optional.of(Files.newInputStream(file.get())) : Optional.empty();
  }

  @Override
  public boolean delete(String key) throws IOException {
    Optional<Path> file = file(key);
    fileNames.remove(key);
    return file.isPresent() && Files.deleteIfExists(file.get());
  }

  /**
   * The original file name a key was stored with.
   *
   * @param key the key from {@link #store}
   * @return the file name, or empty when there is no such file
   */
  public Optional<String> fileName(String key) {
    return Optional.ofNullable(fileNames.get(key));
  }

  /**
   * The keys of all stored files.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return Set.copyOf(fileNames.keySet());
  }

  /** Deletes the folder and everything in it. */
  void deleteAll() {
    Path current = folder;
    if (current == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(current)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fileNames.clear();
  }

  private Optional<Path> file(String key) throws IOException {
    // A key from anywhere else must never walk out of the folder.
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path file = folder().resolve(key);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private synchronized Path folder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("remhub-" + pluginId + "-files-");
    }
    return folder;
  }
}
