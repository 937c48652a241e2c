package eu.remhub.portal.plugin;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jars of the bundled plugins, as the build copies them into {@code target/bundled-plugins}
 * (portal-app's pom: a pom-only dependency on each plugin orders the reactor, and the jar is copied
 * as a file). The portal does not depend on them; its tests load them from disk like the run
 * command does.
 */
final class BundledPlugins {

  /** The system property that names the folder; failsafe sets it. */
  static final String FOLDER_PROPERTY = "portal.test.bundled-plugins";

  private BundledPlugins() {}

  /**
   * The jar of one bundled plugin.
   *
   * @param module the plugin's module under {@code plugins/}, such as {@code passport}
   * @return the jar
   * @throws IllegalStateException with a hint when the build has not copied it
   */
  static Path jar(String module) {
    String folder = System.getProperty(FOLDER_PROPERTY);
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException(
          "The system property "
              + FOLDER_PROPERTY
              + " names no folder of bundled plugins:"
              + " run the integration tests through Maven (./mvnw verify -pl portal-core/portal-app -am), which copies"
              + " the plugin jars into portal-app/target/bundled-plugins, or set the property to such a folder.");
    }
    Path jar = Path.of(folder).resolve(module + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The bundled plugin "
              + module
              + " is not in "
              + folder
              + ": add it to"
              + " portal-app's pom (a pom dependency and an artifactItem of the bundled-plugins copy) and build with -am.");
    }
    return jar;
  }
}
