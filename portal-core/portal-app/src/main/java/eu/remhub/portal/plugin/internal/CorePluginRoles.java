package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.service.PluginRoles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.plugin.PluginRoleGrants;
import eu.remhub.portal.runtime.roles.DeclaredRoles;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The {@link PluginRoles} of one plugin's context, over the core's grants. */
final class CorePluginRoles implements PluginRoles {

  private final String pluginId;
  private final PluginRoleGrants grants;
  private final Supplier<List<RoleDefinition>> declared;
  private final Supplier<Optional<CurrentUser>> currentUser;

  CorePluginRoles(
      String pluginId,
      PluginRoleGrants grants,
      Supplier<List<RoleDefinition>> declared,
      Supplier<Optional<CurrentUser>> currentUser) {
    this.pluginId = pluginId;
    this.grants = grants;
    this.declared = declared;
    this.currentUser = currentUser;
  }

  private void check(String role) {
    DeclaredRoles.require(pluginId, declared.get(), role);
  }

  @Override
  public boolean has(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    check(role);
    return grants.has(person.value(), role);
  }

  @Override
  public boolean currentUserHas(String role) {
    check(role);
    return currentUser.get().map(u -> grants.has(u.personId(), role)).orElse(false);
  }

  @Override
  public List<PersonId> holders(String role) {
    check(role);
    return grants.holders(role).stream().map(PersonId::of).toList();
  }

  @Override
  public void grant(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    grants.grant(pluginId, declared.get(), role, person.value(), AuditService.currentActor());
  }

  @Override
  public void revoke(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    grants.revoke(pluginId, declared.get(), role, person.value(), AuditService.currentActor());
  }
}
