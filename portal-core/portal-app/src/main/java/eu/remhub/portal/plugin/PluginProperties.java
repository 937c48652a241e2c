package eu.remhub.portal.plugin;

import eu.remhub.portal.runtime.jar.PluginJarCheck;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the plugin runtime, under {@code portal.plugins}.
 *
 * @param dir the folder plugin jars are loaded from; relative to the data folder unless absolute
 * @param allowedSha256 when not empty, only jars with one of these SHA-256 checksums are accepted
 * @param maxJarSize the largest jar accepted
 * @param enableNew whether a jar found in the folder for the first time (a bundled plugin) starts
 *     enabled; uploaded jars always arrive disabled
 * @param uploadsAllowed whether staff may upload jars through the UI at all
 */
@ConfigurationProperties("portal.plugins")
public record PluginProperties(
    Path dir,
    List<String> allowedSha256,
    DataSize maxJarSize,
    Boolean enableNew,
    Boolean uploadsAllowed) {

  public PluginProperties {
    dir = dir == null ? Path.of("plugins") : dir;
    allowedSha256 =
        allowedSha256 == null
            ? List.of()
            : allowedSha256.stream()
                .map(s -> s.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    maxJarSize =
        maxJarSize == null ? DataSize.ofBytes(PluginJarCheck.DEFAULT_MAX_SIZE) : maxJarSize;
    enableNew = enableNew == null || enableNew;
    uploadsAllowed = uploadsAllowed == null || uploadsAllowed;
  }
}
