package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.plugin.PluginRefusedException;
import eu.remhub.portal.runtime.jar.InspectedJar;
import eu.remhub.portal.runtime.jar.PluginJarCheck;
import eu.remhub.portal.runtime.jar.PluginJarRefusedException;
import java.nio.file.Path;

/**
 * The portal's side of the runtime's {@link PluginJarCheck}: the same checks the testkit applies, a
 * refusal turned into the {@link PluginRefusedException} that the upload path, the folder scan and
 * the admin API answer with, word for word.
 */
public final class PluginJarInspector {

  private final PluginJarCheck check = new PluginJarCheck();

  /**
   * Checks a jar; throws {@link PluginRefusedException} with the reason when it is not fit.
   *
   * @see PluginJarCheck#inspect(Path, long)
   */
  public InspectedJar inspect(Path jar, long maxSize) {
    try {
      return check.inspect(jar, maxSize);
    } catch (PluginJarRefusedException e) {
      throw new PluginRefusedException(e.getMessage(), e);
    }
  }

  /** Whether {@code version} lies in {@code range}, in PF4J's range syntax. */
  public boolean satisfies(String version, String range) {
    return check.satisfies(version, range);
  }

  /** Compares two versions: negative when {@code a} is older. */
  public int compare(String a, String b) {
    return check.compare(a, b);
  }
}
