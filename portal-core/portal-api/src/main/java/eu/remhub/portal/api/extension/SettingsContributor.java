package eu.remhub.portal.api.extension;

import eu.remhub.portal.api.service.SettingDefinition;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares the settings of a plugin: staff see them as a form with a field per setting in
 * Administration, Plugins, and the portal validates every value written through {@link
 * eu.remhub.portal.api.service.PluginSettings} against its declaration. Settings that no
 * contributor declares keep working as plain text.
 *
 * <p>The portal asks when it opens the form and when the plugin reads or writes a setting, on any
 * thread, also before the plugin's {@code start()}; answer the same list every time, without
 * touching the database. Keys are unique across the plugin's contributors.
 *
 * @since 1.1.0
 */
public interface SettingsContributor extends ExtensionPoint {

  /**
   * A stable id for this contributor, unique within the plugin.
   *
   * @return the id
   */
  String id();

  /**
   * The settings, in the order of the form.
   *
   * @return the declarations
   */
  List<SettingDefinition> settings();
}
