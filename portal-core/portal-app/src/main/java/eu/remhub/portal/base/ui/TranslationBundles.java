package eu.remhub.portal.base.ui;

import java.util.Map;

/**
 * Resource bundles that add UI text to the core's own, such as those of enabled plugins. The
 * translation provider asks them, in order, for a key the core's bundle lacks.
 */
@FunctionalInterface
public interface TranslationBundles {

  /**
   * Bundle base names (such as {@code i18n/passport}) with the class loader to read each through.
   */
  Map<String, ClassLoader> bundles();
}
