package eu.remhub.portal.plugin;

import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real plugin jar that uses contract 1.1's roles, people, scheduled jobs and notifications: it
 * defines the roles {@code crew.trainer} and {@code crew.editor}, a desk page for trainers, a job
 * {@code tally} that counts its runs in its own table and tells every trainer, and a job {@code
 * broken} that always throws.
 */
final class CrewPluginJar {

  static final String ID = "crew";
  static final String TRAINER = "crew.trainer";
  static final String EDITOR = "crew.editor";
  static final String BROKEN_MESSAGE = "the crew roster is unreachable";

  private CrewPluginJar() {}

  /** Uploads and enables the plugin, unless it is installed already. */
  static void install(PluginService plugins) {
    if (plugins.find(ID).isEmpty()) {
      try (InputStream in = Files.newInputStream(build())) {
        plugins.upload("crew-1.0.0.jar", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!plugins.enable(ID)) {
      throw new IllegalStateException(plugins.find(ID).orElseThrow().lastError());
    }
  }

  /** The plugin's class loader, to find its context. */
  static Class<?> pluginClass(PluginService plugins) {
    try {
      return plugins.pluginClassLoaders().get(ID).loadClass("com.example.crew.CrewPlugin");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path build() {
    String pkg = "com.example.crew";
    try {
      Path folder = Files.createDirectories(Path.of("target", "test-plugins", "crew"));
      return PluginJarBuilder.plugin(ID, "1.0.0")
          .requires(">=1.1.0 & <2.0.0")
          .pluginClass(pkg + ".CrewPlugin")
          .description("Roles, jobs and notifications")
          .source(
              pkg + ".CrewPlugin",
              """
              package com.example.crew;
              import eu.remhub.portal.api.*;
              public class CrewPlugin extends PortalPlugin {
                public CrewPlugin(PluginContext context) { super(context); }
              }
              """)
          .source(
              pkg + ".CrewRoles",
              """
              package com.example.crew;
              import eu.remhub.portal.api.extension.*;
              import java.util.List;
              import org.pf4j.Extension;
              @Extension
              public class CrewRoles implements RoleContributor {
                public List<RoleDefinition> roles() {
                  return List.of(
                      new RoleDefinition("crew.trainer", "crew.role.trainer", "crew.role.trainer.help"),
                      new RoleDefinition("crew.editor", "crew.role.editor", ""));
                }
              }
              """)
          .source(
              pkg + ".CrewDesk",
              """
              package com.example.crew;
              import com.vaadin.flow.component.html.Div;
              import jakarta.annotation.security.RolesAllowed;
              @RolesAllowed("crew.trainer")
              public class CrewDesk extends Div {
                public CrewDesk() { setId("crew-desk"); setText("Trainers only"); }
              }
              """)
          .source(
              pkg + ".CrewRoutes",
              """
              package com.example.crew;
              import eu.remhub.portal.api.Access;
              import eu.remhub.portal.api.extension.*;
              import java.util.List;
              import org.pf4j.Extension;
              @Extension
              public class CrewRoutes implements RouteContributor {
                public String id() { return "crew-routes"; }
                public List<RouteContribution> routes() {
                  return List.of(new RouteContribution("crew/desk", CrewDesk.class,
                      Access.role("crew.trainer"), new MenuEntry("crew.menu", "vaadin:group", 700)));
                }
              }
              """)
          .source(
              pkg + ".CrewJobs",
              """
              package com.example.crew;
              import eu.remhub.portal.api.*;
              import eu.remhub.portal.api.extension.*;
              import eu.remhub.portal.api.service.Notification;
              import java.time.Duration;
              import java.util.List;
              import org.pf4j.Extension;
              @Extension
              public class CrewJobs implements ScheduledJobContributor {
                private final PluginContext context;
                public CrewJobs(PluginContext context) { this.context = context; }
                public List<ScheduledJob> jobs() {
                  return List.of(
                      new ScheduledJob("tally", Duration.ofHours(1), () -> {
                        context.jdbc().insert("INSERT INTO crew_tally (note) VALUES (?)",
                            context.currentUser().isPresent() ? "with a person" : "in the background");
                        for (PersonId trainer : context.roles().holders("crew.trainer")) {
                          context.notifications().notify(trainer,
                              Notification.of("Tally done", "The crew was counted.").linkTo("crew/desk"));
                        }
                      }),
                      new ScheduledJob("broken", Duration.ofMinutes(5), () -> {
                        throw new IllegalStateException("the crew roster is unreachable");
                      }));
                }
              }
              """)
          .resource(
              "db/migration/crew/V1__tally.sql",
              "CREATE TABLE crew_tally (id BIGINT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(40) NOT NULL);")
          .resource(
              "i18n/crew.properties",
              "crew.menu=Crew desk\n"
                  + "crew.role.trainer=Crew trainer\n"
                  + "crew.role.trainer.help=Runs the crew desk and hears about every tally\n"
                  + "crew.role.editor=Crew editor\n")
          .resource(
              "i18n/crew_it.properties",
              "crew.menu=Banco della squadra\n"
                  + "crew.role.trainer=Formatore della squadra\n"
                  + "crew.role.trainer.help=Gestisce il banco e riceve ogni conteggio\n"
                  + "crew.role.editor=Redattore della squadra\n")
          .build(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
