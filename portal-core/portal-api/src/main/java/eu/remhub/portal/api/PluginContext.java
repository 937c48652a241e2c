package eu.remhub.portal.api;

import eu.remhub.portal.api.service.AuditLog;
import eu.remhub.portal.api.service.DomainEvents;
import eu.remhub.portal.api.service.Entitlements;
import eu.remhub.portal.api.service.FileStorage;
import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.api.service.Organisations;
import eu.remhub.portal.api.service.PluginJdbc;
import eu.remhub.portal.api.service.PluginSettings;
import eu.remhub.portal.api.service.SearchIndex;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything the portal core offers to one plugin. This is a plugin's only door into the core: it
 * never reaches core classes directly.
 *
 * <p>The portal passes the context to the {@link PortalPlugin} constructor and to extension
 * constructors that take one; views and other classes of the plugin obtain it with {@link
 * PluginContexts#of(Class)}. The context lives as long as the plugin is loaded. All methods are
 * thread-safe. Methods about "the current person" read the person of the request or UI that calls
 * them and answer empty on background threads.
 *
 * @since 1.0.0
 */
public interface PluginContext {

  /**
   * The plugin's id, as in its {@code Plugin-Id} manifest entry.
   *
   * @return the plugin id
   */
  String pluginId();

  /**
   * The plugin's id as a typed id.
   *
   * @return the plugin id
   * @since 1.1.0
   */
  default PluginId id() {
    return PluginId.of(pluginId());
  }

  /**
   * The person signed in for the current request or UI.
   *
   * @return the person, or empty for a visitor or a background thread
   */
  Optional<CurrentUser> currentUser();

  /**
   * Entitlement checks for the current person and for organisations.
   *
   * @return the entitlement service
   */
  Entitlements entitlements();

  /**
   * The portal's search index, to publish and remove this plugin's documents.
   *
   * @return the search index
   */
  SearchIndex search();

  /**
   * Database access limited to the plugin's own tables (names prefixed with the plugin's table
   * prefix).
   *
   * @return the plugin's database access
   */
  PluginJdbc jdbc();

  /**
   * Mail and notifications to people.
   *
   * @return the notification service
   */
  Notifications notifications();

  /**
   * The domain event bus: publish events; receive them through {@link
   * eu.remhub.portal.api.extension.DomainEventListener} extensions.
   *
   * @return the event bus
   */
  DomainEvents events();

  /**
   * Settings of this plugin that staff can change.
   *
   * @return the plugin's settings
   */
  PluginSettings settings();

  /**
   * The audit log, shared with the core; entries carry the plugin id.
   *
   * @return the audit log
   */
  AuditLog audit();

  /**
   * File storage for this plugin (documents, images).
   *
   * @return the plugin's file storage
   */
  FileStorage files();

  /**
   * The directory of approved member organisations.
   *
   * @return the directory
   */
  Organisations organisations();

  /**
   * Whether the portal runs with demo data (its embedded default). A plugin may then fill its own
   * empty tables with demo records on first start, tied to the demo organisations.
   *
   * @return true when demo data is wanted
   */
  boolean demoData();

  /**
   * The address under which people reach the portal, without a trailing slash (for example {@code
   * https://portal.remhub.eu}), for links in mail and QR codes. Set by staff as {@code
   * portal.public-url}.
   *
   * @return the public base URL
   */
  String publicBaseUrl();

  /**
   * The portal's clock; use it instead of {@code Instant.now()} so tests can fix time.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * The roles this plugin defines and who holds them.
   *
   * @return the plugin's roles
   * @throws UnsupportedOperationException in a portal older than contract 1.1
   * @since 1.1.0
   */
  default eu.remhub.portal.api.service.PluginRoles roles() {
    throw new UnsupportedOperationException(
        getClass().getName() + " offers contract 1.0: no roles");
  }

  /**
   * The people of member organisations: names, addresses and languages for mail and display.
   *
   * @return the people directory
   * @throws UnsupportedOperationException in a portal older than contract 1.1
   * @since 1.1.0
   */
  default eu.remhub.portal.api.service.People people() {
    throw new UnsupportedOperationException(
        getClass().getName() + " offers contract 1.0: no people");
  }

  /**
   * Charts drawn in the portal's look.
   *
   * @return the chart service
   * @throws UnsupportedOperationException in a portal older than contract 1.1
   * @since 1.1.0
   */
  default eu.remhub.portal.api.service.Charts charts() {
    throw new UnsupportedOperationException(
        getClass().getName() + " offers contract 1.0: no charts");
  }

  /**
   * PDF documents printed in the hub's look.
   *
   * @return the document service
   * @throws UnsupportedOperationException in a portal older than contract 1.1
   * @since 1.1.0
   */
  default eu.remhub.portal.api.service.Documents documents() {
    throw new UnsupportedOperationException(
        getClass().getName() + " offers contract 1.0: no documents");
  }
}
