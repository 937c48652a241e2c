package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.service.AuditLog;
import eu.remhub.portal.api.service.Charts;
import eu.remhub.portal.api.service.Documents;
import eu.remhub.portal.api.service.DomainEvents;
import eu.remhub.portal.api.service.Entitlements;
import eu.remhub.portal.api.service.FileStorage;
import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.api.service.Organisations;
import eu.remhub.portal.api.service.People;
import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.PluginRoles;
import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.SearchIndex;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.api.service.SimilarQuery;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.DataFolder;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.member.EntitlementService;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.OrganisationDirectory;
import eu.remhub.portal.plugin.PluginNotifications;
import eu.remhub.portal.plugin.PluginRoleGrants;
import eu.remhub.portal.runtime.chart.ChartImages;
import eu.remhub.portal.runtime.print.HubLook;
import eu.remhub.portal.runtime.print.PdfPrinter;
import eu.remhub.portal.search.SearchOutbox;
import eu.remhub.portal.search.SearchService;
import eu.remhub.portal.security.CurrentPerson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the {@link PluginContext} of each plugin from the core's services. */
@Component
public class PluginContextFactory {

  private final CurrentPerson currentPerson;
  private final EntitlementService entitlements;
  private final SearchOutbox search;
  // Looked up when a plugin asks: search reads plugin documents through the plugin feature.
  private final ObjectProvider<SearchService> searchService;
  private final Charts charts = new ChartImages(HubLook.REMHUB);
  private final Documents documents = new PdfPrinter(HubLook.REMHUB);
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final DomainEventBus events;
  private final AuditService audit;
  private final DataFolder dataFolder;
  private final OrganisationDirectory organisations;
  private final boolean demoData;
  private final PublicUrl publicUrl;
  private final Clock clock;
  private final PluginRoleGrants roleGrants;
  private final PluginNotifications notifications;
  private final People people;

  public PluginContextFactory(
      CurrentPerson currentPerson,
      EntitlementService entitlements,
      SearchOutbox search,
      ObjectProvider<SearchService> searchService,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      DomainEventBus events,
      AuditService audit,
      DataFolder dataFolder,
      OrganisationDirectory organisations,
      @org.springframework.beans.factory.annotation.Value("${portal.seed.enabled:false}")
          boolean demoData,
      PublicUrl publicUrl,
      Clock clock,
      PluginRoleGrants roleGrants,
      PluginNotifications notifications,
      MemberRepository members) {
    this.roleGrants = roleGrants;
    this.notifications = notifications;
    this.people = new CorePeople(members, roleGrants);
    this.currentPerson = currentPerson;
    this.entitlements = entitlements;
    this.search = search;
    this.searchService = searchService;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.audit = audit;
    this.dataFolder = dataFolder;
    this.organisations = organisations;
    this.demoData = demoData;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /**
   * Creates the context of one plugin.
   *
   * @param pluginId the plugin
   * @param declaredTypes answers the search document types the plugin declares
   * @param declaredSettings answers the settings the plugin declares
   * @param declaredRoles answers the roles the plugin declares
   */
  public PluginContext create(
      String pluginId,
      Function<String, Set<String>> declaredTypes,
      Function<String, List<SettingDefinition>> declaredSettings,
      Function<String, List<RoleDefinition>> declaredRoles) {
    SearchIndex index =
        new SearchIndex() {
          @Override
          public void publish(SearchDocument document) {
            checkType(document.type());
            search.publish(pluginId, document);
          }

          @Override
          public void remove(String type, String id) {
            checkType(type);
            search.remove(type, id);
          }

          @Override
          public List<eu.remhub.portal.api.service.SearchHit> similar(SimilarQuery query) {
            java.util.Objects.requireNonNull(query, "query");
            query.types().forEach(this::checkType);
            Set<String> types =
                query.types().isEmpty() ? declaredTypes.apply(pluginId) : query.types();
            return searchService.getObject().similar(pluginId, types, query);
          }

          private void checkType(String type) {
            if (!declaredTypes.apply(pluginId).contains(type)) {
              throw new IllegalArgumentException(
                  pluginId + " did not declare the search document type '" + type + "'");
            }
          }
        };
    AuditLog auditLog =
        (action, target, detail) ->
            audit.record(AuditService.currentActor(), pluginId, action, target, detail);
    return new CorePluginContext(
        pluginId,
        currentPerson,
        entitlements,
        index,
        new PluginJdbcAdapter(pluginId, jdbc, transactions),
        notifications.of(pluginId),
        events,
        settings(pluginId, () -> declaredSettings.apply(pluginId)),
        auditLog,
        new FolderFileStorage(dataFolder.dataDir().resolve("files").resolve(pluginId)),
        organisations,
        demoData,
        publicUrl,
        clock,
        new CorePluginRoles(
            pluginId, roleGrants, () -> declaredRoles.apply(pluginId), currentPerson::get),
        people,
        charts,
        documents);
  }

  /**
   * The settings of one plugin, as its context offers them and as staff edit them.
   *
   * @param pluginId the plugin
   * @param declarations answers the plugin's declarations
   * @return the settings
   */
  public PluginSettings settings(String pluginId, Supplier<List<SettingDefinition>> declarations) {
    return new JdbcPluginSettings(pluginId, jdbc, declarations);
  }

  private record CorePluginContext(
      String pluginId,
      CurrentPerson person,
      Entitlements entitlements,
      SearchIndex search,
      PluginJdbc jdbc,
      Notifications notifications,
      DomainEvents events,
      PluginSettings settings,
      AuditLog audit,
      FileStorage files,
      Organisations organisations,
      boolean demoData,
      PublicUrl publicUrl,
      Clock clock,
      PluginRoles roles,
      People people,
      Charts charts,
      Documents documents)
      implements PluginContext {

    @Override
    public String publicBaseUrl() {
      return publicUrl.base();
    }

    @Override
    public Optional<CurrentUser> currentUser() {
      return person.get();
    }
  }
}
