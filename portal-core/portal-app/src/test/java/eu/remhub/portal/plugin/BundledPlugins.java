package eu.remhub.portal.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars of the bundled plugins as the reactor built them ({@code plugins/<id>/target}). The
 * portal does not depend on them; its tests load them from disk like the run command does.
 */
final class BundledPlugins {

  private static final Path PLUGINS = Path.of("../../plugins");

  private BundledPlugins() {}

  /** The jar of one bundled plugin; fails with a hint when the reactor has not built it. */
  static Path jar(String module) {
    Path target = PLUGINS.resolve(module).resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files
          .filter(f -> f.getFileName().toString().startsWith(module + "-") && f.toString().endsWith(".jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-sources.jar"))
          .toList();
      if (jars.size() != 1) {
        throw new IllegalStateException("expected one jar of " + module + " in " + target + ", found " + jars);
      }
      return jars.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The bundled plugin " + module + " is not built: run the whole reactor (./portal test), not portal-app alone", e);
    }
  }
}
