package eu.remhub.portal.api.extension;

import java.util.Objects;

/**
 * An entry in the portal's side navigation.
 *
 * @param titleKey the translation key of the title; the plugin ships it in {@code
 *     i18n/<pluginId>.properties} (and per language, {@code i18n/<pluginId>_it.properties}); a key
 *     without a translation is shown as it is
 * @param icon a Vaadin icon name such as {@code vaadin:academy-cap}
 * @param order where the entry sits: lower first; core entries use multiples of 100
 * @since 1.0.0
 */
public record MenuEntry(String titleKey, String icon, int order) {

  /** Validates the entry. */
  public MenuEntry {
    Objects.requireNonNull(titleKey, "titleKey");
    icon = icon == null || icon.isBlank() ? "vaadin:puzzle-piece" : icon;
  }
}
