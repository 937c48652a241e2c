package eu.remhub.portal.testkit;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.api.service.Charts;
import eu.remhub.portal.api.service.Documents;
import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.api.service.PersonRef;
import eu.remhub.portal.runtime.chart.ChartImages;
import eu.remhub.portal.runtime.print.HubLook;
import eu.remhub.portal.runtime.print.PdfPrinter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A ready-to-use {@link PluginContext} for unit tests of plugin code, with every service in memory:
 * a private H2 database in MySQL mode behind {@link #jdbc()}, recording search, mail, events and
 * audit log, settings in a map, files in a temporary folder, an organisation directory the test
 * fills and a clock that stands still; since 1.1.0 also a people directory the test fills, plugin
 * roles granted in memory (part of the signed-in person's roles, as in the portal), recorded
 * in-portal notifications and the plugin's scheduled jobs, which {@link #jobs()} runs on demand.
 * Charts and PDF documents are drawn and printed by the portal's own renderers.
 *
 * <pre>{@code
 * try (TestPluginContext context = new TestPluginContext("pilot-calls")) {
 *   context.migrate();
 *   context.signIn(new CurrentUser(1, "ana@example.eu", "Ana", 7, Set.of(Roles.MEMBER), null));
 *   context.grant(7, "pilot-calls.apply");
 *   new ApplicationService(context).submit(...);
 *   assertThat(context.events().published(ApplicationSubmitted.class)).hasSize(1);
 * }
 * }</pre>
 *
 * <p>The service methods return the test kit's types, so a test reads what a plugin did without
 * casts. Code that looks its context up with {@link PluginContexts#of(Class)} finds this one after
 * {@link #installFor(ClassLoader)}; {@link TestPluginContextExtension} does that for each test.
 * Close the context to drop its database and delete its files. Thread-safe, except that the person
 * signed in is one for all threads.
 *
 * @since 1.0.0
 */
public final class TestPluginContext implements PluginContext, AutoCloseable {

  private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String pluginId;
  private volatile CurrentUser currentUser;
  private final TestClock clock = new TestClock();
  private final TestEntitlements entitlements = new TestEntitlements(this::currentUser);
  private final TestPluginJdbc jdbc;
  private final RecordingSearchIndex search;
  private final RecordingDomainEvents events;
  private final RecordingNotifications notifications;
  private final InMemoryPluginSettings settings;
  private final RecordingAuditLog audit;
  private final TempFolderFileStorage files;
  private final TestOrganisations organisations = new TestOrganisations();
  private final TestPluginRoles roles;
  private final TestPeople people;
  private final TestScheduledJobs jobs;
  private final ThreadLocal<Boolean> inJob = ThreadLocal.withInitial(() -> false);
  private final Charts charts = new ChartImages(HubLook.REMHUB);
  private final Documents documents = new PdfPrinter(HubLook.REMHUB);
  private volatile boolean demoData;
  private volatile String publicBaseUrl = "http://localhost:8080";

  /**
   * Creates a context for a plugin; its database is empty until {@link #migrate()}.
   *
   * @param pluginId the plugin id: a lower-case letter, then lower-case letters, digits and single
   *     dashes
   */
  public TestPluginContext(String pluginId) {
    if (!PLUGIN_ID.matcher(Objects.requireNonNull(pluginId, "pluginId")).matches()) {
      throw new IllegalArgumentException(
          "A plugin id starts with a letter and has lower-case letters, digits and single dashes: "
              + pluginId);
    }
    this.pluginId = pluginId;
    this.jdbc = new TestPluginJdbc(pluginId);
    this.settings = new InMemoryPluginSettings(pluginId);
    this.search = new RecordingSearchIndex(jdbc);
    this.events = new RecordingDomainEvents(jdbc);
    this.audit = new RecordingAuditLog(pluginId, this::currentUser, clock);
    this.files = new TempFolderFileStorage(pluginId);
    this.roles = new TestPluginRoles(pluginId, this::signedIn, this::knows, audit);
    this.people = new TestPeople(roles::rolesOf);
    this.people.onErase(roles::forget);
    this.notifications = new RecordingNotifications(this::knows);
    this.jobs = new TestScheduledJobs(pluginId, this::runInBackground);
  }

  /** The person signed in as the test set them, on any thread. */
  private Optional<CurrentUser> signedIn() {
    return inJob.get() ? Optional.empty() : Optional.ofNullable(currentUser);
  }

  /** Whether the person is in the people registry or signed in. */
  private boolean knows(PersonId person) {
    CurrentUser user = currentUser;
    return people.knows(person) || (user != null && user.personId() == person.value());
  }

  private void runInBackground(Runnable work) {
    boolean outer = inJob.get();
    inJob.set(true);
    try {
      work.run();
    } finally {
      inJob.set(outer);
    }
  }

  @Override
  public String pluginId() {
    return pluginId;
  }

  @Override
  public Optional<CurrentUser> currentUser() {
    return signedIn().map(this::withGrantedRoles);
  }

  /** The person with the plugin roles granted to them among their roles, as the portal has it. */
  private CurrentUser withGrantedRoles(CurrentUser user) {
    if (user.personId() <= 0) {
      return user;
    }
    Set<String> granted = roles.rolesOf(user.person());
    if (granted.isEmpty() || user.roles().containsAll(granted)) {
      return user;
    }
    Set<String> all = new HashSet<>(user.roles());
    all.addAll(granted);
    return new CurrentUser(
        user.personId(),
        user.email(),
        user.displayName(),
        user.organisationId(),
        all,
        user.locale());
  }

  /**
   * Makes a person the one signed in.
   *
   * @param user the person
   * @return this context
   */
  public TestPluginContext signIn(CurrentUser user) {
    currentUser = Objects.requireNonNull(user, "user");
    return this;
  }

  /**
   * Signs the person out: from now on the context answers as for a visitor.
   *
   * @return this context
   */
  public TestPluginContext signOut() {
    currentUser = null;
    return this;
  }

  /**
   * Gives an organisation an entitlement; short for {@code entitlements().grant(...)}.
   *
   * @param organisationId the organisation
   * @param entitlement the entitlement id
   * @return this context
   */
  public TestPluginContext grant(long organisationId, String entitlement) {
    entitlements.grant(organisationId, entitlement);
    return this;
  }

  /**
   * Adds an active person to the people directory; short for {@code people().add(...)}.
   *
   * @param person the person, with their core roles
   * @return this context
   * @since 1.1.0
   */
  public TestPluginContext addPerson(PersonRef person) {
    people.add(person);
    return this;
  }

  /**
   * Declares the plugin's roles, as the portal learns them from its {@link
   * eu.remhub.portal.api.extension.RoleContributor} extensions; short for {@code
   * roles().declare(...)}.
   *
   * @param contributors the plugin's role contributors
   * @return this context
   * @since 1.1.0
   */
  public TestPluginContext declareRoles(
      eu.remhub.portal.api.extension.RoleContributor... contributors) {
    roles.declare(contributors);
    return this;
  }

  /**
   * Declares the plugin's scheduled jobs, as the portal asks its {@link
   * eu.remhub.portal.api.extension.ScheduledJobContributor} extensions; short for {@code
   * jobs().declare(...)}.
   *
   * @param contributors the plugin's job contributors
   * @return this context
   * @since 1.1.0
   */
  public TestPluginContext declareJobs(
      eu.remhub.portal.api.extension.ScheduledJobContributor... contributors) {
    jobs.declare(contributors);
    return this;
  }

  /**
   * Adds an approved organisation to the directory; short for {@code organisations().add(...)}.
   *
   * @param organisation the organisation
   * @return this context
   */
  public TestPluginContext addOrganisation(OrganisationRef organisation) {
    organisations.add(organisation);
    return this;
  }

  /**
   * Declares the plugin's settings, as the portal learns them from its {@link
   * eu.remhub.portal.api.extension.SettingsContributor} extensions; short for {@code
   * settings().declare(...)}.
   *
   * @param contributors the plugin's settings contributors
   * @return this context
   * @since 1.1.0
   */
  public TestPluginContext declareSettings(
      eu.remhub.portal.api.extension.SettingsContributor... contributors) {
    settings.declare(contributors);
    return this;
  }

  /**
   * Sets what {@link #demoData()} answers; {@code false} until set.
   *
   * @param wanted whether the portal runs with demo data
   * @return this context
   */
  public TestPluginContext demoData(boolean wanted) {
    demoData = wanted;
    return this;
  }

  /**
   * Sets what {@link #publicBaseUrl()} answers; {@code http://localhost:8080} until set.
   *
   * @param url the base URL, without a trailing slash
   * @return this context
   */
  public TestPluginContext publicBaseUrl(String url) {
    publicBaseUrl = url;
    return this;
  }

  /**
   * Runs the plugin's migrations from {@code db/migration/<pluginId>} on the class path of the
   * thread's context class loader (in a plugin module's tests: the plugin's own resources).
   *
   * @return the file names of the scripts run by this call
   * @see TestPluginJdbc#migrate(ClassLoader)
   */
  public List<String> migrate() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return jdbc.migrate(loader != null ? loader : TestPluginContext.class.getClassLoader());
  }

  /**
   * Makes {@link PluginContexts#of(Class)} answer this context for classes of a class loader; in a
   * plugin module's own tests that is the test class's loader, for a jar loaded by PF4J the
   * plugin's class loader. Undone by {@link #close()}.
   *
   * @param loader the class loader
   * @return this context
   */
  public TestPluginContext installFor(ClassLoader loader) {
    ContextRegistry.register(Objects.requireNonNull(loader, "loader"), this);
    return this;
  }

  @Override
  public TestEntitlements entitlements() {
    return entitlements;
  }

  @Override
  public RecordingSearchIndex search() {
    return search;
  }

  @Override
  public TestPluginJdbc jdbc() {
    return jdbc;
  }

  @Override
  public RecordingNotifications notifications() {
    return notifications;
  }

  @Override
  public RecordingDomainEvents events() {
    return events;
  }

  @Override
  public InMemoryPluginSettings settings() {
    return settings;
  }

  @Override
  public RecordingAuditLog audit() {
    return audit;
  }

  @Override
  public TempFolderFileStorage files() {
    return files;
  }

  @Override
  public TestOrganisations organisations() {
    return organisations;
  }

  /**
   * {@inheritDoc}
   *
   * @since 1.1.0
   */
  @Override
  public TestPluginRoles roles() {
    return roles;
  }

  /**
   * {@inheritDoc}
   *
   * @since 1.1.0
   */
  @Override
  public TestPeople people() {
    return people;
  }

  /**
   * The plugin's scheduled jobs, to run them now.
   *
   * @return the jobs
   * @since 1.1.0
   */
  public TestScheduledJobs jobs() {
    return jobs;
  }

  @Override
  public boolean demoData() {
    return demoData;
  }

  @Override
  public String publicBaseUrl() {
    return publicBaseUrl;
  }

  @Override
  public TestClock clock() {
    return clock;
  }

  /**
   * Charts drawn exactly as the portal draws them, in REMHub's look.
   *
   * @since 1.1.0
   */
  @Override
  public Charts charts() {
    return charts;
  }

  /**
   * PDF documents printed exactly as the portal prints them, in REMHub's look; read them back in a
   * test with OpenPDF's {@code PdfTextExtractor}.
   *
   * @since 1.1.0
   */
  @Override
  public Documents documents() {
    return documents;
  }

  /**
   * Forgets the class loaders this context was installed for, drops the database, deletes files.
   */
  @Override
  public void close() {
    ContextRegistry.unregister(this);
    try {
      jdbc.shutdown();
    } finally {
      files.deleteAll();
    }
  }
}
