package eu.remhub.portal.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.plugin.PluginRoleGrants;
import java.util.List;

/**
 * Staff grant and revoke the roles of one plugin here: each role with its title and what it allows,
 * in the staff member's language, the people who hold it, and a person picker to grant it. A
 * refused grant (a person who is not active) is told in words and changes nothing.
 */
public class PluginRolesDialog extends Dialog {

  private final transient PluginRoleGrants grants;
  private final transient MemberRepository members;
  private final String pluginId;
  private final transient List<RoleDefinition> roles;
  private final Div content = new Div();

  /**
   * A dialog for one plugin.
   *
   * @param grants the role grants
   * @param members the people, to pick and to name
   * @param pluginId the plugin
   * @param pluginName the plugin's name, for the title
   * @param roles the roles the plugin declares
   */
  public PluginRolesDialog(
      PluginRoleGrants grants,
      MemberRepository members,
      String pluginId,
      String pluginName,
      List<RoleDefinition> roles) {
    this.grants = grants;
    this.members = members;
    this.pluginId = pluginId;
    this.roles = List.copyOf(roles);
    setId("plugin-roles");
    setHeaderTitle(getTranslation("plugins.roles.title", pluginName));
    setWidth("min(44rem, 95vw)");
    add(content);
    refresh();
    Button close = new Button(getTranslation("common.close"), e -> close());
    close.setId("roles-close");
    getFooter().add(close);
  }

  private void refresh() {
    content.removeAll();
    if (roles.isEmpty()) {
      content.add(new Paragraph(getTranslation("plugins.roles.none")));
    }
    roles.forEach(role -> content.add(section(role)));
  }

  private Component section(RoleDefinition role) {
    Div section = new Div();
    section.setId("role-" + role.name());
    H3 title = new H3(getTranslation(role.titleKey()));
    Span name = new Span(role.name());
    name.addClassName("remhub-hint");
    section.add(title, name);
    if (!role.descriptionKey().isEmpty()) {
      section.add(new Paragraph(getTranslation(role.descriptionKey())));
    }
    List<Long> holders = grants.holders(role.name());
    if (holders.isEmpty()) {
      Paragraph nobody = new Paragraph(getTranslation("plugins.roles.nobody"));
      nobody.addClassName("remhub-hint");
      section.add(nobody);
    }
    for (long personId : holders) {
      String who =
          members
              .findPerson(personId)
              .map(p -> p.displayName() + " · " + p.email())
              .orElse("#" + personId);
      Button revoke =
          new Button(
              getTranslation("plugins.roles.revoke"),
              e -> act(() -> grants.revoke(pluginId, roles, role.name(), personId, actor())));
      revoke.setId("revoke-" + role.name() + "-" + personId);
      revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      HorizontalLayout line = new HorizontalLayout(new Span(who), revoke);
      line.setAlignItems(HorizontalLayout.Alignment.CENTER);
      line.setId("holder-" + role.name() + "-" + personId);
      section.add(line);
    }
    ComboBox<Person> person = new ComboBox<>(getTranslation("plugins.roles.person"));
    person.setId("grant-person-" + role.name());
    person.setItems(
        query ->
            members
                .search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
    person.setItemLabelGenerator(p -> p.displayName() + " · " + p.email());
    person.setWidth("22rem");
    Button grant =
        new Button(
            getTranslation("plugins.roles.grant"),
            e -> {
              Person chosen = person.getValue();
              if (chosen == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("plugins.roles.pick"));
                return;
              }
              act(() -> grants.grant(pluginId, roles, role.name(), chosen.id(), actor()));
            });
    grant.setId("grant-" + role.name());
    grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(person, grant);
    form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    section.add(form);
    return section;
  }

  private static String actor() {
    return AuditService.currentActor();
  }

  private void act(Runnable change) {
    try {
      change.run();
      refresh();
    } catch (IllegalArgumentException e) {
      Notification n = Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_START);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
      n.setId("roles-refused");
    }
  }
}
