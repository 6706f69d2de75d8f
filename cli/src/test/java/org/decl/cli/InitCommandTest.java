package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.testkit.Declarations;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decl init} on a folder of real files made by the test kit (text, DOCX and PDF, in Latin,
 * Arabic, Han, Cyrillic, Armenian and Hebrew script): the manifest it writes, word for word, and
 * that decl check reads it.
 */
class InitCommandTest {

  @TempDir static Path base;

  private static Path texts;
  private static Decl.Run init;

  @BeforeAll
  static void initAFolderOfDocuments() throws IOException {
    texts = Files.createDirectories(base.resolve("texts"));
    Files.createDirectories(texts.resolve("open-gov"));
    Files.createDirectories(texts.resolve("notes"));
    Files.createDirectories(texts.resolve(".git"));
    text("open-gov/en.txt", paragraphs("en", 40));
    text("open-gov/ru.txt", paragraphs("ru", 40));
    PdfMaker.of(paragraphs("ar", 12)).write(texts.resolve("open-gov/ar.pdf"));
    DocxMaker.of(paragraphs("zh-Hant", 40)).write(texts.resolve("open-gov/zh-Hant.docx"));
    text("charter.en.txt", paragraphs("en", 10));
    text("charter_hy.txt", paragraphs("hy", 10));
    text("charter-he.txt", paragraphs("he", 10));
    text("notes/statement.txt", paragraphs("de", 10));
    text("tiny.txt", List.of("1. 2. 3."));
    text(".git/COMMIT_EDITMSG.txt", paragraphs("en", 2));
    Files.writeString(texts.resolve("README.md"), "Not a document decl reads.\n");
    init = Decl.run("init", texts.toString());
  }

  private static List<String> paragraphs(String lang, int count) {
    List<String> all = Declarations.paragraphs(Declarations.declaration(lang));
    return all.subList(0, Math.min(count, all.size()));
  }

