package eu.remhub.portal.plugin;

import static eu.remhub.portal.plugin.CrewPluginJar.EDITOR;
import static eu.remhub.portal.plugin.CrewPluginJar.ID;
import static eu.remhub.portal.plugin.CrewPluginJar.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.plugin.ui.PluginRolesDialog;
import eu.remhub.portal.plugin.ui.PluginsView;
import eu.remhub.portal.security.AccessPolicy;
import eu.remhub.portal.security.CurrentPerson;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plugin roles in the core: staff grant and revoke them in Administration, Plugins; a grant is one
 * of the person's roles at once, so {@code Access.role(...)} admits them; the plugin asks and
 * grants through its context; roles outside the plugin are refused; grants outlive disable and
 * enable and go with an uninstall that purges the plugin's data.
 */
@PortalIntegrationTest
@Tag("database")
class PluginRolesIT extends SpringBrowserlessTest {

  private static final int ACTIONS_COLUMN = 5;

  @Autowired PluginService plugins;
  @Autowired PluginRoleGrants grants;
  @Autowired Accounts accounts;
  @Autowired AuditService audit;
  @Autowired CurrentPerson currentPerson;
  @Autowired AccessPolicy accessPolicy;
  @Autowired MemberRepository members;
  @Autowired JdbcClient jdbc;

  private CurrentUser member;

  @BeforeEach
  void crewIsEnabled() {
    member = accounts.user(Persona.MEMBER);
    accounts.signIn(Persona.STAFF);
    CrewPluginJar.install(plugins);
  }

