package eu.remhub.portal.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folders under {@code <data>/index}: {@code main_v0001} for schema version 1, and {@code
 * main_v0001-2}, {@code main_v0001-3}, ... for its rebuilds. The newest complete folder of the
 * current schema is the index; a rebuild writes the next one and the older ones go once it is
 * complete. A folder counts as complete only when its last commit says so, so a rebuild cut short
 * by a crash is never served.
 */
final class IndexFolders {

  private static final Logger log = LoggerFactory.getLogger(IndexFolders.class);
  private static final Pattern NAME = Pattern.compile("main_v(\\d{4})(?:-(\\d+))?");

  /** A folder found. */
  record Found(Path folder, int schema, int generation) {}

  private final Path root;

  IndexFolders(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the index folder " + root, e);
    }
  }

  Path root() {
    return root;
  }

  List<Found> list() {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(Files::isDirectory)
          .map(
              p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) {
                  return null;
                }
                return new Found(
                    p,
                    Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
              })
          .filter(f -> f != null)
          .sorted(
              Comparator.comparingInt(Found::schema).thenComparingInt(Found::generation).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path folderFor(int generation) {
    String base = "main_v%04d".formatted(IndexSchema.VERSION);
    return root.resolve(generation == 1 ? base : base + "-" + generation);
  }

  int nextGeneration() {
    return list().stream()
            .filter(f -> f.schema() == IndexSchema.VERSION)
            .mapToInt(Found::generation)
            .max()
            .orElse(0)
        + 1;
  }

  /** The newest complete and intact index of the current schema, opened for writing. */
  Optional<LuceneIndex> openNewest(double refreshSeconds) {
    for (Found f : list()) {
      if (f.schema() != IndexSchema.VERSION) {
        continue;
      }
      String problem = problemWith(f.folder(), true);
      if (problem != null) {
        log.warn("search index {} is not usable: {}", f.folder().getFileName(), problem);
        continue;
      }
      try {
        return Optional.of(LuceneIndex.open(f.folder(), refreshSeconds));
      } catch (IOException | RuntimeException e) {
        log.warn("search index {} cannot be opened: {}", f.folder().getFileName(), e.toString());
      }
    }
    return Optional.empty();
  }

  /**
   * An index to answer from while the index is rebuilt: an older schema's folder if one is intact,
   * else an empty one.
   */
  LuceneIndex openFallback() {
    for (Found f : list()) {
      if (f.schema() < IndexSchema.VERSION && problemWith(f.folder(), false) == null) {
        try {
          return LuceneIndex.readOnly(f.folder(), FSDirectory.open(f.folder()));
        } catch (IOException e) {
          log.debug("older index {} not readable", f.folder(), e);
        }
      }
    }
    try {
      Directory empty = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(empty, new IndexWriterConfig(IndexSchema.analyzer()))) {
        w.commit();
      }
      return LuceneIndex.readOnly(root, empty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every index folder but {@code keep}. */
  void removeAllBut(Path keep) {
    for (Found f : list()) {
      if (!f.folder().equals(keep)) {
        delete(f.folder());
      }
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", folder, e.toString());
    }
  }

  /**
   * Why a folder cannot serve, or null: no commit, another schema, an unfinished rebuild, or a file
   * whose checksum does not match.
   */
  static String problemWith(Path folder, boolean currentSchemaOnly) {
    try (Directory dir = FSDirectory.open(folder)) {
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      if (currentSchemaOnly
          && !Integer.toString(IndexSchema.VERSION).equals(data.get(IndexSchema.DATA_SCHEMA))) {
        return "schema " + data.get(IndexSchema.DATA_SCHEMA) + ", expected " + IndexSchema.VERSION;
      }
      if (!"true".equals(data.get(IndexSchema.DATA_COMPLETE))) {
        return "an unfinished rebuild";
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
