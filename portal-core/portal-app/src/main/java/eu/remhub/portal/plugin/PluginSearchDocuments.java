package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.search.PluginDocuments;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Feeds search with the documents of enabled plugins. Every call into a plugin goes through {@link
 * PluginService#guarded}, and a document of a type its plugin does not declare is skipped, so that
 * one plugin's fault never stops a rebuild.
 */
@Component
class PluginSearchDocuments implements PluginDocuments {

  private static final Logger log = LoggerFactory.getLogger(PluginSearchDocuments.class);

  private final PluginService plugins;

  PluginSearchDocuments(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  public Set<String> contributing() {
    return Set.copyOf(plugins.searchContributors().keySet());
  }

  @Override
  public Set<String> installed() {
    return plugins.list().stream().map(PluginInfo::id).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void documentsOf(String pluginId, Consumer<SearchDocument> sink) {
    for (SearchDocumentContributor c :
        plugins.searchContributors().getOrDefault(pluginId, List.of())) {
      Set<String> types =
          Set.copyOf(plugins.guarded(pluginId, "search types", c::types, List.of()));
      plugins.guarded(
          pluginId,
          "search documents",
          () -> {
            c.allDocuments(doc -> accept(pluginId, types, doc, sink));
            return null;
          },
          null);
    }
  }

  private static void accept(
      String pluginId, Set<String> types, SearchDocument doc, Consumer<SearchDocument> sink) {
    if (types.contains(doc.type())) {
      sink.accept(doc);
    } else {
      log.warn(
          "plugin {} offered a search document of type '{}', which it does not declare; skipped",
          pluginId,
          doc.type());
    }
  }

  @Override
  public Runnable onChange(Runnable listener) {
    return plugins.onChange(listener);
  }
}
