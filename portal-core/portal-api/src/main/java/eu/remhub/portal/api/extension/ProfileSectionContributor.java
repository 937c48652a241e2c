package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Adds sections to organisation profiles. See {@link ProfileSection}.
 *
 * @since 1.1.0
 */
public interface ProfileSectionContributor extends ExtensionPoint {

  /**
   * The sections this plugin adds to every organisation's profile.
   *
   * @return the sections
   */
  List<ProfileSection> profileSections();
}
