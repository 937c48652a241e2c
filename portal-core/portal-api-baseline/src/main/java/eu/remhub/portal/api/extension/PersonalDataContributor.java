package eu.remhub.portal.api.extension;

import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Takes part in a person's data export and erasure (GDPR articles 15, 17 and 20).
 *
 * <p>Called on the thread of the export or erasure request. {@link #erase(long)} runs inside the
 * erasure; it removes or anonymises everything the plugin holds about the person, search documents
 * included.
 *
 * @since 1.0.0
 */
public interface PersonalDataContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * Everything the plugin holds about a person, as JSON-ready values (maps, lists, strings,
   * numbers, booleans).
   *
   * @param personId the person
   * @return the data, keyed by a name the person understands
   */
  Map<String, Object> export(long personId);

  /**
   * Removes or anonymises everything the plugin holds about a person.
   *
   * @param personId the person
   */
  void erase(long personId);
}
