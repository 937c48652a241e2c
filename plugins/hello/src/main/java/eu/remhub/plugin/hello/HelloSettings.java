package eu.remhub.plugin.hello;

import eu.remhub.portal.api.extension.SettingsContributor;
import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.api.service.SettingType;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's settings, which staff change in the plugin's settings form: how many greetings the
 * guestbook page lists. The portal checks every write against the declaration, so a read never sees
 * a value outside the bounds; while staff have set nothing, reads answer the default.
 */
@Extension
public class HelloSettings implements SettingsContributor {

  /** The key of the number of greetings the page lists. */
  public static final String PAGE_SIZE = "page-size";

  /** How many greetings the page lists while staff have set nothing. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The most greetings one page lists; a longer page would load slowly on a phone. */
  public static final int MAX_PAGE_SIZE = 200;

  @Override
  public String id() {
    return "hello-world-settings";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.builder(PAGE_SIZE, SettingType.INTEGER)
            .label("hello-world.settings.page-size")
            .help("hello-world.settings.page-size.help")
            .defaultValue(Integer.toString(DEFAULT_PAGE_SIZE))
            .bounds(1, MAX_PAGE_SIZE)
            .build());
  }

  /**
   * How many greetings the guestbook page lists.
   *
   * @param settings the plugin's settings
   * @return the stored value, or {@link #DEFAULT_PAGE_SIZE}
   */
  public static int pageSize(PluginSettings settings) {
    // The declaration bounds the value, so it fits an int; the fallback is for a portal that has
    // not read the declaration, such as a test context that was not told about it.
    return settings.integer(PAGE_SIZE).map(Math::toIntExact).orElse(DEFAULT_PAGE_SIZE);
  }
}
