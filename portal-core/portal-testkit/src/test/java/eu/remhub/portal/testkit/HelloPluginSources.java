package eu.remhub.portal.testkit;

/** Source text of a small plugin, "hello", compiled into jars by the tests. */
final class HelloPluginSources {

  static final String PLUGIN_CLASS = "com.example.hello.HelloPlugin";
  static final String ROUTES_CLASS = "com.example.hello.HelloRoutes";
  static final String VIEW_CLASS = "com.example.hello.HelloView";

  static final String PLUGIN =
      """
      package com.example.hello;

      import eu.remhub.portal.api.PluginContext;
      import eu.remhub.portal.api.PortalPlugin;

      public class HelloPlugin extends PortalPlugin {
        public HelloPlugin(PluginContext context) {
          super(context);
        }

        @Override
        public void start() {
          int greetings = context().jdbc()
              .queryOne("SELECT COUNT(*) FROM hello_greeting", row -> row.getInt(1))
              .orElseThrow();
          context().settings().put("greetings-at-start", Integer.toString(greetings));
        }
      }
      """;

  static final String ROUTES =
      """
      package com.example.hello;

      import eu.remhub.portal.api.Access;
      import eu.remhub.portal.api.PluginContext;
      import eu.remhub.portal.api.extension.MenuEntry;
      import eu.remhub.portal.api.extension.RouteContribution;
      import eu.remhub.portal.api.extension.RouteContributor;
      import java.util.List;
      import org.pf4j.Extension;

      @Extension
      public class HelloRoutes implements RouteContributor {
        private final String pluginId;

        public HelloRoutes() {
          this.pluginId = "";
        }

        public HelloRoutes(PluginContext context) {
          this.pluginId = context.pluginId();
        }

        @Override
        public String id() {
          return pluginId.isEmpty() ? "hello-routes" : "routes-with-context-of-" + pluginId;
        }

        @Override
        public List<RouteContribution> routes() {
          MenuEntry menu = new MenuEntry("hello.menu", "vaadin:smiley-o", 500);
          return List.of(new RouteContribution("hello", HelloView.class, Access.anonymous(), menu));
        }
      }
      """;

  static final String VIEW =
      """
      package com.example.hello;

      import com.vaadin.flow.component.html.Span;
      import com.vaadin.flow.component.orderedlayout.VerticalLayout;
      import com.vaadin.flow.server.auth.AnonymousAllowed;
      import eu.remhub.portal.api.PluginContexts;

      @AnonymousAllowed
      public class HelloView extends VerticalLayout {
        public HelloView() {
          add(new Span("Hello from " + PluginContexts.of(getClass()).pluginId()));
        }
      }
      """;

  static final String MIGRATION =
      """
      -- The plugin's one table.
      CREATE TABLE hello_greeting (
        id BIGINT AUTO_INCREMENT PRIMARY KEY,
        text VARCHAR(200) NOT NULL
      );
      INSERT INTO hello_greeting (text) VALUES ('Hello; world');
      """;

  private HelloPluginSources() {}

  /** A builder for the whole hello plugin, version 1.0.0, for contract 1.x. */
  static PluginJarBuilder helloPlugin() {
    return PluginJarBuilder.plugin("hello", "1.0.0")
        .requires(">=1.0.0 & <2.0.0")
        .pluginClass(PLUGIN_CLASS)
        .provider("REMHub")
        .description("Says hello")
        .license("Apache-2.0")
        .source(PLUGIN_CLASS, PLUGIN)
        .source(ROUTES_CLASS, ROUTES)
        .source(VIEW_CLASS, VIEW)
        .resource("db/migration/hello/V1__create_greeting.sql", MIGRATION)
        .resource("i18n/hello.properties", "hello.menu=Hello\n");
  }
}
