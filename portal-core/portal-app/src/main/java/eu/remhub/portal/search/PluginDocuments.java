package eu.remhub.portal.search;

import eu.remhub.portal.api.service.SearchDocument;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The search documents of plugins, as the plugin feature supplies them: which plugins are
 * installed, which of them contribute documents now, and their documents on a rebuild. The plugin
 * feature implements this, guarding every call into plugin code, so that search never names it.
 */
public interface PluginDocuments {

  /** Ids of the plugins that contribute search documents now (enabled ones with contributors). */
  Set<String> contributing();

  /** Ids of every installed plugin, enabled or not. */
  Set<String> installed();

  /** Gives every current document of a plugin that is of a type it declares. */
  void documentsOf(String pluginId, Consumer<SearchDocument> sink);

  /** Calls the listener after plugins change; returns a remover. */
  Runnable onChange(Runnable listener);
}
