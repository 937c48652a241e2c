package eu.remhub.portal.api.extension;

import java.util.Objects;

/**
 * One entitlement that a plugin defines.
 *
 * @param id the entitlement id, prefixed with the plugin id ({@code passport.restricted-read})
 * @param name a short name for staff
 * @param description what holding it allows
 * @since 1.0.0
 */
public record EntitlementDefinition(String id, String name, String description) {

  /** Validates the definition. */
  public EntitlementDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }
}
