package eu.remhub.portal.security;

import java.util.Set;

/**
 * The plugin roles (such as {@code training.trainer}) granted to a person. The plugin feature keeps
 * the grants and implements this, so that sign-in and {@link CurrentPerson} count them among a
 * person's roles without depending on it. A plugin role always has a dot in its name; core roles
 * never do.
 */
@FunctionalInterface
public interface GrantedPluginRoles {

  /** The plugin roles granted to the person now; empty for none. */
  Set<String> of(long personId);

  /** Whether a role name is a plugin role rather than a core role. */
  static boolean isPluginRole(String role) {
    return role.indexOf('.') > 0;
  }
}
