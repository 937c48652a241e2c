package eu.remhub.portal.search;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.PluginDisabled;
import eu.remhub.portal.api.event.PluginEnabled;
import eu.remhub.portal.base.DataFolder;
import eu.remhub.portal.search.internal.JdbcOutbox;
import eu.remhub.portal.search.internal.SearchEngine;
import eu.remhub.portal.security.PortalUserDetails;
import eu.remhub.portal.security.TokenOwner;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Search over everything on the hub that the person asking may see. Changes reach the index through
 * the outbox ({@link SearchOutbox}), which the services that change searchable data write in their
 * own transactions (organisations: the member feature; plugins: their {@code context.search()}); a
 * rebuild reads every {@link SearchDocumentFeed} and the {@link PluginDocuments}; the index lives
 * in {@code <data>/index} and rebuilds itself from the database when it is missing, corrupt or of
 * an older schema, or when staff ask.
 */
@Service
public class SearchService {

  private final SearchProperties properties;
  private final DataFolder dataFolder;
  private final JdbcOutbox outbox;
  private final Clock clock;
  private final PluginDocuments plugins;
  private final List<SearchDocumentFeed> feeds;
  private final OrganisationGrants grants;
  private final OutboxSignal signal;
  private volatile SearchEngine engine;
  private volatile Set<String> enabledPlugins = Set.of();
  private volatile Set<String> installedPlugins = Set.of();

  public SearchService(
      SearchProperties properties,
      DataFolder dataFolder,
      JdbcOutbox outbox,
      Clock clock,
      PluginDocuments plugins,
      List<SearchDocumentFeed> feeds,
      OrganisationGrants grants,
      OutboxSignal signal) {
    this.properties = properties;
    this.dataFolder = dataFolder;
    this.outbox = outbox;
    this.clock = clock;
    this.plugins = plugins;
    this.feeds = List.copyOf(feeds);
    this.grants = grants;
    this.signal = signal;
  }

  // ------------------------------------------------------------------ lifecycle

  /** Opens (or rebuilds) the index once the database holds its first-start data. */
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (engine != null) {
      return;
    }
    SearchEngine e =
        new SearchEngine(
            dataFolder.dataDir().resolve("index"),
            outbox,
            new DatabaseDocuments(),
            new SearchEngine.Settings(
                properties.pollInterval(),
                properties.refreshInterval(),
                properties.commitInterval(),
                properties.gapTimeout(),
                properties.batchSize()),
            clock);
    refreshPlugins();
    e.start();
    engine = e;
    signal.listen(e::wake);
    plugins.onChange(this::refreshPlugins);
    enabledPlugins.forEach(e::checkPlugin);
  }

  @PreDestroy
  synchronized void stop() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  @EventListener
  void onPluginEnabled(PluginEnabled event) {
    refreshPlugins();
    SearchEngine e = engine;
    if (e != null) {
      e.checkPlugin(event.pluginId());
    }
  }

  @EventListener
  void onPluginDisabled(PluginDisabled event) {
    refreshPlugins();
  }

  private void refreshPlugins() {
    enabledPlugins = plugins.contributing();
    Set<String> installed = plugins.installed();
    SearchEngine e = engine;
    if (e != null) {
      installedPlugins.stream().filter(id -> !installed.contains(id)).forEach(e::dropPlugin);
    }
    installedPlugins = installed;
  }

  // ------------------------------------------------------------------ searching

  /** Searches as the current person (or API caller, or visitor). */
  public SearchResult search(SearchQuery query) {
    return search(query, currentViewer());
  }

  public SearchResult search(SearchQuery query, Viewer viewer) {
    SearchEngine e = engine;
    return e == null ? SearchResult.empty(query) : e.search(query, viewer, enabledPlugins);
  }

  /** Titles starting with what was typed, that the current person may see. */
  public List<Suggestion> suggest(String typed, int max) {
    return suggest(typed, currentViewer(), max);
  }

  public List<Suggestion> suggest(String typed, Viewer viewer, int max) {
    SearchEngine e = engine;
    return e == null ? List.of() : e.suggest(typed, viewer, enabledPlugins, max);
  }

  /**
   * The documents a plugin published whose text is most alike to the query's, whatever their
   * visibility: the plugin decides what to show. Reads the index, which applies a publication a
   * moment after its transaction commits.
   *
   * @param pluginId the plugin asking
   * @param types the types to look in, already checked to be the plugin's
   * @param query the text, exclusions and limit
   * @return the hits, best first
   */
  public List<eu.remhub.portal.api.service.SearchHit> similar(
      String pluginId, Set<String> types, eu.remhub.portal.api.service.SimilarQuery query) {
    SearchEngine e = engine;
    return e == null ? List.of() : e.similar(pluginId, types, query);
  }

  /**
   * Who is asking: the signed-in person of this request or UI, an organisation's API token (which
   * sees what a member of its organisation sees), or a visitor.
   */
  public Viewer currentViewer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Object principal = auth == null || !auth.isAuthenticated() ? null : auth.getPrincipal();
    if (principal instanceof PortalUserDetails details) {
      return viewerOf(details.user());
    }
    if (principal instanceof TokenOwner token) {
      return Viewer.member(token.organisationId(), grants.grantedTo(token.organisationId()));
    }
    return Viewer.anonymous();
  }

  public Viewer viewerOf(CurrentUser user) {
    if (user.hasRole(Roles.STAFF)) {
      return Viewer.staff();
    }
    if (user.organisation().isPresent()) {
      long org = user.organisation().getAsLong();
      return Viewer.member(org, grants.grantedTo(org));
    }
    return Viewer.anonymous();
  }

  // ------------------------------------------------------------------ index upkeep

  /** Starts a rebuild (staff only); false when one is already running. */
  public boolean rebuild() {
    if (!currentViewer().equals(Viewer.staff())) {
      throw new AccessDeniedException("only staff rebuild the search index");
    }
    return requireEngine().rebuild();
  }

  public IndexStatus status() {
    SearchEngine e = engine;
    return e == null
        ? new IndexStatus("", 0, 0, 0, 0, 0, true, RebuildProgress.idle())
        : e.status();
  }

  /** Listens to rebuild progress, on the rebuilding thread; returns a remover. */
  public Runnable onRebuildProgress(Consumer<RebuildProgress> listener) {
    return requireEngine().onRebuildProgress(listener);
  }

  /** Waits until every outbox entry committed so far is searchable. */
  public boolean awaitIndexed(Duration timeout) throws InterruptedException {
    long newest = outbox.newestId();
    return newest == 0 || requireEngine().awaitApplied(newest, timeout);
  }

  private SearchEngine requireEngine() {
    SearchEngine e = engine;
    if (e == null) {
      throw new IllegalStateException("search is not started yet");
    }
    return e;
  }

  /**
   * What a rebuild reads: the documents of the core features, then every enabled plugin's
   * documents.
   */
  private final class DatabaseDocuments implements SearchEngine.DocumentSource {

    @Override
    public long estimate() {
      return feeds.stream().mapToLong(SearchDocumentFeed::count).sum();
    }

    @Override
    public void all(SearchEngine.DocumentSink sink) {
      feeds.forEach(feed -> feed.forEach(doc -> sink.accept(null, doc)));
      for (String pluginId : plugins.contributing()) {
        ofPlugin(pluginId, sink);
      }
    }

    @Override
    public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {
      plugins.documentsOf(pluginId, doc -> sink.accept(pluginId, doc));
    }
  }
}
