package eu.remhub.portal.search.internal;

import static eu.remhub.portal.search.internal.EngineFixture.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.remhub.portal.search.IndexStatus;
import eu.remhub.portal.search.SearchHit;
import eu.remhub.portal.search.SearchQuery;
import eu.remhub.portal.search.Viewer;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, schema versions, rebuilds, corruption, the outbox cursor and plugin backfills. */
class IndexLifecycleTest {

  @TempDir Path dir;
  EngineFixture fx;

  @BeforeEach
  void fixture() {
    fx = new EngineFixture(dir);
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void missingIndex_isBuiltFromTheDatabase_intoTheSchemaFolder() throws Exception {
    corpus(50);
    fx.start();
    fx.awaitRebuilt();

    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(50);
    assertThat(folders()).containsExactly("main_v0001");
  }

  @Test
  void rebuild_writesANewFolderAndSwaps_whileSearchingGoesOn() throws Exception {
    corpus(2000);
    fx.start();
    fx.awaitRebuilt();
    fx.documents.closeGate();
    List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    fx.engine.onRebuildProgress(p -> progress.add(p.fraction()));

    assertThat(fx.engine.rebuild()).isTrue();
    assertThat(fx.engine.rebuild()).as("one rebuild at a time").isFalse();
    await().atMost(Duration.ofSeconds(30)).until(fx.documents::rebuildHeld);
    // The rebuild is under way: the old index answers, and takes a document published meanwhile.
    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(2000);
    fx.publish(null, doc("course", "9999", "Magnet added during the rebuild", ""));
    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(2001);
    assertThat(fx.engine.rebuildProgress().running()).isTrue();
    fx.documents.openGate();
    fx.awaitRebuilt();

    assertThat(fx.engine.rebuildProgress().failed()).isFalse();
    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(2001);
    assertThat(folders()).containsExactly("main_v0001-2");
    assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
  }

  @Test
  void indexOfAnOlderSchema_answersUntilTheRebuildReplacesIt() throws Exception {
    try (LuceneIndex old = LuceneIndex.create(dir.resolve("main_v0000"), 0, 1)) {
      old.upsert(null, doc("course", "1", "Magnet from the old index", ""));
      old.commit(true);
    }
    corpus(300);
    fx.documents.closeGate();
    fx.start();

    IndexStatus interim = fx.engine.status();
    assertThat(interim.provisional()).isTrue();
    assertThat(fx.search("magnet", Viewer.anonymous()).hits())
        .extracting(SearchHit::title)
        .containsExactly("Magnet from the old index");

    fx.documents.openGate();
    fx.awaitRebuilt();
    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(300);
    assertThat(folders()).containsExactly("main_v0001");
  }

  @Test
  void commitOfAnotherSchemaVersion_triggersARebuild() throws Exception {
    corpus(20);
    fx.start();
    fx.awaitRebuilt();
    fx.engine.close();
    try (var d = FSDirectory.open(dir.resolve("main_v0001"));
        var w =
            new IndexWriter(
                d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      var data = LuceneIndex.commitData(0, true);
      data.put(IndexSchema.DATA_SCHEMA, "0");
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    fx.documents.add(null, doc("course", "777", "Magnet only in the database", ""));

    fx.start();
    fx.awaitRebuilt();

    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(21);
    assertThat(folders()).containsExactly("main_v0001-2");
  }

  @Test
  void corruptIndex_triggersARebuild() throws Exception {
    corpus(500);
    fx.start();
    fx.awaitRebuilt();
    fx.engine.close();
    Path biggest;
    try (Stream<Path> files = Files.list(dir.resolve("main_v0001"))) {
      biggest =
          files
              .filter(
                  p ->
                      !p.getFileName().toString().startsWith("segments")
                          && !p.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(p -> p.toFile().length()))
              .orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      f.seek(f.length() / 2);
      byte[] junk = new byte[64];
      f.read(junk);
      for (int i = 0; i < junk.length; i++) {
        junk[i] = (byte) ~junk[i];
      }
      f.seek(f.length() / 2);
      f.write(junk);
    }

    fx.start();
    assertThat(fx.engine.status().provisional()).isTrue();
    fx.awaitRebuilt();

    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(500);
    assertThat(folders()).containsExactly("main_v0001-2");
  }

  @Test
  void truncatedCommitFile_triggersARebuild() throws Exception {
    corpus(10);
    fx.start();
    fx.awaitRebuilt();
    fx.engine.close();
    try (Stream<Path> files = Files.list(dir.resolve("main_v0001"))) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }

    fx.start();
    fx.awaitRebuilt();

    assertThat(fx.search("magnet", Viewer.anonymous()).total()).isEqualTo(10);
  }

  @Test
  void outboxIdCommittedLate_isStillApplied_andARolledBackOneIsGivenUp() throws Exception {
    fx.start();
    fx.awaitRebuilt();
    long late = fx.outbox.publishUncommitted(null, doc("course", "1", "Magnet late", ""));
    long lost = fx.outbox.publishUncommitted(null, doc("course", "2", "Magnet rolled back", ""));
    long early = fx.outbox.publish(null, doc("course", "3", "Magnet early", ""));
    assertThat(fx.engine.awaitApplied(early, Duration.ofSeconds(5))).isTrue();
    assertThat(fx.keys("magnet", Viewer.anonymous())).containsExactly("course/3");
    assertThat(fx.engine.status().appliedOutboxId()).isEqualTo(late - 1);
    assertThat(fx.engine.status().waitingFor()).isEqualTo(2);

    fx.outbox.commit(late);
    assertThat(fx.engine.awaitApplied(late, Duration.ofSeconds(5))).isTrue();
    assertThat(fx.keys("magnet", Viewer.anonymous()))
        .containsExactlyInAnyOrder("course/1", "course/3");

    // The rolled-back id is given up after the gap timeout (1 s here).
    assertThat(fx.engine.awaitApplied(lost, Duration.ofSeconds(5))).isTrue();
    assertThat(fx.engine.status().appliedOutboxId()).isEqualTo(early);
    assertThat(fx.keys("magnet", Viewer.anonymous()))
        .containsExactlyInAnyOrder("course/1", "course/3");
  }

  @Test
  void lateOutboxRow_doesNotOverwriteANewerVersionOfTheSameDocument() throws Exception {
    fx.start();
    fx.awaitRebuilt();
    long older = fx.outbox.publishUncommitted(null, doc("course", "1", "Magnet version one", ""));
    long newer = fx.outbox.publish(null, doc("course", "1", "Magnet version two", ""));
    fx.engine.awaitApplied(newer, Duration.ofSeconds(5));
    fx.outbox.commit(older);
    assertThat(fx.engine.awaitApplied(older, Duration.ofSeconds(5))).isTrue();

    assertThat(fx.search("magnet", Viewer.anonymous()).hits())
        .extracting(SearchHit::title)
        .containsExactly("Magnet version two");
  }

  @Test
  void restart_resumesFromTheCommittedPosition() throws Exception {
    fx.start();
    fx.awaitRebuilt();
    fx.publish(null, doc("course", "1", "Magnet one", ""));
    fx.engine.close();
    long whileDown = fx.outbox.publish(null, doc("course", "2", "Magnet two", ""));

    fx.start();
    assertThat(fx.engine.status().provisional()).isFalse();
    assertThat(fx.engine.awaitApplied(whileDown, Duration.ofSeconds(5))).isTrue();

    assertThat(fx.keys("magnet", Viewer.anonymous()))
        .containsExactlyInAnyOrder("course/1", "course/2");
  }

  @Test
  void databaseBehindTheIndex_triggersARebuild_whileTheOldIndexAnswers() throws Exception {
    fx.start();
    fx.awaitRebuilt();
    fx.publish(null, doc("course", "1", "Magnet one", ""));
    fx.publish(null, doc("course", "2", "Magnet two", ""));
    fx.engine.close();
    fx.outbox.forgetAfter(1);
    fx.documents.documents.removeIf(o -> o.document().id().equals("2"));
    fx.documents.closeGate();

    fx.start();
    assertThat(fx.engine.status().provisional()).isTrue();
    assertThat(fx.keys("magnet", Viewer.anonymous()))
        .containsExactlyInAnyOrder("course/1", "course/2");
    fx.documents.openGate();
    fx.awaitRebuilt();

    assertThat(fx.keys("magnet", Viewer.anonymous())).containsExactly("course/1");
    long next = fx.outbox.publish(null, doc("course", "3", "Magnet three", ""));
    assertThat(next).isEqualTo(2);
    assertThat(fx.engine.awaitApplied(next, Duration.ofSeconds(5))).isTrue();
    assertThat(fx.keys("magnet", Viewer.anonymous()))
        .containsExactlyInAnyOrder("course/1", "course/3");
  }

  @Test
  void pluginEnabledAfterARebuildWithoutIt_getsItsDocumentsBack_once() throws Exception {
    fx.documents.add("training", doc("course", "1", "Magnet course", ""));
    fx.documents.add("training", doc("course", "2", "Another magnet course", ""));
    fx.start();
    fx.awaitRebuilt();
    assertThat(
            fx.engine
                .search(SearchQuery.of("magnet"), Viewer.staff(), java.util.Set.of("training"))
                .total())
        .isZero();

    fx.documents.enabled.add("training");
    fx.engine.checkPlugin("training");
    fx.engine.checkPlugin("training");

    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                fx.engine
                        .search(
                            SearchQuery.of("magnet"), Viewer.staff(), java.util.Set.of("training"))
                        .total()
                    >= 2);
    assertThat(
            fx.engine
                .search(SearchQuery.of("magnet"), Viewer.staff(), java.util.Set.of("training"))
                .total())
        .isEqualTo(2);
    assertThat(fx.engine.status().documents()).isEqualTo(2);
  }

  @Test
  void aSecondWriterOnTheIndexFolder_isRefused() throws Exception {
    fx.start();
    fx.awaitRebuilt();
    try (var d = FSDirectory.open(dir.resolve("main_v0001"))) {
      assertThatThrownBy(() -> new IndexWriter(d, new IndexWriterConfig()))
          .isInstanceOf(LockObtainFailedException.class);
    }
  }

  private void corpus(int n) {
    for (int i = 1; i <= n; i++) {
      fx.documents.add(
          null,
          doc(
              "organisation",
              Integer.toString(i),
              "Magnet maker " + i,
              "Sintered magnets from plant " + i));
    }
  }

  private List<String> folders() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
