package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.store.ChainCheck;
import eu.remhub.plugin.passport.store.PassportDocument;
import java.util.Locale;

/**
 * The passport page: what one reader may see of one passport, laid out for screen and print. The
 * document it shows is already filtered to the reader's tier, so this class decides nothing about
 * access; sections a tier does not cover are left out or replaced by a note.
 */
public class PassportPage extends Div {

  private static final String PRINT_CSS =
      "@media print{vaadin-app-layout>[slot=navbar],vaadin-app-layout>[slot=drawer],vaadin-app-layout::part(navbar),"
          + "vaadin-app-layout::part(drawer),.passport-no-print{display:none!important}"
          + "vaadin-app-layout{--vaadin-app-layout-drawer-offset-left:0!important}"
          + ".passport-page{color:#000;font-size:10.5pt}.passport-page section{break-inside:avoid}"
          + ".passport-qr img{width:30mm!important;height:30mm!important}}"
          + ".passport-page{max-width:960px;padding:var(--lumo-space-m,1rem)}"
          + ".passport-table{border-collapse:collapse;margin:.5em 0}"
          + ".passport-table th,.passport-table td{text-align:left;padding:.25em .75em .25em 0;"
          + "border-bottom:1px solid var(--lumo-contrast-10pct,#ddd);vertical-align:top}"
          + ".passport-identity{display:flex;gap:1.5em;flex-wrap:wrap;align-items:flex-start}";

  private final PassportDocument document;

  /**
   * Builds the page.
   *
   * @param document the passport as the reader may see it
   * @param digitalLinkUrl the full Digital Link URL the QR code carries
   */
  public PassportPage(PassportDocument document, String digitalLinkUrl) {
    this.document = document;
    addClassName("passport-page");
    Element style = new Element("style");
    style.setText(PRINT_CSS);
    getElement().appendChild(style);
    add(
        printButton(),
        new H2(title()),
        statusLine(),
        chainBadge(document.chain()),
        identity(digitalLinkUrl));
    if (document.hostProduct() != null && document.hostProduct().description() != null) {
      add(new Paragraph(document.hostProduct().description()));
    }
    add(
        new MagnetsSection(document),
        new RecycledContentSection(document),
        new ProvenanceSection(document),
        new CustodyTimeline(document.events()));
    if (document.tier().full()) {
      add(new HistorySection(document));
    }
  }

  /**
   * The document shown.
   *
   * @return the document
   */
  public PassportDocument document() {
    return document;
  }

  private String title() {
    String materials =
        String.join(
            " + ", document.magnets().stream().map(m -> m.family().material()).distinct().toList());
    String product =
        document.hostProduct() == null || document.hostProduct().category() == null
            ? ""
            : " · " + document.hostProduct().category().label();
    return getTranslation("passport.page.title", materials) + product;
  }

  private Div statusLine() {
    Span status =
        new Span(
            getTranslation("passport.status." + document.status().name().toLowerCase(Locale.ROOT)));
    status
        .getElement()
        .getThemeList()
        .add(
            switch (document.status()) {
              case PUBLISHED -> "badge success";
              case DRAFT -> "badge contrast";
              default -> "badge error";
            });
    status.addClassName("passport-status");
    Div line =
        new Div(
            status,
            new Span(
                " "
                    + getTranslation(
                        "passport.page.version",
                        document.version(),
                        document.publishedAt() == null
                            ? "-"
                            : Formats.date(document.publishedAt()))));
    if (document.status() == Status.SUPERSEDED && document.successorId() != null) {
      line.add(
          new Span(" · "),
          new Anchor(
              "passport/" + document.successorId(), getTranslation("passport.page.successor")));
    }
    if (document.statusNote() != null && document.status() == Status.WITHDRAWN) {
      line.add(new Paragraph(getTranslation("passport.page.withdrawn", document.statusNote())));
    }
    return line;
  }

  private Span chainBadge(ChainCheck chain) {
    Span badge =
        chain.intact()
            ? new Span(
                VaadinIcon.CHECK_CIRCLE.create(),
                new Span(getTranslation("passport.chain.intact", chain.entries())))
            : new Span(
                VaadinIcon.WARNING.create(),
                new Span(getTranslation("passport.chain.broken", chain.problem())));
    badge.getElement().getThemeList().add(chain.intact() ? "badge success" : "badge error");
    badge.addClassName("passport-chain");
    if (chain.intact() && !chain.head().isEmpty()) {
      badge.getElement().setAttribute("title", "SHA-256 " + chain.head());
    }
    return badge;
  }

  private Div identity(String digitalLinkUrl) {
    Image qr =
        new Image(
            QrCode.dataUrl(digitalLinkUrl), getTranslation("passport.page.qr", digitalLinkUrl));
    qr.setWidth("160px");
    qr.setHeight("160px");
    Div qrBox = new Div(qr);
    qrBox.addClassName("passport-qr");
    Div facts =
        new Div(
            fact("passport.page.link", new Anchor(digitalLinkUrl, digitalLinkUrl)),
            fact(
                "passport.page.granularity",
                new Span(
                    getTranslation(
                        "passport.granularity."
                            + document.granularity().name().toLowerCase(Locale.ROOT)))),
            fact(
                "passport.page.operator",
                new Span(
                    document.operator().legalName().isEmpty()
                        ? document.operator().name()
                        : document.operator().legalName()
                            + " ("
                            + document.operator().country()
                            + ")")),
            fact("passport.page.id", new Span(Long.toString(document.id()))));
    Div identity = new Div(qrBox, facts);
    identity.addClassName("passport-identity");
    return identity;
  }

  private Div fact(String key, Component value) {
    Span label = new Span(getTranslation(key) + ": ");
    label.getStyle().set("font-weight", "600");
    return new Div(label, value);
  }

  private Button printButton() {
    Button print =
        new Button(
            getTranslation("passport.page.print"),
            VaadinIcon.PRINT.create(),
            click -> UI.getCurrent().getPage().executeJs("window.print()"));
    print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    print.addClassName("passport-no-print");
    print.getStyle().set("float", "right");
    return print;
  }
}
