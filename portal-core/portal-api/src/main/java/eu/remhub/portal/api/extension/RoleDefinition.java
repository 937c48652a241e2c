package eu.remhub.portal.api.extension;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role a plugin defines, such as the trainers of courses or the reviewers of pilot calls. Staff
 * grant and revoke it to people in Administration, People; the plugin asks {@link
 * eu.remhub.portal.api.service.PluginRoles} who holds it. A granted role is also one of the
 * person's {@link eu.remhub.portal.api.CurrentUser#roles()}, so {@link
 * eu.remhub.portal.api.Access#role(String)} guards routes, widgets and API endpoints with it.
 *
 * <p>The name is the plugin id, a dot and a lower-case word ({@code training.trainer}, {@code
 * pilot-calls.reviewer}); the portal refuses a role outside the plugin's id. Title and description
 * are translation keys of the plugin's bundle.
 *
 * @param name the role's name, prefixed with the plugin id and a dot
 * @param titleKey the translation key of the role's name as staff see it
 * @param descriptionKey the translation key of what the role allows, shown to staff when they grant
 *     it
 * @since 1.1.0
 */
public record RoleDefinition(String name, String titleKey, String descriptionKey) {

  private static final Pattern NAME =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RoleDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(titleKey, "titleKey");
    descriptionKey = descriptionKey == null ? "" : descriptionKey;
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a plugin role is named <plugin-id>.<word> in lower case, such as training.trainer: "
              + name);
    }
  }

  /**
   * The plugin id part of the name.
   *
   * @return the text before the dot
   */
  public String pluginId() {
    return name.substring(0, name.indexOf('.'));
  }
}
