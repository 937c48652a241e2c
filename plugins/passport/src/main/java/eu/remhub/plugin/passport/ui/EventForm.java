package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.model.Problem;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.PassportStateException;
import eu.remhub.plugin.passport.store.Viewer;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Records a chain-of-custody event from the editor. */
class EventForm extends VerticalLayout {

  final Select<EventType> type = new Select<>();
  final DatePicker date = new DatePicker();
  final TextField country = new TextField();
  final TextField place = new TextField();
  final TextField actor = new TextField();
  final TextField note = new TextField();
  final TextField inputs = new TextField();
  final Button record = new Button();

  EventForm(
      PassportService service,
      Viewer viewer,
      long passportId,
      Consumer<String> info,
      Consumer<List<Problem>> problems) {
    type.setLabel(getTranslation("passport.event.type"));
    type.setItems(EventType.values());
    type.setItemLabelGenerator(
        t -> getTranslation("passport.event." + t.name().toLowerCase(Locale.ROOT)));
    date.setLabel(getTranslation("passport.event.date"));
    country.setLabel(getTranslation("passport.origins.country"));
    country.setMaxLength(2);
    place.setLabel(getTranslation("passport.event.place"));
    actor.setLabel(getTranslation("passport.event.actor"));
    note.setLabel(getTranslation("passport.event.note"));
    inputs.setLabel(getTranslation("passport.event.inputs"));
    inputs.setHelperText(getTranslation("passport.event.inputs-help"));
    record.setText(getTranslation("passport.event.record"));
    record.addClickListener(
        click -> {
          try {
            CustodyEvent event =
                new CustodyEvent(
                    type.getValue(),
                    date.getValue() == null
                        ? null
                        : date.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    country.getValue().toUpperCase(Locale.ROOT),
                    place.getValue(),
                    actor.getValue(),
                    note.getValue(),
                    Arrays.asList(inputs.getValue().split(",")));
            int seq = service.recordEvent(viewer, passportId, event);
            info.accept(getTranslation("passport.event.recorded", seq));
          } catch (InvalidPassportException e) {
            problems.accept(e.problems());
          } catch (PassportStateException e) {
            problems.accept(List.of(new Problem("", e.getMessage())));
          }
        });
    add(
        new H3(getTranslation("passport.event.title")),
        new HorizontalLayout(type, date, country),
        new HorizontalLayout(place, actor),
        note,
        inputs,
        record);
  }
}
