package eu.remhub.portal.plugin;

import eu.remhub.portal.base.ui.TranslationBundles;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The bundles {@code i18n/<pluginId>} of enabled plugins, read through each plugin's class loader.
 */
@Component
class PluginTranslations implements TranslationBundles {

  private final PluginService plugins;

  PluginTranslations(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  public Map<String, ClassLoader> bundles() {
    Map<String, ClassLoader> bundles = new LinkedHashMap<>();
    plugins.pluginClassLoaders().forEach((id, loader) -> bundles.put("i18n/" + id, loader));
    return bundles;
  }
}
