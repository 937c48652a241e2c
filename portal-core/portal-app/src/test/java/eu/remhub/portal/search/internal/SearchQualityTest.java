package eu.remhub.portal.search.internal;

import static eu.remhub.portal.search.internal.EngineFixture.doc;
import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.search.SearchHit;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.SearchResult;
import eu.remhub.portal.search.Viewer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis, ranking, typo tolerance, phrases, paging, sorting and safe highlighting. */
class SearchQualityTest {

  @TempDir Path dir;
  EngineFixture fx;

  @BeforeEach
  void start() {
    fx = new EngineFixture(dir);
    fx.start();
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void analyzer_foldsAccentsAndCase_andStemsEnglish() throws Exception {
    Analyzer text = SearchAnalyzers.query();
    assertThat(tokens(text, "Jülich")).containsExactly("julich");
    assertThat(tokens(text, "JULICH")).containsExactly("julich");
    assertThat(tokens(text, "magnets")).containsExactly("magnet");
    assertThat(tokens(text, "Magnet's")).containsExactly("magnet");
    assertThat(tokens(text, "Straße")).containsExactly("strass");
    assertThat(tokens(text, "the recycling of magnets")).containsExactly("recycl", "magnet");
    assertThat(tokens(SearchAnalyzers.words(), "Sintered NdFeB Magnets"))
        .containsExactly("sintered", "ndfeb", "magnets");
    // The index keeps each word beside its stem, for typo matching against real words.
    assertThat(tokens(SearchAnalyzers.index(), "Recycling magnets in Jülich"))
        .containsExactly("recycling", "recycl", "magnets", "magnet", "julich");
  }

  @Test
  void julichFindsJuelich_andMagnetsFindsMagnet() throws Exception {
    fx.publish(
        null,
        doc("organisation", "1", "Forschungszentrum Jülich", "Institute for energy materials"));
    fx.publish(null, doc("organisation", "2", "Magnetics SpA", "We make one magnet at a time"));

    assertThat(fx.keys("Julich", Viewer.anonymous())).containsExactly("organisation/1");
    assertThat(fx.keys("JÜLICH", Viewer.anonymous())).containsExactly("organisation/1");
    assertThat(fx.keys("magnets", Viewer.anonymous())).containsExactly("organisation/2");
  }

  @Test
  void typo_stillFinds_butExactRanksHigher() throws Exception {
    fx.publish(null, doc("course", "1", "Permanent magnet design", "Design rules"));
    fx.publish(null, doc("course", "2", "Permanent magnit design", "Design rules"));
    fx.publish(null, doc("course", "3", "Recycling processes", "Hydrogen decrepitation of scrap"));

    assertThat(fx.keys("magnet", Viewer.anonymous())).containsExactly("course/1", "course/2");
    assertThat(fx.keys("magnte", Viewer.anonymous())).contains("course/1");
    assertThat(fx.keys("decrepitaton", Viewer.anonymous())).containsExactly("course/3");
    assertThat(fx.keys("recyclign processes", Viewer.anonymous())).containsExactly("course/3");
    // Short words must match exactly: "ore" is not "are" or "orb".
    fx.publish(null, doc("course", "4", "Ore sorting", ""));
    assertThat(fx.keys("orb", Viewer.anonymous())).isEmpty();
  }

  @Test
  void titleWeighsMoreThanTags_moreThanBody() throws Exception {
    fx.publish(
        null,
        new SearchDocument(
            "post",
            "1",
            "Scrap offer",
            List.of(),
            "We can supply dysprosium",
            "/p/1",
            Visibility.everyone(),
            Map.of(),
            Instant.EPOCH));
    fx.publish(
        null,
        new SearchDocument(
            "post",
            "2",
            "Scrap offer",
            List.of("dysprosium"),
            "",
            "/p/2",
            Visibility.everyone(),
            Map.of(),
            Instant.EPOCH));
    fx.publish(
        null,
        new SearchDocument(
            "post",
            "3",
            "Dysprosium wanted",
            List.of(),
            "",
            "/p/3",
            Visibility.everyone(),
            Map.of(),
            Instant.EPOCH));

    assertThat(fx.keys("dysprosium", Viewer.anonymous()))
        .containsExactly("post/3", "post/2", "post/1");
  }

  @Test
  void allWordsMustMatch_andQuotesMatchAPhrase() throws Exception {
    fx.publish(
        null,
        doc("post", "1", "Sintered magnets", "grain boundary diffusion for sintered magnets"));
    fx.publish(null, doc("post", "2", "Bonded magnets", "diffusion bonded grain"));

    assertThat(fx.keys("grain diffusion", Viewer.anonymous()))
        .containsExactlyInAnyOrder("post/1", "post/2");
    assertThat(fx.keys("\"grain boundary diffusion\"", Viewer.anonymous()))
        .containsExactly("post/1");
    assertThat(fx.keys("grain sintered", Viewer.anonymous())).containsExactly("post/1");
    assertThat(fx.keys("the of and", Viewer.anonymous())).isEmpty();
  }

  @Test
  void highlight_escapesAllMarkup_andMarksOnlyMatches() throws Exception {
    fx.publish(
        null,
        doc(
            "post",
            "1",
            "Nice <b>title</b>",
            "Before <script>alert('x')</script> the magnet & <img src=x onerror=\"alert(1)\"> after"));

    SearchHit hit = fx.search("magnet", Viewer.anonymous()).hits().get(0);

    assertThat(hit.snippet()).contains("<mark>magnet</mark>");
    assertThat(hit.snippet()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;&#47;script&gt;");
    assertThat(hit.snippet())
        .contains("&amp;")
        .contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    assertThat(Pattern.compile("<(?!/?mark>)").matcher(hit.snippet()).find())
        .as("only <mark> tags: %s", hit.snippet())
        .isFalse();
    assertThat(hit.title()).isEqualTo("Nice <b>title</b>");
  }

  @Test
  void browsingWithoutWords_escapesTheLeadToo() throws Exception {
    fx.publish(null, doc("post", "1", "T", "<script>x</script>"));
    assertThat(fx.search("", Viewer.anonymous()).hits().get(0).snippet())
        .isEqualTo("&lt;script&gt;x&lt;&#47;script&gt;");
  }

  @Test
  void paging_andSortByDate() throws Exception {
    for (int i = 1; i <= 25; i++) {
      fx.publish(
          null,
          new SearchDocument(
              "course",
              Integer.toString(i),
              "Magnet course " + i,
              List.of(),
              "",
              "/c/" + i,
              Visibility.everyone(),
              Map.of(),
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L)));
    }
    SearchQuery q = new SearchQuery("magnet", Map.of(), 1, 10, SearchQuery.Sort.NEWEST);

    SearchResult first = fx.engine.search(q, Viewer.anonymous(), fx.documents.enabled);
    SearchResult third = fx.engine.search(q.withPage(3), Viewer.anonymous(), fx.documents.enabled);

    assertThat(first.total()).isEqualTo(25);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.hits())
        .extracting(SearchHit::id)
        .containsExactly("25", "24", "23", "22", "21", "20", "19", "18", "17", "16");
    assertThat(third.hits()).extracting(SearchHit::id).containsExactly("5", "4", "3", "2", "1");
  }

