package eu.remhub.portal.testkit;

import com.vaadin.browserless.mocks.MockService;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import eu.remhub.portal.api.PluginContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Vaadin's translations in a {@link PluginViewTest}, read as the portal reads a plugin's: from the
 * bundle {@code i18n/<pluginId>} ({@code i18n/<pluginId>_it.properties} for Italian), formatted
 * with {@link MessageFormat}; a key without a translation is shown as it is. The plugin is the one
 * whose test context is installed for the thread's context class loader.
 *
 * <p>Unlike the portal it does not know the core's own bundle, so a view that uses core keys shows
 * them as keys. Vaadin creates the instance; thread-safe.
 *
 * @since 1.0.0
 */
public final class PluginTranslations implements I18NProvider {

  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.ITALIAN);

  /** Created by Vaadin. */
  public PluginTranslations() {}

  /**
   * Makes Vaadin use {@link PluginTranslations}: a service that {@link PluginViewTest} hands to the
   * browserless environment. Vaadin's default instantiator keeps its translation provider for the
   * whole JVM, so a configuration property would not reach tests that run after another one.
   *
   * @since 1.0.0
   */
  public static final class Installer implements InstantiatorFactory {

    /** Created by Vaadin's lookup. */
    public Installer() {}

    @Override
    public Instantiator createInstantitor(VaadinService service) {
      // Vaadin's Spring add-on also finds this class on the test classpath, when it lies in the
      // portal's allowed packages; the real servlet of a running portal must keep Spring's
      // instantiator.
      if (!(service instanceof MockService)) {
        return null;
      }
      I18NProvider translations = new PluginTranslations();
      return new DefaultInstantiator(service) {
        @Override
        public I18NProvider getI18NProvider() {
          return translations;
        }
      };
    }
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    PluginContext context = loader == null ? null : ContextRegistry.lookup(loader);
    if (context == null) {
      return key;
    }
    Locale effective = locale == null ? Locale.ENGLISH : locale;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "i18n/" + context.pluginId(),
              effective,
              loader,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return bundle.containsKey(key)
          ? new MessageFormat(bundle.getString(key), effective).format(params)
          : key;
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
