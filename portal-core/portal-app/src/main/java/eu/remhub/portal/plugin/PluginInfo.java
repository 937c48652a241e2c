package eu.remhub.portal.plugin;

import java.time.Instant;
import java.util.List;

/**
 * What staff see of an installed plugin.
 *
 * @param id the plugin id
 * @param name a display name (the id when the plugin gives none)
 * @param version its version
 * @param provider who made it
 * @param description what it does
 * @param license its licence
 * @param state its state
 * @param requires the contract range it needs
 * @param dependencies the plugins it needs, as {@code id@range}
 * @param sha256 the checksum of its jar
 * @param lastError the error that made it fail or incompatible, or empty
 * @param source {@code bundled} or {@code uploaded}
 * @param installedAt when it was installed
 * @param installedBy who installed it
 */
public record PluginInfo(
    String id,
    String name,
    String version,
    String provider,
    String description,
    String license,
    PluginStatus state,
    String requires,
    List<String> dependencies,
    String sha256,
    String lastError,
    String source,
    Instant installedAt,
    String installedBy) {}
