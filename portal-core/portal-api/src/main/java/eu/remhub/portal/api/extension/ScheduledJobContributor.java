package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares a plugin's {@link ScheduledJob}s. The portal asks when the plugin starts and stops the
 * jobs when it stops.
 *
 * @since 1.1.0
 */
public interface ScheduledJobContributor extends ExtensionPoint {

  /**
   * The jobs.
   *
   * @return the jobs, each with a name unique within the plugin
   */
  List<ScheduledJob> jobs();
}
