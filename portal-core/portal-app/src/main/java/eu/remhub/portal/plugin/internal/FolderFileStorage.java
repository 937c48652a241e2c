package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.service.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A plugin's files in its own folder under the data folder; keys are generated names. */
final class FolderFileStorage implements FileStorage {

  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}-[A-Za-z0-9._-]{1,120}");

  private final Path folder;

  FolderFileStorage(Path folder) {
    this.folder = folder;
  }

  @Override
  public String store(String fileName, InputStream content) throws IOException {
    String safe = fileName == null ? "file" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.length() > 120) {
      safe = safe.substring(safe.length() - 120);
    }
    String key = UUID.randomUUID() + "-" + (safe.isEmpty() ? "file" : safe);
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, ".upload", ".tmp");
    Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
    return key;
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    Path file = resolve(key);
    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
  }

  @Override
  public boolean delete(String key) throws IOException {
    return Files.deleteIfExists(resolve(key));
  }

  private Path resolve(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a file key: " + key);
    }
    return folder.resolve(key);
  }
}
