package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.decl.testkit.Repo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decl never destroys what it did not write, and reads a corpus only inside its folder: each
 * reproduction of issue 17 (outputs over inputs, foreign indexes, links out of the corpus, pipes)
 * run as a user would run it.
 */
class OutputsAndCorpusBoundaryTest {

  @TempDir Path dir;

  private Path corpus;
  private Path fr;
  private Path de;
  private byte[] frBytes;

  @BeforeEach
  void aSmallCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    fr = Files.copy(Repo.file("examples/paris-2016/fr.txt"), corpus.resolve("fr.txt"));
    de = Files.copy(Repo.file("examples/paris-2016/de.txt"), corpus.resolve("de.txt"));
    frBytes = Files.readAllBytes(fr);
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: paris\n    original: fr\n    versions:\n"
            + "      - {lang: fr, path: fr.txt}\n      - {lang: de, path: de.txt}\n");
  }

  private static void assertOneLine(Decl.Run run, int code, String start, String contains) {
    assertEquals(code, run.exitCode(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith(start), run.err());
    assertTrue(run.err().contains(contains), run.err());
  }

  @Test
  void extractIntoTheFolderOfItsInputRefusesAndKeepsTheOriginal() throws IOException {
    Decl.Run run = Decl.run("extract", "-o", corpus.toString(), fr.toString());

    assertOneLine(run, 2, "decl: " + fr, "is an input of this command");
    assertEquals(new String(frBytes, StandardCharsets.UTF_8), Files.readString(fr));
  }

  @Test
  void splitIntoTheFolderOfItsInputRefuses() throws IOException {
    Decl.Run run = Decl.run("split", "-o", corpus.toString(), fr.toString());

    assertOneLine(run, 2, "decl: " + fr, "is an input of this command");
    assertEquals(new String(frBytes, StandardCharsets.UTF_8), Files.readString(fr));
  }

  @Test
  void alignAndDiffRefuseToWriteOverOneOfTheirDocuments() throws IOException {
    assertOneLine(
        Decl.run("align", "-o", fr.toString(), fr.toString(), de.toString()),
        2,
        "decl: " + fr,
        "is an input of this command");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), de);
    assertOneLine(
        Decl.run("diff", "-o", link.toString(), fr.toString(), de.toString()),
        2,
        "decl: " + link,
        "is an input of this command (" + de + ")");
    assertEquals(new String(frBytes, StandardCharsets.UTF_8), Files.readString(fr));
  }

  @Test
  void checkRefusesToReplaceTheManifestOrAVersionWithItsReport() throws IOException {
    String manifest = Files.readString(corpus.resolve("corpus.yaml"));
    assertOneLine(
        Decl.run("check", "-o", corpus.resolve("corpus.yaml").toString(), corpus.toString()),
        2,
        "decl: " + corpus.resolve("corpus.yaml"),
        "is an input of this command");
    Path hard = Files.createLink(dir.resolve("hard.txt"), de);
    assertOneLine(
        Decl.run("check", "-o", hard.toString(), corpus.toString()),
        2,
        "decl: " + hard,
        "is an input of this command");
    assertEquals(manifest, Files.readString(corpus.resolve("corpus.yaml")));

    Decl.Run fine =
        Decl.run("check", "-o", dir.resolve("report.txt").toString(), corpus.toString());
    assertTrue(Files.exists(dir.resolve("report.txt")), fine.err());
  }

  @Test
  void indexRefusesAnotherProgramsIndexUnlessForced() throws IOException {
    Path foreign = dir.resolve("foreign");
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 1000; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "document " + i, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }

    assertOneLine(
        Decl.run("index", "--index", foreign.toString(), corpus.toString()),
        2,
        "decl: " + foreign + ": holds a Lucene index that decl did not write",
        "--force");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(foreign))) {
      assertEquals(1000, reader.numDocs());
    }

    Decl.Run forced =
        Decl.run("index", "--force", "--index", foreign.toString(), corpus.toString());
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(forced.err().contains("2 added"), forced.err());
  }

  @Test
  void indexAndCheckRefuseADeclFolderThatIsALinkOutOfTheCorpus() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(corpus.resolve(".decl"), elsewhere);

    assertOneLine(
        Decl.run("index", corpus.toString()), 2, "decl: " + corpus.resolve(".decl"), "link");
    assertOneLine(
        Decl.run("check", corpus.toString()), 2, "decl: " + corpus.resolve(".decl"), "link");
    try (var files = Files.list(elsewhere)) {
      assertEquals(List.of(), files.toList(), "nothing written through the link");
    }
    // with the cache off, check writes nothing and runs
    assertEquals(0, Decl.run("check", "--no-cache", corpus.toString()).exitCode());
  }

  @Test
  void checkAndIndexRefuseAPipeListedAsAVersionWithoutHanging() throws Exception {
    Files.delete(de);
    mkfifo(de);

    Decl.Run check =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> Decl.run("check", "--no-cache", corpus.toString()));
    assertEquals(1, check.exitCode(), check.out() + check.err());
    assertTrue(check.out().contains("not a regular file"), check.out());

    Decl.Run index =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120), () -> Decl.run("index", corpus.toString()));
    assertEquals(1, index.exitCode(), index.err());
    assertTrue(index.err().contains(de + ": is a named pipe"), index.err());
  }

  @Test
  void checkDoesNotReadAVersionSwappedForALinkToACanaryOutside() throws IOException {
    Path canary = Files.writeString(dir.resolve("canary.txt"), "CANARY outside the corpus.\n");
    Files.delete(de);
    Files.createSymbolicLink(de, canary);

    Decl.Run run = Decl.run("check", "--no-cache", "--format", "json", corpus.toString());

    assertTrue(!run.out().contains("CANARY"), run.out());
    assertTrue(
        run.out().contains("leaves the corpus folder") || run.err().contains("link"),
        run.out() + run.err());
  }

  @Test
  void extractReadsANamedPipeAsAStreamLikeProcessSubstitution() throws Exception {
    Path pipe = dir.resolve("pipe");
    mkfifo(pipe);
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(pipe, frBytes); // blocks until decl opens the pipe to read
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();

    Decl.Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> Decl.run("extract", pipe.toString()));
    writer.join();

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("PARIS"), run.out());
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "mkfifo " + path);
  }
}
