/**
 * Declared plugin settings as the portal and the test kit both apply them: {@link
 * eu.remhub.portal.runtime.settings.DeclaredSettings} gathers a plugin's declarations from its
 * {@link eu.remhub.portal.api.extension.SettingsContributor}s and checks writes against them, so
 * that a value refused in the portal is refused in a plugin's unit test with the same message.
 */
package eu.remhub.portal.runtime.settings;
