package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Problem;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.PassportAccessDeniedException;
import eu.remhub.plugin.passport.store.PassportNotFoundException;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.PassportStateException;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.PluginContexts;
import eu.remhub.portal.api.service.OrganisationRef;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The owners' editor at {@code passports/edit/:id} ({@code passports/edit/new} for a new passport).
 * The content is edited as the JSON document the API takes, checked by the same rules, with every
 * problem listed; the page publishes, withdraws, supersedes and records events. Every action is
 * checked again on the server by {@link PassportService}.
 */
@PermitAll
public class PassportEditView extends VerticalLayout implements BeforeEnterObserver {

  private final transient PluginContext context = PluginContexts.of(getClass());
  private final transient PassportService service = new PassportService(context);
  private final Viewer viewer = Viewer.ofPage(context);
  private final TextArea json = new TextArea();
  private final Div messages = new Div();
  private long passportId;

  /** Created by the portal's router. */
  public PassportEditView() {
    json.setLabel(getTranslation("passport.edit.content"));
    json.setHelperText(getTranslation("passport.edit.content-help"));
    json.setWidthFull();
    json.setMinHeight("24em");
    json.getStyle().set("font-family", "monospace");
    messages.addClassName("passport-edit-messages");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String id = event.getRouteParameters().get("id").orElse("");
    try {
      if (id.equals("new")) {
        showNew();
      } else {
        passportId = Long.parseLong(id);
        showExisting();
      }
    } catch (NumberFormatException | PassportNotFoundException e) {
      event.rerouteToError(NotFoundException.class, getTranslation("passport.notfound"));
    } catch (PassportAccessDeniedException e) {
      add(new Paragraph(e.getMessage()));
    }
  }

  private void showNew() {
    TextField gtin = new TextField(getTranslation("passport.edit.gtin"));
    TextField batch = new TextField(getTranslation("passport.edit.batch"));
    TextField serial = new TextField(getTranslation("passport.edit.serial"));
    Select<Granularity> granularity = new Select<>();
    granularity.setLabel(getTranslation("passport.page.granularity"));
    granularity.setItems(Granularity.values());
    granularity.setValue(Granularity.BATCH);
    ComboBox<OrganisationRef> operator = new ComboBox<>(getTranslation("passport.page.operator"));
    operator.setItems(context.organisations().all());
    operator.setItemLabelGenerator(OrganisationRef::shortName);
    operator.setVisible(viewer.staff());
    json.setValue(PassportJson.pretty(Templates.content()));
    Button create =
        new Button(
            getTranslation("passport.edit.create"),
            click ->
                act(
                    () -> {
                      long operatorId =
                          viewer.staff() && operator.getValue() != null
                              ? operator.getValue().id()
                              : viewer.organisationId();
                      long id =
                          service.create(
                              viewer,
                              operatorId,
                              new Identifier(gtin.getValue(), batch.getValue(), serial.getValue()),
                              granularity.getValue(),
                              content());
                      getUI().ifPresent(ui -> ui.navigate("passports/edit/" + id));
                    }));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H2(getTranslation("passport.edit.new-title")),
        new HorizontalLayout(gtin, batch, serial, granularity, operator),
        json,
        create,
        messages);
  }

  private void showExisting() {
    PassportService.Editable editable = service.forEditing(viewer, passportId);
    Status versionStatus = editable.version().status();
    add(
        new H2(
            getTranslation(
                "passport.edit.title", editable.passport().identifier().digitalLinkPath())),
        new Paragraph(
            getTranslation(
                "passport.edit.state",
                getTranslation(
                    "passport.status."
                        + editable.passport().status().name().toLowerCase(Locale.ROOT)),
                editable.version().versionNo(),
                getTranslation(
                    "passport.status." + versionStatus.name().toLowerCase(Locale.ROOT)))),
        new Anchor(
            "passport/"
                + passportId
                + (versionStatus == Status.DRAFT
                    ? "?version=" + editable.version().versionNo()
                    : ""),
            getTranslation("passport.edit.preview")));
    json.setValue(PassportJson.pretty(editable.content()));
    Button save =
        new Button(
            getTranslation("passport.edit.save"),
            click ->
                act(
                    () -> {
                      int version = service.saveDraft(viewer, passportId, content());
                      info(getTranslation("passport.edit.saved", version));
                    }));
    Button publish =
        new Button(
            getTranslation("passport.edit.publish"),
            click ->
                act(
                    () -> {
                      service.saveDraft(viewer, passportId, content());
                      int version = service.publish(viewer, passportId);
                      info(getTranslation("passport.edit.published", version));
                    }));
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    boolean open =
        editable.passport().status() == Status.DRAFT
            || editable.passport().status() == Status.PUBLISHED;
    save.setEnabled(open);
    publish.setEnabled(open);
    json.setReadOnly(!open);
    add(json, new HorizontalLayout(save, publish), messages);
    if (open) {
      add(new EventForm(service, viewer, passportId, this::info, this::problems), lifecycle());
    }
  }

  private Component lifecycle() {
    TextField reason = new TextField(getTranslation("passport.edit.reason"));
    Button withdraw =
        new Button(
            getTranslation("passport.edit.withdraw"),
            click ->
                act(
                    () -> {
                      service.withdraw(viewer, passportId, reason.getValue());
                      info(getTranslation("passport.status.withdrawn"));
                    }));
    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
    TextField successor = new TextField(getTranslation("passport.edit.successor"));
    Button supersede =
        new Button(
            getTranslation("passport.edit.supersede"),
            click ->
                act(
                    () -> {
                      service.supersede(viewer, passportId, parseId(successor.getValue()));
                      info(getTranslation("passport.status.superseded"));
                    }));
    return new VerticalLayout(
        new H3(getTranslation("passport.edit.lifecycle")),
        new HorizontalLayout(reason, withdraw),
        new HorizontalLayout(successor, supersede));
  }

  private PassportContent content() {
    return PassportJson.read(json.getValue(), PassportContent.class);
  }

  private void act(Runnable action) {
    messages.removeAll();
    try {
      action.run();
    } catch (InvalidPassportException e) {
      problems(e.problems());
    } catch (PassportStateException | PassportAccessDeniedException e) {
      problems(List.of(new Problem("", e.getMessage())));
    }
  }

  private void info(String text) {
    messages.removeAll();
    messages.add(new Paragraph(text));
  }

  private void problems(List<Problem> problems) {
    messages.removeAll();
    UnorderedList list = new UnorderedList();
    list.addClassName("passport-problems");
    problems.forEach(problem -> list.add(new ListItem(problem.toString())));
    messages.add(new Paragraph(getTranslation("passport.edit.problems")), list);
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidPassportException("successorId", "give the successor's passport number");
    }
  }

  TextArea json() {
    return json;
  }

  Div messages() {
    return messages;
  }
}