  @AfterEach
  void removeCrew() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find(ID).isPresent()) {
      plugins.uninstall(ID, true);
    }
  }

  private PluginContext context() {
    return PluginContexts.of(CrewPluginJar.pluginClass(plugins));
  }

  @Test
  void staffGrantTheRoleInThePluginsView_andTheHolderPassesTheRoleRuleAtOnce() {
    openRoles();
    Div section = $(Div.class).id("role-" + TRAINER);
    assertThat(section.getChildren().filter(H3.class::isInstance).map(c -> ((H3) c).getText()))
        .containsExactly("Crew trainer");
    assertThat(textOf(section)).contains("Runs the crew desk and hears about every tally");

    @SuppressWarnings("unchecked")
    ComboBox<Person> picker = $(ComboBox.class).id("grant-person-" + TRAINER);
    picker.setValue(members.findPerson(member.personId()).orElseThrow());
    test($(Button.class).id("grant-" + TRAINER)).click();

    assertThat(grants.has(member.personId(), TRAINER)).isTrue();
    assertThat(textOf($(HorizontalLayout.class).id("holder-" + TRAINER + "-" + member.personId())))
        .contains(member.email());
    assertThat(audit.latest(0, 5))
        .anyMatch(
            e ->
                e.action().equals("role.granted")
                    && e.target().equals("person:" + member.personId())
                    && e.detail().equals(TRAINER));

    // The member signed in before the grant: their next request carries the role.
    TestSupport.signIn(member);
    CurrentUser now = currentPerson.get().orElseThrow();
    assertThat(now.hasRole(TRAINER)).isTrue();
    assertThat(accessPolicy.admits(Access.role(TRAINER), currentPerson.get())).isTrue();
    assertThat(context().roles().currentUserHas(TRAINER)).isTrue();

    accounts.signIn(Persona.STAFF);
    test($(Button.class).id("roles-close")).click();
    openRoles();
    test($(Button.class).id("revoke-" + TRAINER + "-" + member.personId())).click();

    assertThat(grants.has(member.personId(), TRAINER)).isFalse();
    TestSupport.signIn(member);
    assertThat(accessPolicy.admits(Access.role(TRAINER), currentPerson.get())).isFalse();
    assertThat(audit.latest(0, 5)).anyMatch(e -> e.action().equals("role.revoked"));
  }

  @Test
  void grantWithoutAPerson_isRefusedInWords_andNothingChanges() {
    openRoles();

    test($(Button.class).id("grant-" + EDITOR)).click();

    @SuppressWarnings("unchecked")
    ComboBox<Person> picker = $(ComboBox.class).id("grant-person-" + EDITOR);
    assertThat(picker.isInvalid()).isTrue();
    assertThat(picker.getErrorMessage()).isEqualTo("Pick the person to grant the role to.");
    assertThat(grants.holders(EDITOR)).isEmpty();
  }

  @Test
  void aDisabledPerson_cannotBeGranted_andStaffReadWhy() {
    long orgId = accounts.organisation("Test Magnetics", "DE");
    long gone =
        members.insertPerson(
            "gone-" + System.nanoTime() + "@it.example",
            "x",
            "Gone Person",
            orgId,
            java.util.Set.of("MEMBER"),
            "en",
            java.time.Instant.now());
    members.setEnabled(gone, false);
    openRoles();

    @SuppressWarnings("unchecked")
    ComboBox<Person> picker = $(ComboBox.class).id("grant-person-" + TRAINER);
    picker.setValue(members.findPerson(gone).orElseThrow());
    test($(Button.class).id("grant-" + TRAINER)).click();

    assertThat(test($(Notification.class).id("roles-refused")).getText())
        .contains("no active person " + gone);
    assertThat(grants.holders(TRAINER)).doesNotContain(gone);
  }

  @Test
  void thePluginGrantsThroughItsContext_andRolesOutsideItAreRefused() {
    PluginContext context = context();
    PersonId person = PersonId.of(member.personId());

    context.roles().grant(person, EDITOR);

    assertThat(context.roles().has(person, EDITOR)).isTrue();
    assertThat(context.roles().holders(EDITOR)).containsExactly(person);
    assertThat(context.people().find(person).orElseThrow().roles()).contains(EDITOR, "MEMBER");
    assertThatThrownBy(() -> context.roles().grant(person, "training.trainer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may only use roles named crew.<word>");
    assertThatThrownBy(() -> context.roles().grant(person, "crew.owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "does not define the role crew.owner; it defines crew.trainer, crew.editor");
    assertThatThrownBy(() -> context.roles().grant(PersonId.of(987654321L), EDITOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no active person 987654321");
    assertThat(count("crew.owner") + count("training.trainer")).isZero();
  }

  @Test
  void grantsOutliveDisableAndEnable_andGoWithAnUninstallThatPurges() {
    grants.grant(ID, plugins.declaredRoles(ID), TRAINER, member.personId(), "staff@it.example");

    plugins.disable(ID, false);
    assertThat(grants.has(member.personId(), TRAINER)).isTrue();
    assertThat(plugins.enable(ID)).isTrue();
    assertThat(context().roles().has(PersonId.of(member.personId()), TRAINER)).isTrue();

    plugins.uninstall(ID, false);
    assertThat(count(TRAINER)).as("kept when the data is kept").isOne();
    CrewPluginJar.install(plugins);
    plugins.uninstall(ID, true);

    assertThat(count(TRAINER)).isZero();
    TestSupport.signIn(member);
    assertThat(currentPerson.get().orElseThrow().hasRole(TRAINER)).isFalse();
  }

  private int count(String role) {
    return jdbc.sql("SELECT COUNT(*) FROM plugin_role_grant WHERE role_name = ?")
        .param(role)
        .query(Integer.class)
        .single();
  }

  private static String textOf(Component c) {
    return c.getElement().getTextRecursively();
  }

  /** Clicks the plugin's roles button in the plugins grid, as staff do. */
  private void openRoles() {
    navigate(PluginsView.class);
    @SuppressWarnings("unchecked")
    Grid<PluginInfo> grid = $(Grid.class).id("plugins-grid");
    var rows = test(grid);
    int row =
        IntStream.range(0, rows.size())
            .filter(i -> rows.getRow(i).id().equals(ID))
            .findFirst()
            .orElseThrow();
    Component actions = rows.getCellComponent(row, ACTIONS_COLUMN);
    Button open =
        actions
            .getChildren()
            .filter(c -> c.getId().orElse("").equals("roles-" + ID))
            .map(Button.class::cast)
            .findFirst()
            .orElseThrow();
    test(open).click();
    assertThat($(PluginRolesDialog.class).first().isOpened()).isTrue();
  }
}
