package eu.remhub.plugin.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.extension.EntitlementDefinition;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.testkit.TestClock;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's code against the testkit's context: its own H2 database, migrated as the portal
 * does.
 */
class HelloWorldPluginTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("hello-world").migrated();

  private TestPluginContext context;
  private GreetingStore store;

  @BeforeEach
  void setUp() {
    context = plugin.context();
    context.search().declareTypes(new HelloSearch(context).types());
    // What the portal learns from the plugin's SettingsContributor; HelloWorldPluginIT shows the
    // packaged jar declaring it by itself.
    context.declareSettings(new HelloSettings());
    store = new GreetingStore(context);
  }

  @Test
  void add_storesTheTrimmedGreeting_andListsTheNewestFirst() {
    store.add(People.WRITER, "  Hello from Celje  ");
    context.clock().advance(Duration.ofMinutes(5));
    store.add(People.READER, "Greetings from Dresden");

    assertThat(store.latest(10))
        .extracting(Greeting::message)
        .containsExactly("Greetings from Dresden", "Hello from Celje");
    assertThat(store.latest(1))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.author()).isEqualTo("Jonas Richter");
              assertThat(g.person()).isEqualTo(PersonId.of(202));
              assertThat(g.createdAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(5)));
            });
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void add_refusesBlankAndOverlongGreetings_andStoresNothing() {
    assertThatThrownBy(() -> store.add(People.WRITER, "   "))
        .isInstanceOfSatisfying(
            InvalidGreetingException.class,
            e -> assertThat(e.key()).isEqualTo("hello-world.error.blank"));
    assertThatThrownBy(() -> store.add(People.WRITER, "x".repeat(GreetingStore.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(
            InvalidGreetingException.class,
            e -> {
              assertThat(e.key()).isEqualTo("hello-world.error.long");
              assertThat(e.arguments())
                  .containsExactly(GreetingStore.MAX_LENGTH, GreetingStore.MAX_LENGTH + 1);
            });

    assertThat(store.count()).isZero();
    assertThat(context.search().published()).isEmpty();
  }

  @Test
  void add_publishesTheGreetingForMembers_andARebuildHandsOverTheSameDocuments() {
    Greeting greeting = store.add(People.WRITER, "Hello from Celje");

    assertThat(context.search().document(GreetingStore.DOCUMENT_TYPE, Long.toString(greeting.id())))
        .hasValueSatisfying(
            d -> {
              assertThat(d.visibility()).isEqualTo(Visibility.members());
              assertThat(d.url()).isEqualTo("/hello-world");
              assertThat(d.title()).isEqualTo("Greeting from Mojca Novak");
              assertThat(d.body()).isEqualTo("Hello from Celje");
            });
    List<SearchDocument> rebuilt = new ArrayList<>();
    new HelloSearch(context).allDocuments(rebuilt::add);
    assertThat(rebuilt).containsExactlyElementsOf(context.search().documents());
  }

  @Test
  void pageSize_isTheDeclaredDefault_untilStaffStoreAnotherValue() {
    assertThat(HelloSettings.pageSize(context.settings()))
        .isEqualTo(HelloSettings.DEFAULT_PAGE_SIZE)
        .isEqualTo(50);

    context.settings().put(HelloSettings.PAGE_SIZE, " 3 ");

    assertThat(HelloSettings.pageSize(context.settings())).isEqualTo(3);
    assertThat(context.settings().get(HelloSettings.PAGE_SIZE)).contains("3");
  }

  @Test
  void pageSize_outsideTheBoundsOrNoNumber_isRefusedWithTheReason_andTheStoredValueStays() {
    context.settings().put(HelloSettings.PAGE_SIZE, "20");

    assertThatThrownBy(() -> context.settings().put(HelloSettings.PAGE_SIZE, "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hello-world.settings.page-size (page-size): at least 1, not 0");
    assertThatThrownBy(() -> context.settings().put(HelloSettings.PAGE_SIZE, "201"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hello-world.settings.page-size (page-size): at most 200, not 201");
    assertThatThrownBy(() -> context.settings().put(HelloSettings.PAGE_SIZE, "many"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hello-world.settings.page-size (page-size): 'many' is not a whole number");

    assertThat(HelloSettings.pageSize(context.settings())).isEqualTo(20);
  }

  @Test
  void entitlements_offerSigningTheGuestbook() {
    assertThat(new HelloEntitlements().entitlements())
        .extracting(EntitlementDefinition::id)
        .containsExactly(HelloEntitlements.SIGN);
  }

  @Test
  void migrations_createTheGreetingTable_underThePluginsPrefix() {
    assertThat(context.jdbc().tablePrefix()).isEqualTo("hello_world_");
    assertThat(context.jdbc().appliedMigrations()).hasSize(1);
    assertThatThrownBy(() -> context.jdbc().update("DELETE FROM member"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
