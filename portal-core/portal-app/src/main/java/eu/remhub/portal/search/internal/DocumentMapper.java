package eu.remhub.portal.search.internal;

import static eu.remhub.portal.search.internal.IndexSchema.BODY;
import static eu.remhub.portal.search.internal.IndexSchema.ID;
import static eu.remhub.portal.search.internal.IndexSchema.KEY;
import static eu.remhub.portal.search.internal.IndexSchema.PLUGIN;
import static eu.remhub.portal.search.internal.IndexSchema.TAGS;
import static eu.remhub.portal.search.internal.IndexSchema.TITLE;
import static eu.remhub.portal.search.internal.IndexSchema.TITLE_WORDS;
import static eu.remhub.portal.search.internal.IndexSchema.TYPE;
import static eu.remhub.portal.search.internal.IndexSchema.UPDATED;
import static eu.remhub.portal.search.internal.IndexSchema.URL;
import static eu.remhub.portal.search.internal.IndexSchema.VISIBILITY;

import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns a {@link SearchDocument} into the fields of the index. */
final class DocumentMapper {

  /** The body keeps offsets in its postings, so that highlighting need not analyse it again. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private final FacetsConfig facets = IndexSchema.facetsConfig();

  static Term key(String type, String id) {
    return new Term(KEY, type + "/" + id);
  }

  Document toLucene(String pluginId, SearchDocument doc) {
    Document d = new Document();
    d.add(new StringField(KEY, key(doc.type(), doc.id()).text(), Field.Store.NO));
    d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
    d.add(new StoredField(ID, doc.id()));
    d.add(
        new StringField(
            PLUGIN,
            pluginId == null || pluginId.isBlank() ? IndexSchema.CORE : pluginId,
            Field.Store.NO));
    d.add(new StringField(VISIBILITY, Viewer.keyOf(doc.visibility()), Field.Store.NO));
    d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    d.add(new TextField(TITLE_WORDS, doc.title(), Field.Store.NO));
    if (!doc.tags().isEmpty()) {
      d.add(new TextField(TAGS, String.join(" ; ", doc.tags()), Field.Store.NO));
    }
    d.add(new Field(BODY, doc.body(), BODY_TYPE));
    d.add(new StoredField(URL, doc.url()));
    long updated = doc.updated().toEpochMilli();
    d.add(new NumericDocValuesField(UPDATED, updated));
    d.add(new StoredField(UPDATED, updated));
    d.add(new SortedSetDocValuesFacetField("type", doc.type()));
    for (String dim : SearchQuery.FACETS) {
      if (dim.equals("type")) {
        continue;
      }
      List<String> values = doc.facets().get(dim);
      if (values != null) {
        values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .forEach(v -> d.add(new SortedSetDocValuesFacetField(dim, v)));
      }
    }
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
