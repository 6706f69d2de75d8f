package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What decl index says of a path that is not there, a file without --lang, an empty manifest. */
class IndexErrorsTest {

  @TempDir Path dir;

  @Test
  void aPathThatIsNotThereIsNoSuchFileOrFolder() {
    Decl.Run run = Decl.run("index", "/no/such/path");

    assertEquals(2, run.exitCode());
    assertEquals("decl: /no/such/path: no such file or folder\n", run.err());
  }

  @Test
  void aFileWithoutLangIsIndexedInTheLanguageItIsDetectedIn() throws IOException {
    Path fr = dir.resolve("declaration.txt");
    Files.writeString(fr, String.join("\n\n", Texts.paragraphs("fr")), StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");

    Decl.Run run = Decl.run("index", "--index", index.toString(), fr.toString());
    Decl.Run search =
        Decl.run("search", "--index", index.toString(), "--format", "jsonl", "lang:fr");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(fr + ": fr (detected; --lang sets it)", run.errLines().get(0));
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().contains("\"work\":\"declaration\",\"lang\":\"fr\""), search.out());
  }

  @Test
  void aFileWhoseLanguageCannotBeToldFailsAlone() throws IOException {
    Path fr = dir.resolve("fr.txt");
    Files.writeString(fr, String.join("\n\n", Texts.paragraphs("fr")), StandardCharsets.UTF_8);
    Path numbers = Files.writeString(dir.resolve("numbers.txt"), "1. 2. 3.\n");

    Decl.Run run =
        Decl.run(
            "index", "--index", dir.resolve("idx").toString(), fr.toString(), numbers.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.errLines()
            .contains(
                "decl: "
                    + numbers
                    + ": its language cannot be told from its text; give it with --lang TAG"),
        run.err());
    assertTrue(run.err().contains("1 added"), run.err());
  }

  @Test
  void anEmptyManifestPointsAtDeclInit() throws IOException {
    Files.writeString(dir.resolve("corpus.yaml"), "");

    Decl.Run run = Decl.run("index", dir.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "decl: "
            + dir.resolve("corpus.yaml")
            + ": empty file: a manifest lists works (docs/index.md#corpusyaml); decl init writes"
            + " one for the documents in its folder\n",
        run.err());
  }
}
