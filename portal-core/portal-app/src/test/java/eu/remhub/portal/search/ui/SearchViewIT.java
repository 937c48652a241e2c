package eu.remhub.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.search.SearchOutbox;
import eu.remhub.portal.search.SearchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The header box, the results page and the staff rebuild view, in the running portal without a
 * browser.
 */
@PortalIntegrationTest
class SearchViewIT extends SpringBrowserlessTest {

  @Autowired SearchService search;
  @Autowired SearchOutbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired Accounts accounts;

  @BeforeEach
  void documents() throws Exception {
    accounts.signIn(Persona.ANONYMOUS);
    transactions.executeWithoutResult(
        s -> {
          for (int i = 1; i <= 23; i++) {
            outbox.publish(
                new SearchDocument(
                    "course",
                    "view-" + i,
                    "Gadolinium refining course " + i,
                    List.of(),
                    "Lesson " + i + " on gadolinium <b>solvent extraction</b>",
                    "/courses/view-" + i,
                    Visibility.everyone(),
                    Map.of("country", List.of(i % 2 == 0 ? "DE" : "IT")),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
          }
          outbox.publish(
              new SearchDocument(
                  "course",
                  "view-hidden",
                  "Gadolinium course for members",
                  List.of(),
                  "",
                  "/courses/view-hidden",
                  Visibility.members(),
                  Map.of(),
                  Instant.EPOCH));
        });
    assertThat(search.awaitIndexed(Duration.ofSeconds(10))).isTrue();
  }

  @AfterEach
  void signOut() {
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void resultsPage_showsHitsWithHighlightedEscapedSnippets_facetsAndPaging() {
    SearchView view = open("gadolinium");

    assertThat(view.result().total()).isEqualTo(23);
    List<Div> hits = $(Div.class).withClassName("remhub-search-hit").all();
    assertThat(hits).hasSize(20);
    String snippet = $(Html.class).first().getInnerHtml();
    assertThat(snippet)
        .contains("<mark>gadolinium</mark>")
        .contains("&lt;b&gt;solvent extraction&lt;/b&gt;")
        .doesNotContain("<b>");
    assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("search-summary").getText())
        .isEqualTo("23 results for “gadolinium”");
    assertThat(facetLabels("country")).containsExactlyInAnyOrder("Italy (12)", "Germany (11)");
    assertThat(facetLabels("type")).containsExactly("Course (23)");

    test($(com.vaadin.flow.component.button.Button.class).id("search-next")).click();
    SearchView second = (SearchView) getCurrentView();
    assertThat(second.query().page()).isEqualTo(2);
    assertThat($(Div.class).withClassName("remhub-search-hit").all()).hasSize(3);
  }

  @Test
  void choosingAFacetValue_narrowsTheResults() {
    open("gadolinium");
    Checkbox germany =
        $(Checkbox.class).all().stream()
            .filter(c -> "DE".equals(c.getElement().getAttribute("data-value")))
            .findFirst()
            .orElseThrow();

    test(germany).click();

    SearchView view = (SearchView) getCurrentView();
    assertThat(view.query().filters()).isEqualTo(Map.of("country", java.util.Set.of("DE")));
    assertThat(view.result().total()).isEqualTo(11);
    assertThat(facetLabels("country")).containsExactlyInAnyOrder("Italy (12)", "Germany (11)");
  }

  @Test
  void nothingFound_showsWhatToTry() {
    open("zirconolite quasicrystal");

    Div empty = $(Div.class).id("search-empty");
    assertThat(empty.getElement().getTextRecursively())
        .contains("Nothing found for “zirconolite quasicrystal”", "Check the spelling", "Sign in");
    assertThat($(Anchor.class).withClassName("remhub-search-example").all())
        .extracting(Anchor::getText)
        .contains("NdFeB", "recycling");
  }

  @Test
  void headerBox_suggestsTitlesTheVisitorMaySee_andEnterOpensTheResults() {
    navigate(HomeView.class);
    TextField box = $(TextField.class).id("header-search");

    test(box).setValue("gadolinium cour");

    HeaderSearchBox header = (HeaderSearchBox) box.getParent().orElseThrow();
    assertThat(header.suggestionsOpen()).isTrue();
    assertThat(header.suggestions()).hasSize(HeaderSearchBox.SUGGESTIONS + 1);
    assertThat(header.suggestions())
        .extracting(Anchor::getText)
        .noneMatch(t -> t.contains("for members"));

    ComponentUtil.fireEvent(box, new KeyDownEvent(box, Key.ENTER.getKeys().get(0)));

    SearchView view = (SearchView) getCurrentView();
    assertThat(view.query().text()).isEqualTo("gadolinium cour");
  }

  @Test
  void staff_rebuildTheIndexFromItsView_andTheBarFollows() throws Exception {
    accounts.signIn(Persona.STAFF);
    SearchIndexView view = navigate(SearchIndexView.class);
    assertThat($(Div.class).id("index-documents").getElement().getTextRecursively())
        .matches("Documents\\d+");

    test($(com.vaadin.flow.component.button.Button.class).id("index-rebuild")).click();

    await("the rebuild's end")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !search.status().rebuild().running());
    roundTrip();
    assertThat(search.status().rebuild().failed()).isFalse();
    assertThat($(ProgressBar.class).id("index-progress").getValue()).isEqualTo(1.0);
    assertThat($(com.vaadin.flow.component.html.Span.class).id("index-progress-text").getText())
        .startsWith("Rebuilt with");
    assertThat(view).isNotNull();
    // The rebuilt index holds what the database holds: the approved organisations among others.
    assertThat(
            search
                .search(
                    eu.remhub.portal.search.SearchQuery.of("elbecycle"),
                    eu.remhub.portal.search.Viewer.anonymous())
                .total())
        .isEqualTo(1);
  }

  private SearchView open(String q) {
    navigate(HomeView.class);
    com.vaadin
        .flow
        .component
        .UI
        .getCurrent()
        .navigate(SearchView.class, com.vaadin.flow.router.QueryParameters.simple(Map.of("q", q)));
    return (SearchView) getCurrentView();
  }

  private List<String> facetLabels(String facet) {
    Div group = $(Div.class).id("facet-" + facet);
    return $(Checkbox.class, group).all().stream().map(Checkbox::getLabel).toList();
  }
}
