package eu.remhub.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.extension.RoleDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar loaded by {@link TestPluginManager} brings its roles and scheduled jobs: the roles from its
 * {@code RoleContributor} extensions, the jobs from its {@code ScheduledJobContributor} extensions
 * while it is started.
 */
class LoadedPluginRolesAndJobsTest {

  private static final String ROLES =
      """
      package com.example.courses;

      import eu.remhub.portal.api.extension.RoleContributor;
      import eu.remhub.portal.api.extension.RoleDefinition;
      import java.util.List;
      import org.pf4j.Extension;

      @Extension
      public class CourseRoles implements RoleContributor {
        @Override
        public List<RoleDefinition> roles() {
          return List.of(new RoleDefinition("courses.trainer", "role.trainer", "role.trainer.help"));
        }
      }
      """;

  private static final String PLUGIN =
      """
      package com.example.courses;

      import eu.remhub.portal.api.PluginContext;
      import eu.remhub.portal.api.PortalPlugin;

      public class CoursesPlugin extends PortalPlugin {
        public CoursesPlugin(PluginContext context) {
          super(context);
        }
      }
      """;

  private static final String JOBS =
      """
      package com.example.courses;

      import eu.remhub.portal.api.PluginContext;
      import eu.remhub.portal.api.PersonId;
      import eu.remhub.portal.api.extension.ScheduledJob;
      import eu.remhub.portal.api.extension.ScheduledJobContributor;
      import eu.remhub.portal.api.service.Notification;
      import java.time.Duration;
      import java.util.List;
      import org.pf4j.Extension;

      @Extension
      public class CourseJobs implements ScheduledJobContributor {
        private final PluginContext context;

        public CourseJobs(PluginContext context) {
          this.context = context;
        }

        @Override
        public List<ScheduledJob> jobs() {
          return List.of(new ScheduledJob("trainer-digest", Duration.ofHours(1), () -> {
            for (PersonId trainer : context.roles().holders("courses.trainer")) {
              context.notifications().notify(trainer, Notification.of("Digest", "No news"));
            }
          }));
        }
      }
      """;

  @TempDir Path plugins;

  @Test
  void loadedPlugin_declaresItsRoles_andItsJobsRunWhileItIsStarted() throws IOException {
    PluginJarBuilder.plugin("courses", "1.0.0")
        .requires(">=1.1.0")
        .pluginClass("com.example.courses.CoursesPlugin")
        .source("com.example.courses.CoursesPlugin", PLUGIN)
        .source("com.example.courses.CourseRoles", ROLES)
        .source("com.example.courses.CourseJobs", JOBS)
        .build(plugins);
    try (TestPluginManager manager = new TestPluginManager(plugins)) {
      manager.loadPlugins();
      manager.startPlugins();
      TestPluginContext context = manager.context("courses");
      context.people().add(4, "Dana", "dana@example.eu", 7, Locale.ENGLISH, Roles.MEMBER);

      assertThat(manager.declaredRoles("courses"))
          .extracting(RoleDefinition::name)
          .containsExactly("courses.trainer");
      assertThatThrownBy(() -> context.roles().grant(PersonId.of(4), "courses.owner"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not define the role courses.owner");

      context.roles().grant(PersonId.of(4), "courses.trainer");

      assertThat(manager.runJobs("courses")).containsExactly("trainer-digest");
      assertThat(context.notifications().notificationsOf(PersonId.of(4))).hasSize(1);

      manager.stopPlugin("courses");

      assertThat(context.jobs().list()).isEmpty();
      assertThat(manager.runJobs("courses")).isEmpty();
      assertThat(context.roles().has(PersonId.of(4), "courses.trainer"))
          .as("grants outlive a stop")
          .isTrue();
    }
  }
}
