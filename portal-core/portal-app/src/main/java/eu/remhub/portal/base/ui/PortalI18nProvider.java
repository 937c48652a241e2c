package eu.remhub.portal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * All UI text: the core's bundle {@code i18n/messages}, then the {@link TranslationBundles} (those
 * {@code i18n/<pluginId>} of enabled plugins, read through each plugin's class loader). English and
 * Italian are complete; a missing key shows as itself so that it is noticed.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

  static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.ITALIAN);

  private final ObjectProvider<TranslationBundles> more;

  public PortalI18nProvider(ObjectProvider<TranslationBundles> more) {
    this.more = more;
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale effective = locale == null ? Locale.ENGLISH : locale;
    String pattern = find("i18n/messages", key, effective, getClass().getClassLoader());
    if (pattern == null) {
      pattern =
          more.orderedStream()
              .flatMap(source -> source.bundles().entrySet().stream())
              .map(bundle -> find(bundle.getKey(), key, effective, bundle.getValue()))
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
    }
    if (pattern == null) {
      return key;
    }
    return new MessageFormat(pattern, effective).format(params);
  }

  private static String find(String bundle, String key, Locale locale, ClassLoader loader) {
    try {
      ResourceBundle rb =
          ResourceBundle.getBundle(
              bundle,
              locale,
              loader,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return rb.containsKey(key) ? rb.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
