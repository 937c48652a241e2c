package eu.remhub.portal.api.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares the roles a plugin defines. Staff see them in Administration, People, and grant them to
 * people; grants are kept by the core and survive disabling and updating the plugin (they go when
 * the plugin is uninstalled with its data purged).
 *
 * <p>The portal asks when the plugin starts and when staff open the grant form; answer the same
 * list every time, without touching the database.
 *
 * @since 1.1.0
 */
public interface RoleContributor extends ExtensionPoint {

  /**
   * The roles, in the order staff see them.
   *
   * @return the role definitions
   */
  List<RoleDefinition> roles();
}
