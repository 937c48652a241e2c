package eu.remhub.portal.runtime.roles;

import eu.remhub.portal.api.extension.RoleContributor;
import eu.remhub.portal.api.extension.RoleDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules for plugin roles shared by every {@link eu.remhub.portal.api.service.PluginRoles}
 * implementation. Stateless.
 */
public final class DeclaredRoles {

  private DeclaredRoles() {}

  /**
   * The roles of a plugin's contributors, in contributor order.
   *
   * @param pluginId the plugin
   * @param contributors the plugin's role contributors
   * @return the role definitions
   * @throws IllegalArgumentException when a role lies outside the plugin's id or is declared twice
   */
  public static List<RoleDefinition> collect(
      String pluginId, Collection<? extends RoleContributor> contributors) {
    Map<String, RoleDefinition> byName = new LinkedHashMap<>();
    for (RoleContributor contributor : contributors) {
      for (RoleDefinition role : contributor.roles()) {
        requireOwn(pluginId, role.name());
        if (byName.putIfAbsent(role.name(), role) != null) {
          throw new IllegalArgumentException(
              pluginId + " declares the role " + role.name() + " twice");
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * Refuses a role name that does not start with the plugin's id and a dot.
   *
   * @param pluginId the plugin
   * @param role the role's name
   * @throws IllegalArgumentException for a role of another plugin or a core role
   */
  public static void requireOwn(String pluginId, String role) {
    Objects.requireNonNull(role, "role");
    if (!role.startsWith(pluginId + ".") || role.length() == pluginId.length() + 1) {
      throw new IllegalArgumentException(
          "the plugin "
              + pluginId
              + " may only use roles named "
              + pluginId
              + ".<word>, not "
              + role);
    }
  }

  /**
   * Refuses a role the plugin does not define.
   *
   * @param pluginId the plugin
   * @param declared the plugin's role definitions
   * @param role the role's name
   * @return the role's definition
   * @throws IllegalArgumentException for a role outside the plugin's id or not declared by it
   */
  public static RoleDefinition require(
      String pluginId, List<RoleDefinition> declared, String role) {
    requireOwn(pluginId, role);
    return declared.stream()
        .filter(d -> d.name().equals(role))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the plugin "
                        + pluginId
                        + " does not define the role "
                        + role
                        + "; it defines "
                        + (declared.isEmpty()
                            ? "no roles"
                            : String.join(
                                ", ", declared.stream().map(RoleDefinition::name).toList()))));
  }
}
