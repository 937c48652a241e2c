package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import eu.remhub.plugin.passport.store.PassportDocument;
import java.util.List;
import java.util.Locale;

/** For owners and authorities: every version with its hash, and who read restricted data lately. */
class HistorySection extends Section {

  HistorySection(PassportDocument document) {
    add(new H3(getTranslation("passport.history.title")));
    add(
        Tables.of(
            List.of(
                getTranslation("passport.history.version"),
                getTranslation("passport.history.status"),
                getTranslation("passport.history.published"),
                getTranslation("passport.history.hash")),
            document.versions().stream()
                .<List<?>>map(
                    v ->
                        List.of(
                            v.version(),
                            getTranslation(
                                "passport.status." + v.status().name().toLowerCase(Locale.ROOT)),
                            Formats.time(v.publishedAt()),
                            v.hash() == null ? "" : v.hash().substring(0, 16) + "…"))
                .toList()));
    add(new H3(getTranslation("passport.access.title")));
    add(
        Tables.of(
            List.of(
                getTranslation("passport.access.when"),
                getTranslation("passport.access.who"),
                getTranslation("passport.access.tier"),
                getTranslation("passport.access.channel")),
            document.accessLog().stream()
                .<List<?>>map(
                    a ->
                        List.of(
                            Formats.time(a.readAt()),
                            a.organisation(),
                            a.tier().name(),
                            a.channel()))
                .toList()));
  }
}