  @Test
  void updateReplaces_andDeleteRemoves() throws Exception {
    fx.publish(null, doc("course", "1", "Magnet basics", ""));
    fx.publish(null, doc("course", "1", "Magnet advanced", ""));
    assertThat(fx.search("magnet", Viewer.anonymous()).hits())
        .extracting(SearchHit::title)
        .containsExactly("Magnet advanced");

    long id = fx.outbox.remove("course", "1");
    fx.engine.awaitApplied(id, java.time.Duration.ofSeconds(5));
    assertThat(fx.keys("magnet", Viewer.anonymous())).isEmpty();
  }

  @Test
  void suggestions_completeTheLastWord() throws Exception {
    fx.publish(null, doc("course", "1", "Neodymium magnet recycling", ""));
    fx.publish(null, doc("course", "2", "Neodymium oxide markets", ""));
    fx.publish(null, doc("course", "3", "Samarium cobalt", ""));

    assertThat(fx.engine.suggest("neo", Viewer.anonymous(), fx.documents.enabled, 8))
        .extracting(s -> s.title())
        .containsExactlyInAnyOrder("Neodymium magnet recycling", "Neodymium oxide markets");
    assertThat(fx.engine.suggest("neodymium ma", Viewer.anonymous(), fx.documents.enabled, 8))
        .extracting(s -> s.title())
        .containsExactlyInAnyOrder("Neodymium magnet recycling", "Neodymium oxide markets");
    assertThat(fx.engine.suggest("Néodymium magn", Viewer.anonymous(), fx.documents.enabled, 8))
        .extracting(s -> s.url())
        .containsExactly("/course/1");
    assertThat(fx.engine.suggest("n", Viewer.anonymous(), fx.documents.enabled, 8)).isEmpty();
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
