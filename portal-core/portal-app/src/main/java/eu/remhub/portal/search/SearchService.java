package eu.remhub.portal.search;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.PluginDisabled;
import eu.remhub.portal.api.event.PluginEnabled;
import eu.remhub.portal.api.extension.SearchDocumentContributor;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.base.DataFolder;
import eu.remhub.portal.member.ApiTokenService.TokenOwner;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.OrganisationService;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.search.internal.JdbcOutbox;
import eu.remhub.portal.search.internal.SearchEngine;
import eu.remhub.portal.security.PortalUserDetails;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over everything on the hub that the person asking may see. Changes reach the index through
 * the outbox ({@link SearchOutbox}), which the services that change searchable data write in their
 * own transactions (organisations: {@code OrganisationService}; plugins: their {@code
 * context.search()}); the index lives in {@code <data>/index} and rebuilds itself from the database
 * when it is missing, corrupt or of an older schema, or when staff ask.
 */
@Service
public class SearchService {

  private static final Logger log = LoggerFactory.getLogger(SearchService.class);

  private final SearchProperties properties;
  private final DataFolder dataFolder;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final PluginService plugins;
  private final OrganisationService organisations;
  private final MemberRepository members;
  private final OutboxSignal signal;
  private volatile SearchEngine engine;
  private volatile Set<String> enabledPlugins = Set.of();
  private volatile Set<String> installedPlugins = Set.of();

  public SearchService(
      SearchProperties properties,
      DataFolder dataFolder,
      JdbcClient jdbc,
      JsonMapper json,
      Clock clock,
      PluginService plugins,
      OrganisationService organisations,
      MemberRepository members,
      OutboxSignal signal) {
    this.properties = properties;
    this.dataFolder = dataFolder;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.plugins = plugins;
    this.organisations = organisations;
    this.members = members;
    this.signal = signal;
  }

  // ------------------------------------------------------------------ lifecycle

  /** Opens (or rebuilds) the index once the database holds its first-start data. */
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (engine != null) {
      return;
    }
    SearchEngine e = new SearchEngine(
        dataFolder.dataDir().resolve("index"),
        new JdbcOutbox(jdbc, json, clock),
        new DatabaseDocuments(),
        new SearchEngine.Settings(
            properties.pollInterval(), properties.refreshInterval(), properties.commitInterval(),
            properties.gapTimeout(), properties.batchSize()),
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
    enabledPlugins = Set.copyOf(plugins.searchContributors().keySet());
    Set<String> installed = plugins.list().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
      return Viewer.member(token.organisationId(), members.entitlementsOf(token.organisationId()));
    }
    return Viewer.anonymous();
  }

  public Viewer viewerOf(CurrentUser user) {
    if (user.hasRole(Roles.STAFF)) {
      return Viewer.staff();
    }
    if (user.organisation().isPresent()) {
      long org = user.organisation().getAsLong();
      return Viewer.member(org, members.entitlementsOf(org));
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
    return e == null ? new IndexStatus("", 0, 0, 0, 0, 0, true, RebuildProgress.idle()) : e.status();
  }

  /** Listens to rebuild progress, on the rebuilding thread; returns a remover. */
  public Runnable onRebuildProgress(Consumer<RebuildProgress> listener) {
    return requireEngine().onRebuildProgress(listener);
  }

  /** Waits until every outbox entry committed so far is searchable. */
  public boolean awaitIndexed(Duration timeout) throws InterruptedException {
    long newest = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM index_outbox").query(Long.class).single();
    return newest == 0 || requireEngine().awaitApplied(newest, timeout);
  }

  private SearchEngine requireEngine() {
    SearchEngine e = engine;
    if (e == null) {
      throw new IllegalStateException("search is not started yet");
    }
    return e;
  }

  /** What a rebuild reads: the organisations (as the member feature shapes them), then every enabled plugin's documents. */
  private final class DatabaseDocuments implements SearchEngine.DocumentSource {

    @Override
    public long estimate() {
      return organisations.searchDocumentCount();
    }

    @Override
    public void all(SearchEngine.DocumentSink sink) {
      organisations.searchDocuments(doc -> sink.accept(null, doc));
      for (String pluginId : plugins.searchContributors().keySet()) {
        ofPlugin(pluginId, sink);
      }
    }

    @Override
    public void ofPlugin(String pluginId, SearchEngine.DocumentSink sink) {
      Map<String, List<SearchDocumentContributor>> contributors = plugins.searchContributors();
      for (SearchDocumentContributor c : contributors.getOrDefault(pluginId, List.of())) {
        Set<String> types = Set.copyOf(plugins.guarded(pluginId, "search types", c::types, List.of()));
        plugins.guarded(pluginId, "search documents", () -> {
          c.allDocuments(doc -> accept(pluginId, types, doc, sink));
          return null;
        }, null);
      }
    }

    private void accept(String pluginId, Set<String> types, SearchDocument doc, SearchEngine.DocumentSink sink) {
      if (types.contains(doc.type())) {
        sink.accept(pluginId, doc);
      } else {
        log.warn("plugin {} offered a search document of type '{}', which it does not declare; skipped", pluginId, doc.type());
      }
    }
  }
}
