package eu.remhub.portal.plugin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.plugin.DependentsEnabledException;
import eu.remhub.portal.plugin.PluginInfo;
import eu.remhub.portal.plugin.PluginJobs;
import eu.remhub.portal.plugin.PluginRefusedException;
import eu.remhub.portal.plugin.PluginRoleGrants;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.plugin.PluginSettingsService;
import eu.remhub.portal.plugin.PluginStatus;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/**
 * Staff manage plugins here: every installed plugin with its state and details, and the actions
 * enable, disable, upload, update and uninstall. Every action is audited by the service.
 */
@Menu(title = "nav.plugins", order = 900, icon = "vaadin:puzzle-piece")
@Route(value = "admin/plugins", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class PluginsView extends Div implements HasDynamicTitle {

  private final transient PluginService plugins;
  private final transient PluginSettingsService settings;
  private final transient PluginRoleGrants roleGrants;
  private final transient MemberRepository members;
  private final transient PluginJobs jobs;
  private final Grid<PluginInfo> grid = new Grid<>();
  private transient Runnable unsubscribe;

  public PluginsView(
      PluginService plugins,
      PluginSettingsService settings,
      PluginRoleGrants roleGrants,
      MemberRepository members,
      PluginJobs jobs) {
    this.plugins = plugins;
    this.settings = settings;
    this.roleGrants = roleGrants;
    this.members = members;
    this.jobs = jobs;
    addClassName("remhub-page");
    add(new H1(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")));
    add(uploadArea());
    configureGrid();
    add(grid);
    refresh();
  }

  private Component uploadArea() {
    Upload upload = new Upload();
    upload.setId("plugin-upload");
    upload.setAcceptedFileTypes(".jar", "application/java-archive");
    upload.setMaxFiles(1);
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (meta, bytes) -> {
              UI ui = UI.getCurrent();
              run(
                  ui,
                  () -> {
                    PluginInfo info =
                        plugins.upload(meta.fileName(), new ByteArrayInputStream(bytes));
                    notify(
                        ui,
                        getTranslation(
                            "plugins.uploaded", info.id(), info.version(), info.sha256()),
                        false);
                  });
              ui.access(upload::clearFileList);
            }));
    Span hint = new Span(getTranslation("plugins.upload.hint"));
    hint.addClassName("remhub-hint");
    Div area = new Div(upload, hint);
    area.addClassName("remhub-upload");
    return area;
  }

  private void configureGrid() {
    grid.setId("plugins-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addComponentColumn(this::nameCell)
        .setHeader(getTranslation("plugins.col.plugin"))
        .setFlexGrow(3);
    grid.addColumn(PluginInfo::version)
        .setHeader(getTranslation("plugins.col.version"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::stateBadge)
        .setHeader(getTranslation("plugins.col.state"))
        .setAutoWidth(true);
    grid.addColumn(PluginInfo::provider)
        .setHeader(getTranslation("plugins.col.provider"))
        .setFlexGrow(1);
    grid.addColumn(PluginInfo::license)
        .setHeader(getTranslation("plugins.col.license"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::actions)
        .setHeader(getTranslation("plugins.col.actions"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
    grid.setDetailsVisibleOnClick(true);
  }

  private Component nameCell(PluginInfo p) {
    Span name = new Span(p.name());
    name.addClassName("remhub-plugin-name");
    Span id = new Span(p.id());
    id.addClassName("remhub-hint");
    Div cell = new Div(name, new Span(" "), id);
    if (!p.description().isEmpty()) {
      cell.setTitle(p.description());
    }
    return cell;
  }

  private Component stateBadge(PluginInfo p) {
    Span badge = new Span(getTranslation("plugins.state." + p.state().name().toLowerCase()));
    badge.addClassNames("remhub-badge", "state-" + p.state().name().toLowerCase());
    badge.setId("state-" + p.id());
    return badge;
  }

  private Component actions(PluginInfo p) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(true);
    if (p.source().equals("file")) {
      actions.add(
          button(
              "plugins.remove-file",
              "remove-" + p.id(),
              ButtonVariant.LUMO_ERROR,
              () -> plugins.uninstall(p.id(), false)));
      return actions;
    }
    if (p.state() == PluginStatus.ENABLED) {
      actions.add(
          button(
              "plugins.disable",
              "disable-" + p.id(),
              ButtonVariant.LUMO_CONTRAST,
              () -> disable(p)));
    } else if (p.state() != PluginStatus.INCOMPATIBLE) {
      actions.add(
          button(
              "plugins.enable", "enable-" + p.id(), ButtonVariant.LUMO_PRIMARY, () -> enable(p)));
    }
    actions.add(
        button(
            "plugins.settings",
            "settings-" + p.id(),
            ButtonVariant.LUMO_TERTIARY,
            () -> new PluginSettingsDialog(settings, p.id(), p.name()).open()));
    List<RoleDefinition> roles = plugins.declaredRoles(p.id());
    if (!roles.isEmpty()) {
      actions.add(
          button(
              "plugins.roles",
              "roles-" + p.id(),
              ButtonVariant.LUMO_TERTIARY,
              () -> new PluginRolesDialog(roleGrants, members, p.id(), p.name(), roles).open()));
    }
    if (!jobs.scheduled(p.id()).isEmpty()) {
      actions.add(
          button(
              "plugins.jobs",
              "jobs-" + p.id(),
              ButtonVariant.LUMO_TERTIARY,
              () -> new PluginJobsDialog(jobs, p.id(), p.name()).open()));
    }
    actions.add(
        button(
            "plugins.update",
            "update-" + p.id(),
            ButtonVariant.LUMO_TERTIARY,
            () -> openUpdate(p)));
    actions.add(
        button(
            "plugins.uninstall",
            "uninstall-" + p.id(),
            ButtonVariant.LUMO_ERROR,
            () -> confirmUninstall(p)));
    return actions;
  }

  private Button button(String key, String id, ButtonVariant variant, Runnable action) {
    Button button = new Button(getTranslation(key), e -> run(UI.getCurrent(), action));
    button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
    button.setId(id);
    return button;
  }

  private void enable(PluginInfo p) {
    if (plugins.enable(p.id())) {
      notify(UI.getCurrent(), getTranslation("plugins.enabled", p.name()), false);
    } else {
      String error = plugins.find(p.id()).map(PluginInfo::lastError).orElse("");
      notify(UI.getCurrent(), getTranslation("plugins.enable-failed", p.name(), error), true);
    }
  }

  private void disable(PluginInfo p) {
    try {
      plugins.disable(p.id(), false);
      notify(UI.getCurrent(), getTranslation("plugins.disabled", p.name()), false);
    } catch (DependentsEnabledException e) {
      ConfirmDialog confirm = new ConfirmDialog();
      confirm.setId("confirm-disable");
      confirm.setHeader(getTranslation("plugins.disable.confirm.title", p.name()));
      confirm.setText(
          getTranslation(
              "plugins.disable.confirm.text", String.join(", ", e.dependents()), p.name()));
      confirm.setCancelable(true);
      confirm.setCancelText(getTranslation("common.cancel"));
      confirm.setConfirmText(getTranslation("plugins.disable.confirm.button"));
      confirm.addConfirmListener(ev -> run(UI.getCurrent(), () -> plugins.disable(p.id(), true)));
      confirm.open();
    }
  }

  private void openUpdate(PluginInfo p) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("plugins.update.title", p.name(), p.version()));
    Upload upload = new Upload();
    upload.setAcceptedFileTypes(".jar", "application/java-archive");
    upload.setMaxFiles(1);
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (meta, bytes) -> {
              UI ui = UI.getCurrent();
              run(
                  ui,
                  () -> {
                    PluginInfo info =
                        plugins.update(p.id(), meta.fileName(), new ByteArrayInputStream(bytes));
                    notify(
                        ui, getTranslation("plugins.updated", info.name(), info.version()), false);
                    ui.access(dialog::close);
                  });
            }));
    dialog.add(new Paragraph(getTranslation("plugins.update.text")), upload);
    dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
    dialog.open();
  }

  private void confirmUninstall(PluginInfo p) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("confirm-uninstall");
    confirm.setHeader(getTranslation("plugins.uninstall.title", p.name()));
    Checkbox purge = new Checkbox(getTranslation("plugins.uninstall.purge"));
    purge.setId("uninstall-purge");
    confirm.setText(new Div(new Paragraph(getTranslation("plugins.uninstall.text")), purge));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("common.cancel"));
    confirm.setConfirmText(getTranslation("plugins.uninstall"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(
        e -> run(UI.getCurrent(), () -> plugins.uninstall(p.id(), purge.getValue())));
    confirm.open();
  }

  private Component details(PluginInfo p) {
    Div details = new Div();
    details.addClassName("remhub-plugin-details");
    Consumer<String[]> row =
        kv -> {
          if (!kv[1].isEmpty()) {
            Div line = new Div(new Span(getTranslation(kv[0]) + ": "), new Span(kv[1]));
            details.add(line);
          }
        };
    row.accept(new String[] {"plugins.detail.description", p.description()});
    row.accept(new String[] {"plugins.detail.requires", p.requires()});
    row.accept(new String[] {"plugins.detail.dependencies", String.join(", ", p.dependencies())});
    row.accept(new String[] {"plugins.detail.sha256", p.sha256()});
    row.accept(new String[] {"plugins.detail.source", p.source()});
    if (p.installedAt() != null) {
      row.accept(
          new String[] {
            "plugins.detail.installed",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault())
                    .format(p.installedAt())
                + " · "
                + p.installedBy()
          });
    }
    if (!p.lastError().isEmpty()) {
      Div error =
          new Div(new Span(getTranslation("plugins.detail.error") + ": "), new Span(p.lastError()));
      error.addClassName("remhub-error");
      error.setId("error-" + p.id());
      details.add(error);
    }
    return details;
  }

  /** Runs an action, showing a refusal's reason instead of failing. */
  private void run(UI ui, Runnable action) {
    try {
      action.run();
    } catch (PluginRefusedException | DependentsEnabledException e) {
      notify(ui, e.getMessage(), true);
    } catch (RuntimeException e) {
      notify(ui, getTranslation("plugins.action-failed", e.getMessage()), true);
    }
    ui.access(this::refresh);
  }

  private void notify(UI ui, String text, boolean error) {
    ui.access(
        () -> {
          Notification n =
              Notification.show(text, error ? 10000 : 4000, Notification.Position.BOTTOM_START);
          n.addThemeVariants(
              error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        });
  }

  private void refresh() {
    grid.setItems(plugins.list());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    unsubscribe = plugins.onChange(() -> ui.access(this::refresh));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (unsubscribe != null) {
      unsubscribe.run();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " · REMHub";
  }
}
