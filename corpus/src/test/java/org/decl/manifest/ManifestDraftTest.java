package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus.yaml decl init drafts, on plain-text folders (the formats: cli InitCommandTest). */
class ManifestDraftTest {

  @TempDir Path dir;

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  private void write(String path, String lang, int paragraphs) throws IOException {
    List<String> all = Declarations.paragraphs(Declarations.declaration(lang));
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, String.join("\n\n", all.subList(0, paragraphs)) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void guessesTheOriginalByTheParagraphCountMostVersionsShare() throws IOException {
    write("w/de.txt", "de", 12);
    write("w/en.txt", "en", 14);
    write("w/fr.txt", "fr", 14);

    ManifestDraft draft = ManifestDraft.survey(dir, extractor, 2);

    ManifestDraft.DraftWork work = draft.works().get(0);
    assertEquals("en", work.original());
    assertEquals(
        "the first version with the paragraph count most versions share (14, in 2 of 3)",
        work.originalReason());
  }

  @Test
  void theLanguageMostWorksHaveIsTheOriginal() throws IOException {
    write("a/en.txt", "en", 10);
    write("a/fr.txt", "fr", 10);
    write("b.de.txt", "de", 8);
    write("b.fr.txt", "fr", 8);

    ManifestDraft draft = ManifestDraft.survey(dir, extractor, 2);

    assertEquals(List.of("a", "b"), draft.works().stream().map(w -> w.id()).toList());
    assertEquals("fr", draft.works().get(0).original());
    assertEquals(
        "the language most works here have (fr: 2 of 2)", draft.works().get(0).originalReason());
  }

  @Test
  void theFileNameGivesTheLanguageAndADisagreeingTextIsPointedOut() throws IOException {
    write("charter.fr.txt", "en", 6);

    ManifestDraft.DraftVersion version =
        ManifestDraft.survey(dir, extractor, 1).works().get(0).versions().get(0);

    assertEquals("fr", version.lang());
    assertEquals(
        "from the file name; check: the text reads as en (confidence 0.89)", version.note());
  }

  @Test
  void aDashedNameTheTextContradictsIsAWorkName() throws IOException {
    // "plan-ca" may be Catalan, or a name: the English text decides
    write("plan-ca.txt", "en", 6);

    ManifestDraft.DraftWork work = ManifestDraft.survey(dir, extractor, 1).works().get(0);

    assertEquals("plan-ca", work.id());
    assertEquals("en", work.versions().get(0).lang());
  }

  @Test
  void writesAManifestTheReaderReadsBackWithEveryVersion() throws IOException {
    write("open-gov/sr-Latn.txt", "hr", 8);
    write("open-gov/zh-Hant.txt", "zh-Hant", 8);
    write("open-gov/en.txt", "en", 8);
    write(".decl/cache/en.txt", "en", 8);
    Files.writeString(dir.resolve("open-gov/notes.md"), "not a document decl reads\n");

    ManifestDraft draft = ManifestDraft.survey(dir, extractor, 2);
    Manifest manifest = ManifestReader.read(dir.resolve("corpus.yaml"), draft.yaml());

    assertEquals(List.of("en", "sr-Latn", "zh-Hant"), manifest.languages());
    assertEquals("open-gov", manifest.works().get(0).id());
  }

  @Test
  void aSecondVersionInALanguageIsListedCommentedOut() throws IOException {
    write("w/en.txt", "en", 6);
    write("w.en.txt", "en", 6);

    ManifestDraft draft = ManifestDraft.survey(dir, extractor, 2);

    assertEquals(
        List.of(
            new ManifestDraft.DraftVersion(
                "en", "w.en.txt", "from the file name, as the text reads")),
        draft.works().get(0).versions());
    assertEquals(
        "      # - {lang: en, path: \"w/en.txt\"}  # a second en version, beside w.en.txt:"
            + " list one of them\n",
        draft.yaml().lines().filter(l -> l.contains("# - {")).findFirst().orElseThrow() + "\n");
  }

  @Test
  void quotesEveryCharacterAYamlReaderWouldReadOtherwise() {
    assertEquals("\"a \\\"b\\\" \\\\ c\\u0009d\"", ManifestDraft.quoted("a \"b\" \\ c\td"));
    assertEquals("\"宣言 #1: ok\"", ManifestDraft.quoted("宣言 #1: ok"));
  }

  @Test
  void aFolderWithoutDocumentsIsAConfigurationError() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "nothing to read\n");

    DeclException e =
        assertThrows(DeclException.class, () -> ManifestDraft.survey(dir, extractor, 1));

    assertEquals(2, e.kind().exitCode());
    assertEquals(
        dir
            + ": no document here or in the folders below (PDF, DOCX, DOC, ODT, RTF, HTML, EPUB"
            + " or text files)",
        e.getMessage());
  }
}
