package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.billing.EntitlementCatalogue;
import eu.remhub.portal.billing.EntitlementCatalogue.Definer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain words for entitlement ids: the core's translation ({@code entitlement.<id>}) where there is
 * one, else the name the defining plugin gives, else the id. Also says which enabled plugin defines
 * an entitlement.
 */
final class EntitlementNames {

  /** Where an entitlement is defined: a plugin's definition (with its plugin), or nowhere. */
  record Source(Optional<EntitlementDefinition> definition, Optional<Definer> plugin) {}

  private final Component owner;
  private final Map<String, EntitlementDefinition> definitions = new HashMap<>();
  private final Map<String, Definer> definedBy = new HashMap<>();

  EntitlementNames(Component owner, EntitlementCatalogue catalogue) {
    this.owner = owner;
    Map<String, Definer> enabled = catalogue.enabledPlugins();
    catalogue
        .definitionsByPlugin()
        .forEach(
            (pluginId, defined) -> {
              for (EntitlementDefinition d : defined) {
                if (definitions.putIfAbsent(d.id(), d) == null && enabled.containsKey(pluginId)) {
                  definedBy.put(d.id(), enabled.get(pluginId));
                }
              }
            });
  }

  /** Plain words for the entitlement. */
  String name(String id) {
    String key = "entitlement." + id;
    String translated = owner.getTranslation(key);
    if (!translated.equals(key)) {
      return translated;
    }
    EntitlementDefinition d = definitions.get(id);
    return d != null ? d.name() : id;
  }

  /** What holding it allows, if anyone says. */
  String description(String id) {
    EntitlementDefinition d = definitions.get(id);
    if (d != null && !d.description().isBlank()) {
      return d.description();
    }
    String key = "entitlement." + id + ".description";
    String translated = owner.getTranslation(key);
    return translated.equals(key) ? "" : translated;
  }

  Source source(String id) {
    return new Source(
        Optional.ofNullable(definitions.get(id)), Optional.ofNullable(definedBy.get(id)));
  }

  List<String> names(List<String> ids) {
    return ids.stream().map(this::name).toList();
  }
}
