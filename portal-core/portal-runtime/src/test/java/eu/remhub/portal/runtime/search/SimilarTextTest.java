package eu.remhub.portal.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimilarTextTest {

  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final SimilarText similar =
      new SimilarText(analyzer, new SimilarText.Fields("title", "tags", "body"));
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

  @BeforeEach
  void index() throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      add(
          writer,
          "1",
          "a",
          "Recycling of NdFeB magnets",
          "Hydrogen decrepitation of scrap magnets from hard disks.");
      add(
          writer,
          "2",
          "a",
          "Magnet recycling pilot",
          "A pilot line that recycles NdFeB magnets from hard disk drives.");
      add(
          writer,
          "3",
          "a",
          "Rare earth mining in Sweden",
          "Open pit mining of apatite ore with rare earths.");
      add(
          writer,
          "4",
          "b",
          "Magnets from hard disks",
          "Recycled NdFeB magnets from hard disks for sale.");
      for (int i = 0; i < 20; i++) {
        add(writer, "f" + i, "a", "Training course " + i, "Safety training for laboratory staff.");
      }
    }
  }

  @Test
  void theSameText_scoresOne_andAlikeTextsFollow() throws IOException {
    String text =
        "Recycling of NdFeB magnets Hydrogen decrepitation of scrap magnets from hard disks.";
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      List<SimilarText.Match> matches = similar.find(reader, text, type("a"), 10);

      assertThat(ids(reader, matches)).startsWith("1", "2").doesNotContain("4", "f1");
      assertThat(matches.get(0).score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
      assertThat(matches.get(1).score()).isLessThan(matches.get(0).score()).isGreaterThan(0.0);
      assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }
  }

  @Test
  void aFilterLeavesDocumentsOut() throws IOException {
    Query notOne =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term("id", "1")), BooleanClause.Occur.MUST_NOT)
            .add(new TermQuery(new Term("id", "f1")), BooleanClause.Occur.FILTER)
            .build();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(ids(reader, similar.find(reader, "training course 1 for staff", notOne, 5)))
          .containsExactly("f1");
    }
  }

  @Test
  void aTextOfNoUsefulWords_findsNothing() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(similar.find(reader, "  ", type("a"), 5)).isEmpty();
      assertThat(similar.find(reader, "the and of a", type("a"), 5)).isEmpty();
      assertThat(similar.find(reader, "zirconium", type("a"), 5)).isEmpty();
    }
  }

  private static Query type(String type) {
    return new TermQuery(new Term("type", type));
  }

  private static List<String> ids(DirectoryReader reader, List<SimilarText.Match> matches) {
    return matches.stream()
        .map(
            m -> {
              try {
                return reader.storedFields().document(m.doc()).get("id");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static void add(IndexWriter writer, String id, String type, String title, String body)
      throws IOException {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new StringField("type", type, Field.Store.NO));
    d.add(new TextField("title", title, Field.Store.NO));
    d.add(new TextField("body", body, Field.Store.NO));
    writer.addDocument(d);
  }
}