  private static void text(String path, List<String> paragraphs) throws IOException {
    Files.writeString(
        texts.resolve(path), String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void writesACommentedManifestForTheDocumentsOfAFolder() throws IOException {
    assertEquals(0, init.exitCode(), init.err());
    assertEquals("", init.out());
    assertEquals(EXPECTED, Files.readString(texts.resolve("corpus.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void saysWhatItWroteAndWhatItLeftOut() {
    assertEquals(
        List.of(
            "Wrote "
                + texts.resolve("corpus.yaml")
                + ": 3 works, 8 versions; check the originals guessed and the lines marked"
                + " 'check:'.",
            "decl: "
                + texts.resolve("tiny.txt")
                + ": warning: not listed: its language cannot be told from its text; name it"
                + " NAME.LANG.txt (NAME.fr.txt) or list it by hand"),
        init.errLines());
  }

  @Test
  void makesTheDeclFolderWithAGitignore() throws IOException {
    assertEquals("*\n", Files.readString(texts.resolve(".decl/.gitignore")));
  }

  @Test
  void refusesToWriteOverACorpusYaml() throws IOException {
    String before = Files.readString(texts.resolve("corpus.yaml"));

    Decl.Run again = Decl.run("init", texts.toString());

    assertEquals(2, again.exitCode());
    assertEquals(
        "decl: "
            + texts.resolve("corpus.yaml")
            + ": already there; decl init leaves it as it is (--force replaces it)\n",
        again.err());
    assertEquals(before, Files.readString(texts.resolve("corpus.yaml")));
  }

  @Test
  void forceWritesItAgain(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("corpus.yaml"), "works: []\n");
    Files.writeString(
        dir.resolve("fr.txt"), String.join("\n\n", paragraphs("fr", 8)), StandardCharsets.UTF_8);

    Decl.Run run = Decl.run("init", "--force", dir.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        Files.readString(dir.resolve("corpus.yaml"))
            .contains("      - {lang: fr, path: \"fr.txt\"}  # from the file name, as the text"),
        Files.readString(dir.resolve("corpus.yaml")));
  }

  @Test
  void aFolderWithNoDocumentIsAConfigurationError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.md"), "nothing decl reads\n");

    Decl.Run run = Decl.run("init", dir.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "decl: "
            + dir
            + ": no document here or in the folders below (PDF, DOCX, DOC, ODT, RTF, HTML, EPUB"
            + " or text files)\n",
        run.err());
    assertTrue(Files.notExists(dir.resolve("corpus.yaml")));
  }

  @Test
  void declCheckReadsTheManifestItWrites() {
    // the manifest as decl check reads it, rule levels included, without reading every version
    Decl.Run check = Decl.run("check", "--list-rules", texts.toString());

    assertEquals(0, check.exitCode(), check.err());
    assertEquals("", check.err());
  }

  @Test
  void initThenCheckRuns(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lisbon"));
    for (String lang : List.of("fr", "ru")) {
      Files.writeString(
          dir.resolve("lisbon/" + lang + ".txt"),
          String.join("\n\n", Texts.paragraphs(lang)) + "\n",
          StandardCharsets.UTF_8);
    }

    Decl.Run init = Decl.run("init", dir.toString());
    Decl.Run check = Decl.run("check", dir.toString());

    assertEquals(0, init.exitCode(), init.err());
    assertTrue(
        Files.readString(dir.resolve("corpus.yaml"))
            .contains(
                "    original: fr  # check: a guess, the first version: nothing here tells which"
                    + " is the original\n"),
        Files.readString(dir.resolve("corpus.yaml")));
    assertEquals(0, check.exitCode(), check.err());
    assertEquals("2 files checked: no findings.\n", check.out());
  }

  private static final String EXPECTED =
      """
      # corpus.yaml for the documents of this folder, written by decl init.
      # Check the lines marked 'check:', then run decl check (see docs/init.md).
      #
      # works: each work is one text; its versions are its language versions.
      #   id        the work's name in decl's output and for --work: letters, digits, . - _
      #   title     its title (optional)
      #   original  the language of the version the others are checked and aligned against
      #   versions  lang: the version's BCP 47 tag, kept whole (zh-Hant and zh-Hans are two versions)
      #             path: its file, relative to this manifest and inside its folder
      works:
        - id: charter
          title: "DECLARATION ON OPEN AND ACCOUNTABLE GOVERNMENT"
          original: en  # check: a guess, the language most works here have (en: 2 of 3)
          versions:
            - {lang: he, path: "charter-he.txt"}  # from the file name, as the text reads
            - {lang: en, path: "charter.en.txt"}  # from the file name, as the text reads
            - {lang: hy, path: "charter_hy.txt"}  # from the file name, as the text reads
        - id: notes
          title: "ERKLÄRUNG ÜBER OFFENES UND RECHENSCHAFTSPFLICHTIGES REGIERUNGSHANDELN"
          original: de  # check: a guess, its only version
          versions:
            - {lang: de, path: "notes/statement.txt"}  # detected (confidence 0.98)
        - id: open-gov
          title: "DECLARATION ON OPEN AND ACCOUNTABLE GOVERNMENT"
          original: en  # check: a guess, the language most works here have (en: 2 of 3)
          versions:
            - {lang: ar, path: "open-gov/ar.pdf"}  # from the file name, as the text reads
            - {lang: en, path: "open-gov/en.txt"}  # from the file name, as the text reads
            - {lang: ru, path: "open-gov/ru.txt"}  # from the file name, as the text reads
            - {lang: zh-Hant, path: "open-gov/zh-Hant.docx"}  # from the file name, as the text reads
      # not listed: "tiny.txt": its language cannot be told from its text; name it NAME.LANG.txt (NAME.fr.txt) or list it by hand
      # glossary:  terms that must correspond, one entry per term (optional)
      #   - {en: budget, fr: budget}
      # rules:     a rule's level in this corpus: off, info, warning or error (decl check --list-rules)
      #   length-ratio: warning
      """;
}
