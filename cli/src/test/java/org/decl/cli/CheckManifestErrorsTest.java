package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken manifests stop decl check with exit 2 and a message naming file, line and column. */
class CheckManifestErrorsTest {

  @TempDir Path root;

  private Path corpus;

  @BeforeEach
  void corpusBesideASecret() throws IOException {
    corpus = root.resolve("corpus");
    Files.createDirectories(corpus.resolve("w"));
    Files.writeString(corpus.resolve("w/fr.txt"), "La liberté d’expression est protégée.\n");
    Files.writeString(root.resolve("secret.txt"), "Ã© \uFFFD not to be read\n");
  }

  private Decl.Run check(String manifest) throws IOException {
    Files.writeString(corpus.resolve("corpus.yaml"), manifest);
    return Decl.run("check", corpus.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "syntax error|works:\\n  - id: w\\n    versions: [{lang: fr, path: w/fr.txt}\\n"
            + "|line 3, column 15: not valid YAML: while parsing a flow sequence opened here,",
        "wrong type|works:\\n  - id: w\\n    versions: w/fr.txt\\n"
            + "|line 3, column 15: 'versions' of work 'w' should be a list, not a single value",
        "unknown key|works:\\n  - id: w\\n    version:\\n      - {lang: fr, path: w/fr.txt}\\n"
            + "|line 3, column 5: unknown key 'version' (did you mean 'versions'?)",
        "path traversal|works:\\n  - id: w\\n    versions:\\n      - {lang: fr, path: ../secret.txt}\\n"
            + "|line 4, column 26: '../secret.txt' leaves the corpus folder",
        "absolute path|works:\\n  - id: w\\n    versions:\\n      - {lang: fr, path: /etc/hostname}\\n"
            + "|line 4, column 26: '/etc/hostname' is absolute",
        "bad level|works:\\n  - id: w\\n    versions:\\n      - {lang: fr, path: w/fr.txt}\\n"
            + "rules:\\n  mojibake: fatal\\n|line 6, column 13: 'fatal' is not a level",
      })
  void refusesABrokenManifest(String name, String manifest, String message) throws IOException {
    Decl.Run run = check(manifest.replace("\\n", "\n"));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith("decl: " + corpus.resolve("corpus.yaml") + ": " + message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void refusesAnEmptyManifest() throws IOException {
    Decl.Run run = check("");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("corpus.yaml: empty file"), run.err());
  }

  @Test
  void refusesAFolderWithoutManifest() {
    Decl.Run run = Decl.run("check", root.resolve("nowhere").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no such corpus folder or manifest"), run.err());
  }

  @Test
  void refusesALinkOutOfTheCorpus() throws IOException {
    Files.createSymbolicLink(corpus.resolve("w/de.txt"), root.resolve("secret.txt"));

    Decl.Run run =
        check(
            "works:\n  - id: w\n    versions:\n      - {lang: fr, path: w/fr.txt}\n"
                + "      - {lang: de, path: w/de.txt}\n");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("line 5, column 26: 'w/de.txt' is a link to a file outside"), run.err());
    assertFalse(run.err().contains("not to be read"));
  }

  @Test
  void reportsAMissingVersionWhereTheManifestListsIt() throws IOException {
    Decl.Run run =
        check(
            "works:\n  - id: w\n    versions:\n      - {lang: fr, path: w/fr.txt}\n"
                + "      - {lang: de, path: w/de.txt}\n");

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("w/de.txt: no such file (listed in corpus.yaml at line 5, column 9)"),
        run.out());
    assertTrue(run.out().contains(corpus.resolve("corpus.yaml") + ":5"), run.out());
  }
}
