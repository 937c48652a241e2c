package eu.remhub.portal.member;

import java.util.List;
import java.util.Map;

/**
 * Others that hold personal data of the hub's people, such as enabled plugins: their part of an
 * export and of an erasure. The plugin feature implements this, guarding each call into a plugin,
 * so that {@link PrivacyService} never depends on it.
 */
public interface PersonalDataHolders {

  /**
   * Every holder's data of a person, by holder id and then by part; a part that fails to export
   * says so instead of its data.
   */
  Map<String, Object> export(long personId);

  /** Erases a person's data in every holder; answers the ids of the holders that failed. */
  List<String> erase(long personId);
}
