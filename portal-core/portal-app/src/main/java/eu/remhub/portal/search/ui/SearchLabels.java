package eu.remhub.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Human names of facet values: document types, countries and value-chain segments. */
final class SearchLabels {

  private SearchLabels() {}

  static String facet(Component c, String facet) {
    return c.getTranslation("search.facet." + facet);
  }

  static String value(Component c, String facet, String value) {
    return switch (facet) {
      case "type" -> type(c, value);
      case "country" -> country(c, value);
      case "segment" -> translated(c, "segment." + value.toLowerCase(Locale.ROOT), value);
      default -> value;
    };
  }

  /**
   * A type's name from the core's or its plugin's bundle ({@code search.type.<type>}), else the
   * type itself.
   */
  static String type(Component c, String type) {
    return translated(
        c,
        "search.type." + type,
        type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1));
  }

  private static String country(Component c, String code) {
    UI ui = c.getUI().orElse(UI.getCurrent());
    Locale locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    String name = Locale.of("", code).getDisplayCountry(locale);
    return name.isBlank() || name.equals(code) ? code : name;
  }

  private static String translated(Component c, String key, String fallback) {
    String text = c.getTranslation(key);
    return text.equals(key) ? fallback : text;
  }
}
