package eu.remhub.portal.runtime.jar;

import java.util.List;

/**
 * What {@link PluginJarCheck} read from a jar that passed its checks.
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
 * @since 1.1.0
 */
public record InspectedJar(
    String id,
    String version,
    String pluginClass,
    String requires,
    String incompatibility,
    List<PluginDependency> dependencies,
    String provider,
    String description,
    String license,
    String name,
    String sha256,
    long size) {

  /** Keeps an unmodifiable copy of the dependencies. */
  public InspectedJar {
    dependencies = List.copyOf(dependencies);
  }

  /**
   * Whether the jar's contract range includes this portal's contract version.
   *
   * @return true when {@link #incompatibility()} is empty
   */
  public boolean compatible() {
    return incompatibility.isEmpty();
  }
}
