package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import eu.remhub.plugin.passport.store.EventEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The chain of custody as a timeline, oldest first; each event shows what the reader's tier covers.
 */
class CustodyTimeline extends Section {

  CustodyTimeline(List<EventEntry> events) {
    add(new H3(getTranslation("passport.timeline.title")));
    if (events.isEmpty()) {
      add(new Paragraph(getTranslation("passport.timeline.empty")));
      return;
    }
    OrderedList list = new OrderedList();
    list.addClassName("passport-timeline");
    List<EventEntry> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(EventEntry::occurredAt).thenComparingInt(EventEntry::seq));
    for (EventEntry event : ordered) {
      ListItem item = new ListItem();
      item.addClassName("passport-event");
      Span when = new Span(Formats.date(event.occurredAt()));
      when.getStyle().set("font-variant-numeric", "tabular-nums");
      Span what =
          new Span(
              getTranslation("passport.event." + event.type().name().toLowerCase(Locale.ROOT)));
      what.getStyle().set("font-weight", "600");
      String where = String.join(", ", nonBlank(event.place(), event.country()));
      item.add(when, new Span(" "), what, new Span(where.isEmpty() ? "" : " · " + where));
      if (event.actor() != null && !event.actor().isBlank()) {
        item.add(new Span(" · " + event.actor()));
      }
      if (event.inputs() != null && !event.inputs().isEmpty()) {
        item.add(
            new Div(
                new Span(
                    getTranslation(
                        "passport.timeline.inputs", String.join(", ", event.inputs())))));
      }
      if (event.note() != null && !event.note().isBlank()) {
        item.add(new Div(new Span(event.note())));
      }
      list.add(item);
    }
    add(list);
  }

  private static List<String> nonBlank(String... values) {
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value);
      }
    }
    return kept;
  }
}
