package eu.remhub.portal.plugin;

import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real plugin jars for the runtime tests, compiled from source into a temporary folder: PF4J loads
 * them exactly as it loads a plugin that staff upload.
 */
public final class TestPlugins {

  private static final Path DIR = dir();

  private TestPlugins() {}

  /** A plugin with a view, a menu entry, an entitlement and two migrations. */
  public static Path hello(String version, String greeting) {
    String pkg = "com.example.hello";
    return build(
        PluginJarBuilder.plugin("hello", version)
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass(pkg + ".HelloPlugin")
            .provider("Example Labs")
            .description("Says hello")
            .license("Apache-2.0")
            .source(
                pkg + ".HelloPlugin",
                """
                package com.example.hello;
                import eu.remhub.portal.api.*;
                public class HelloPlugin extends PortalPlugin {
                  public HelloPlugin(PluginContext context) { super(context); }
                  @Override public void start() { context().settings().put("started", "yes"); }
                }
                """)
            .source(
                pkg + ".HelloView",
                """
                package com.example.hello;
                import com.vaadin.flow.component.html.Div;
                import jakarta.annotation.security.PermitAll;
                import eu.remhub.portal.api.PluginContexts;
                @PermitAll
                public class HelloView extends Div {
                  public HelloView() {
                    setId("hello-text");
                    var ctx = PluginContexts.of(HelloView.class);
                    String count = ctx.jdbc().queryOne("SELECT COUNT(*) FROM hello_greeting", r -> r.getString(1), new Object[0]).orElse("0");
                    setText("%s (%s greetings)".formatted(getTranslation("hello.greeting"), count));
                  }
                }
                """)
            .source(
                pkg + ".HelloRoutes",
                """
                package com.example.hello;
                import eu.remhub.portal.api.Access;
                import eu.remhub.portal.api.extension.*;
                import java.util.List;
                import org.pf4j.Extension;
                @Extension
                public class HelloRoutes implements RouteContributor {
                  public String id() { return "hello-routes"; }
                  public List<RouteContribution> routes() {
                    return List.of(new RouteContribution("hello", HelloView.class, Access.authenticated(),
                        new MenuEntry("hello.menu", "vaadin:smiley-o", 500)));
                  }
                }
                """)
            .source(
                pkg + ".HelloEntitlements",
                """
                package com.example.hello;
                import eu.remhub.portal.api.extension.*;
                import java.util.List;
                import org.pf4j.Extension;
                @Extension
                public class HelloEntitlements implements EntitlementContributor {
                  public String id() { return "hello-entitlements"; }
                  public List<EntitlementDefinition> entitlements() {
                    return List.of(new EntitlementDefinition("hello.greet", "Greet", "May greet"));
                  }
                }
                """)
            .source(
                pkg + ".HelloApi",
                """
                package com.example.hello;
                import eu.remhub.portal.api.*;
                import eu.remhub.portal.api.extension.ApiContributor;
                import eu.remhub.portal.api.web.*;
                import java.util.List;
                import org.pf4j.Extension;
                @Extension
                public class HelloApi implements ApiContributor {
                  private final PluginContext context;
                  public HelloApi(PluginContext context) { this.context = context; }
                  public String id() { return "hello-api"; }
                  public List<ApiEndpoint> endpoints() {
                    return List.of(
                        new ApiEndpoint("GET", "hello/greetings", Access.anonymous(), r -> ApiResponse.ok(
                            "{\\"count\\":" + context.jdbc().queryOne("SELECT COUNT(*) FROM hello_greeting", x -> x.getLong(1), new Object[0]).orElse(0L) + "}")),
                        new ApiEndpoint("POST", "hello/greetings", Access.entitlement("hello.greet"), r -> {
                          if (r.bodyText().isBlank()) throw new ApiException(400, "Send the greeting text as the body.");
                          long id = context.jdbc().insert("INSERT INTO hello_greeting (text) VALUES (?)", r.bodyText());
                          return ApiResponse.json(201, "{\\"id\\":" + id + ",\\"organisation\\":" + r.caller().organisation().orElse(0) + "}");
                        }),
                        new ApiEndpoint("GET", "hello/greetings/{id}", Access.authenticated(), r -> ApiResponse.ok(
                            "{\\"id\\":\\"" + r.pathVariable("id") + "\\"}")),
                        new ApiEndpoint("GET", "hello/fail", Access.anonymous(), r -> { throw new IllegalStateException("secret internals"); }));
                  }
                }
                """)
            .resource(
                "db/migration/hello/V1__greeting.sql",
                "CREATE TABLE hello_greeting (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(100) NOT NULL);")
            .resource(
                "db/migration/hello/V2__first_greeting.sql",
                "INSERT INTO hello_greeting (text) VALUES ('Hello, magnets');")
            .resource(
                "i18n/hello.properties",
                "hello.menu=Hello plugin\nhello.greeting=" + greeting + "\n")
            .resource(
                "i18n/hello_it.properties", "hello.menu=Plugin di saluto\nhello.greeting=Ciao\n"),
        "hello-" + version + ".jar");
  }

  /** A plugin that needs hello. */
  public static Path greeter() {
    String pkg = "com.example.greeter";
    return build(
        PluginJarBuilder.plugin("greeter", "1.0.0")
            .requires(">=1.0.0 & <2.0.0")
            .dependencies("hello@>=1.0.0")
            .pluginClass(pkg + ".GreeterPlugin")
            .source(
                pkg + ".GreeterPlugin",
                """
                package com.example.greeter;
                import eu.remhub.portal.api.*;
                public class GreeterPlugin extends PortalPlugin {
                  public GreeterPlugin(PluginContext context) { super(context); }
                }
                """),
        "greeter-1.0.0.jar");
  }

