/**
 * Plugin roles as the portal and the test kit both apply them: {@link
 * eu.remhub.portal.runtime.roles.DeclaredRoles} gathers a plugin's roles from its {@link
 * eu.remhub.portal.api.extension.RoleContributor}s and refuses a role the plugin does not define,
 * with the same message in the portal and in a plugin's unit test.
 */
package eu.remhub.portal.runtime.roles;
