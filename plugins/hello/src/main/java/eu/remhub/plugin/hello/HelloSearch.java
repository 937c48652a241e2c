package eu.remhub.plugin.hello;

import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.service.SearchDocument;
import java.util.List;
import java.util.function.Consumer;
import org.pf4j.Extension;

/**
 * The guestbook in the portal's search. New greetings are published as they are written ({@link
 * GreetingStore#add}); this extension hands all of them over when staff rebuild the index.
 */
@Extension
public class HelloSearch implements SearchDocumentContributor {

  private final GreetingStore store;

  /**
   * Created by the portal, which passes the plugin's context.
   *
   * @param context the plugin's context
   */
  public HelloSearch(PluginContext context) {
    this.store = new GreetingStore(context);
  }

  @Override
  public String id() {
    return "hello-world-search";
  }

  @Override
  public List<String> types() {
    return List.of(GreetingStore.DOCUMENT_TYPE);
  }

  @Override
  public void allDocuments(Consumer<SearchDocument> sink) {
    store.allDocuments(sink);
  }
}