  /** A plugin whose start throws. */
  public static Path boom() {
    String pkg = "com.example.boom";
    return build(
        PluginJarBuilder.plugin("boom", "1.0.0")
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass(pkg + ".BoomPlugin")
            .source(
                pkg + ".BoomPlugin",
                """
                package com.example.boom;
                import eu.remhub.portal.api.*;
                public class BoomPlugin extends PortalPlugin {
                  public BoomPlugin(PluginContext context) { super(context); }
                  @Override public void start() { throw new IllegalStateException("boom: no reactor configured"); }
                }
                """),
        "boom-1.0.0.jar");
  }

  /**
   * A plugin whose extensions throw in every kind of call the core makes: its stop, entitlements,
   * dashboard widgets, search types, event listener and personal-data export throw, and its API
   * contributor cannot even be created.
   */
  public static Path thrower() {
    String pkg = "com.example.thrower";
    return build(
        PluginJarBuilder.plugin("thrower", "1.0.0")
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass(pkg + ".ThrowerPlugin")
            .source(
                pkg + ".ThrowerPlugin",
                """
                package com.example.thrower;
                import eu.remhub.portal.api.*;
                public class ThrowerPlugin extends PortalPlugin {
                  public ThrowerPlugin(PluginContext context) { super(context); }
                  @Override public void stop() { throw new IllegalStateException("thrower cannot stop"); }
                }
                """)
            .source(
                pkg + ".ThrowerExtensions",
                """
                package com.example.thrower;
                import eu.remhub.portal.api.event.DomainEvent;
                import eu.remhub.portal.api.extension.*;
                import java.util.*;
                import org.pf4j.Extension;
                public class ThrowerExtensions {
                  @Extension public static class Entitlements implements EntitlementContributor {
                    public String id() { return "thrower-entitlements"; }
                    public List<EntitlementDefinition> entitlements() { throw new IllegalStateException("no entitlements today"); }
                  }
                  @Extension public static class Widgets implements DashboardWidgetContributor {
                    public String id() { return "thrower-widgets"; }
                    public List<DashboardWidget> widgets() { throw new IllegalStateException("no widgets today"); }
                  }
                  @Extension public static class Search implements SearchDocumentContributor {
                    public String id() { return "thrower-search"; }
                    public List<String> types() { throw new IllegalStateException("no types today"); }
                    public void allDocuments(java.util.function.Consumer<eu.remhub.portal.api.service.SearchDocument> sink) {
                      throw new IllegalStateException("no documents today");
                    }
                  }
                  @Extension public static class Events implements DomainEventListener {
                    public String id() { return "thrower-events"; }
                    public void onEvent(DomainEvent event) { throw new IllegalStateException("deaf to " + event.getClass().getSimpleName()); }
                  }
                  @Extension public static class Data implements PersonalDataContributor {
                    public String id() { return "thrower-data"; }
                    public Map<String, Object> export(long personId) { throw new IllegalStateException("no export today"); }
                    public void erase(long personId) { throw new IllegalStateException("no erasure today"); }
                  }
                  @Extension public static class Api implements ApiContributor {
                    public Api() { throw new IllegalStateException("api not wired"); }
                    public String id() { return "thrower-api"; }
                    public List<eu.remhub.portal.api.web.ApiEndpoint> endpoints() { return List.of(); }
                  }
                }
                """),
        "thrower-1.0.0.jar");
  }

  /** A plugin whose route contributor throws, so that it cannot be enabled. */
  public static Path badRoutes() {
    String pkg = "com.example.badroutes";
    return build(
        PluginJarBuilder.plugin("badroutes", "1.0.0")
            .requires(">=1.0.0 & <2.0.0")
            .pluginClass(pkg + ".BadRoutesPlugin")
            .source(
                pkg + ".BadRoutesPlugin",
                """
                package com.example.badroutes;
                import eu.remhub.portal.api.*;
                public class BadRoutesPlugin extends PortalPlugin {
                  public BadRoutesPlugin(PluginContext context) { super(context); }
                }
                """)
            .source(
                pkg + ".BadRoutes",
                """
                package com.example.badroutes;
                import eu.remhub.portal.api.extension.*;
                import java.util.List;
                import org.pf4j.Extension;
                @Extension
                public class BadRoutes implements RouteContributor {
                  public String id() { return "bad-routes"; }
                  public List<RouteContribution> routes() { throw new IllegalStateException("no routes today"); }
                }
                """),
        "badroutes-1.0.0.jar");
  }

  /** A plugin built for a future contract. */
  public static Path fromTheFuture() {
    return build(
        PluginJarBuilder.plugin("future", "3.0.0")
            .requires(">=2.0.0 & <3.0.0")
            .pluginClass("com.example.future.FuturePlugin")
            .source(
                "com.example.future.FuturePlugin",
                """
                package com.example.future;
                public class FuturePlugin extends org.pf4j.Plugin {}
                """),
        "future-3.0.0.jar");
  }

  /** A jar with classes but no plugin descriptor. */
  public static Path withoutDescriptor() {
    return build(
        PluginJarBuilder.plugin("nodesc", "1.0.0")
            .pluginClass("com.example.nodesc.P")
            .source("com.example.nodesc.P", "package com.example.nodesc; public class P {}")
            .withoutDescriptor(),
        "nodesc.jar");
  }

  /** Random bytes named .jar. */
  public static Path corrupt() {
    try {
      return PluginJarBuilder.corruptJar(DIR, "corrupt.jar");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path build(PluginJarBuilder builder, String name) {
    try {
      Path folder = Files.createDirectories(DIR.resolve(name.replace(".jar", "")));
      return builder.build(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dir() {
    try {
      return Files.createDirectories(Path.of("target", "test-plugins"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
