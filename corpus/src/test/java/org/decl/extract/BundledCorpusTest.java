package org.decl.extract;

import static org.decl.extract.ParagraphAssert.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled paris-2016 versions read back as the texts we wrote: the English PDF and the Spanish
 * Word file generated from examples/sources, and the German text file hard-wrapped by hand.
 */
class BundledCorpusTest {

  private static final Path SOURCES = Repo.file("examples/sources/paris-2016");
  private static Extractor extractor;

  @TempDir static Path generated;

  @BeforeAll
  static void generate() {
    MakeCorpus.generate(SOURCES, generated);
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void readsTheEnglishPdf() {
    assertParagraphs(
        Texts.paragraphs(SOURCES.resolve("en.txt")),
        extractor.extract(Source.file(generated.resolve("en.pdf"))).texts());
  }

  @Test
  void readsTheSpanishWordDocument() {
    assertParagraphs(
        Texts.paragraphs(SOURCES.resolve("es.txt")),
        extractor.extract(Source.file(generated.resolve("es.docx"))).texts());
  }

  @Test
  void splitsEveryVersionIntoTheSameIdsAsTheFrenchOriginal() {
    List<Path> versions =
        List.of(
            Repo.file("examples/paris-2016/fr.txt"),
            generated.resolve("en.pdf"),
            generated.resolve("es.docx"),
            Repo.file("examples/paris-2016/de.txt"));
    List<List<String>> ids = new ArrayList<>();
    for (Path version : versions) {
      ClauseDocument doc =
          Splitter.split(extractor.extract(Source.file(version)), Granularity.CLAUSE);
      ids.add(
          doc.units().stream().map(u -> u.id() + " " + u.kind().id() + " " + u.role()).toList());
    }

    assertEquals(27, ids.get(0).size());
    for (int i = 1; i < ids.size(); i++) {
      assertEquals(ids.get(0), ids.get(i), versions.get(i).toString());
    }
  }

  @Test
  void readsTheGermanTextHardWrappedAtSeventySixColumns() {
    Path german = Repo.file("examples/paris-2016/de.txt");
    assertParagraphs(Texts.paragraphs(german), extractor.extract(Source.file(german)).texts());
  }
}
