package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.manifest.ManifestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decl index writes only into a folder that holds a decl index or nothing: another program's index
 * and the corpus's files outside it stay as they were.
 */
class IndexFolderTest {

  @TempDir Path dir;

  private final Extractor extractor = new Extractor(ExtractOptions.defaults());

  private List<CorpusIndexer.Target> corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: w\n    versions:\n      - {lang: fr, path: fr.txt}\n"
            + "      - {lang: de, path: de.txt}\n");
    Files.writeString(corpus.resolve("fr.txt"), "Le gouvernement agit.\n");
    Files.writeString(corpus.resolve("de.txt"), "Die Regierung handelt.\n");
    return CorpusIndexer.targets(ManifestReader.read(corpus));
  }

  private static void foreignIndex(Path index, int docs) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < docs; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "document " + i, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  private static int docs(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  private IndexReport index(Path index, List<CorpusIndexer.Target> targets, boolean force) {
    try (CorpusIndexer indexer = new CorpusIndexer(index, extractor, 1, force)) {
      return indexer.index(targets, true, new Quiet());
    }
  }

  @Test
  void refusesAnotherProgramsLuceneIndexAndLeavesItWhole() throws IOException {
    List<CorpusIndexer.Target> targets = corpus();
    Path foreign = dir.resolve("foreign");
    foreignIndex(foreign, 1000);

    DeclException e = assertThrows(DeclException.class, () -> index(foreign, targets, false));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().startsWith(foreign + ": holds a Lucene index"), e.getMessage());
    assertEquals(1000, docs(foreign));
  }

  @Test
  void replacesAnotherProgramsIndexWhenForced() throws IOException {
    List<CorpusIndexer.Target> targets = corpus();
    Path foreign = dir.resolve("foreign");
    foreignIndex(foreign, 10);

    IndexReport report = index(foreign, targets, true);

    assertEquals(List.of("w/de", "w/fr"), report.added());
    // the index is decl's now: a second run needs no force
    assertEquals(List.of("w/de", "w/fr"), index(foreign, targets, false).unchanged());
  }

  @Test
  void refusesAFolderWithOtherFilesButTakesAnEmptyOne() throws IOException {
    List<CorpusIndexer.Target> targets = corpus();
    Path full = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(full.resolve("holiday.jpg"), "not an index");

    DeclException e = assertThrows(DeclException.class, () -> index(full, targets, false));
    assertTrue(e.getMessage().contains("holiday.jpg is there"), e.getMessage());
    assertEquals("not an index", Files.readString(full.resolve("holiday.jpg")));

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, index(empty, targets, false).added().size());
  }

  @Test
  void refusesADeclFolderThatIsALinkOutOfTheCorpus() throws IOException {
    corpus();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    foreignIndex(elsewhere.resolve("index"), 5);
    Files.createSymbolicLink(dir.resolve("corpus/.decl"), elsewhere);

    assertThrows(DeclException.class, () -> IndexLocation.forWriting(dir.resolve("corpus")));
    assertEquals(5, docs(elsewhere.resolve("index")));
  }

  @Test
  void aPipeListedAsAVersionFailsThatVersionAndDoesNotHang() throws Exception {
    List<CorpusIndexer.Target> targets = corpus();
    Files.delete(dir.resolve("corpus/de.txt"));
    Process p = new ProcessBuilder("mkfifo", dir.resolve("corpus/de.txt").toString()).start();
    assertEquals(0, p.waitFor());

    IndexReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> index(dir.resolve("index"), targets, false));

    assertEquals(List.of("w/fr"), report.added());
    assertEquals(1, report.failures().size());
    assertTrue(
        report.failures().get(0).getMessage().contains("not a regular file"),
        report.failures().get(0).getMessage());
  }

  @Test
  void indexesWhatItReadsNotAFileSwappedForALinkOutside() throws IOException {
    List<CorpusIndexer.Target> targets = corpus(); // paths checked while the files are real
    Path canary = Files.writeString(dir.resolve("canary.txt"), "Kanarienvogel draußen.\n");
    Files.delete(dir.resolve("corpus/de.txt"));
    Files.createSymbolicLink(dir.resolve("corpus/de.txt"), canary);

    IndexReport report = index(dir.resolve("index"), targets, false);

    assertEquals(List.of("w/fr"), report.added());
    assertTrue(
        report.failures().get(0).getMessage().contains("leaves the corpus folder"),
        report.failures().get(0).getMessage());
  }

  /** No progress to show. */
  private static final class Quiet implements CorpusIndexer.Listener {
    @Override
    public void versions(int count) {}

    @Override
    public void versionDone(String key) {}
  }
}
