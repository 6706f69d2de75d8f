package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that take a corpus find the nearest corpus.yaml from the folder they are run in, and say
 * where they looked when there is none. The walk from a subfolder needs a process started in that
 * folder (a JVM cannot change its working folder): two runs of decl in their own JVM.
 */
class CorpusDiscoveryTest {

  @TempDir static Path corpus;

  @BeforeAll
  static void twoVersions() throws IOException {
    Files.createDirectories(corpus.resolve("lisbon/drafts"));
    for (String lang : List.of("fr", "ru")) {
      Files.writeString(
          corpus.resolve("lisbon/" + lang + ".txt"),
          String.join("\n\n", Texts.paragraphs(lang)) + "\n",
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: lisbon\n    original: fr\n    versions:\n"
            + "      - {lang: fr, path: lisbon/fr.txt}\n      - {lang: ru, path: lisbon/ru.txt}\n");
  }

  /** decl run in its own JVM, in a folder. */
  private static Decl.Run decl(Path folder, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:TieredStopAtLevel=1"); // a short run starts faster
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("decl-out", ".txt");
    Path err = Files.createTempFile("decl-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "decl did not finish");
      return new Decl.Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void indexAndCheckFindTheCorpusFromASubfolder() throws IOException, InterruptedException {
    Path drafts = corpus.resolve("lisbon/drafts");

    Decl.Run index = decl(drafts, "index");
    Decl.Run check = decl(drafts, "check");

    assertEquals(0, index.exitCode(), index.err());
    assertEquals(
        List.of(
            "Indexed 1 work into ../../.decl/index in #.# s: 2 added, 0 updated, 0 unchanged,"
                + " 0 removed (2 versions, ## clauses written).",
            "  added    lisbon/fr lisbon/ru"),
        index.errLines().stream()
            .map(
                l ->
                    l.replaceAll("in \\d+\\.\\d s", "in #.# s")
                        .replaceAll("2 versions, \\d+", "2 versions, ##"))
            .toList());
    assertEquals("*\n", Files.readString(corpus.resolve(".decl/.gitignore")));
    assertTrue(Files.isDirectory(corpus.resolve(".decl/index")));
    assertEquals(0, check.exitCode(), check.err());
    assertEquals("2 files checked: no findings.\n", check.out());
  }

  @Test
  void withNoCorpusAboveTheCommandsSayWhereTheyLooked(@TempDir Path lost) {
    // in process: the test's working folder, the cli module, has no corpus.yaml above it
    Path here = Path.of("").toAbsolutePath();
    String expected =
        "decl: "
            + here
            + ": no corpus.yaml here or in any folder above; name a corpus folder, or write a"
            + " corpus.yaml for the documents here with decl init\n";
    for (String[] args :
        List.of(
            new String[] {"check"},
            new String[] {"index", "--index", lost.resolve("idx").toString()},
            new String[] {"align", "--work", "lisbon"})) {
      Decl.Run run = Decl.run(args);

      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals(expected, run.err(), String.join(" ", args));
    }
  }
}
