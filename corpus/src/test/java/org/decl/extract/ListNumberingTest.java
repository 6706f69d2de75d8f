package org.decl.extract;

import static org.decl.extract.ParagraphAssert.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.decl.testkit.Declarations;
import org.decl.testkit.Declarations.Unit;
import org.decl.testkit.ListDocuments;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists that number themselves: Word documents with automatic numbering and HTML with {@code <ol>},
 * made by the test kit from the sample declarations with their printed labels taken out. Extraction
 * gives back the paragraphs of the plain text, labels included, in every script.
 */
class ListNumberingTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static List<String> samples() {
    return Texts.languages();
  }

  static List<String> declarations() {
    return Declarations.languages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void givesWordListsTheLabelsTheirNumberingShows(String lang) {
    List<Unit> units = Declarations.sample(lang);

    ExtractedDocument doc =
        extractor.extract(Source.bytes(lang + ".docx", ListDocuments.docx(lang, units)));

    assertParagraphs(Declarations.paragraphs(units), doc.texts());
    assertEquals(lang, doc.lang());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void givesHtmlListsTheLabelsTheirCounterStylesShow(String lang) {
    List<Unit> units = Declarations.sample(lang);

    ExtractedDocument doc =
        extractor.extract(Source.bytes(lang + ".html", ListDocuments.html(lang, units).getBytes()));

    assertParagraphs(Declarations.paragraphs(units), doc.texts());
    assertEquals(lang, doc.lang());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declarations")
  void readsTheLongDeclarationBackFromWordAndHtml(String lang) {
    List<Unit> units = Declarations.declaration(lang);

    ExtractedDocument docx =
        extractor.extract(Source.bytes(lang + ".docx", ListDocuments.docx(lang, units)));
    ExtractedDocument html =
        extractor.extract(Source.bytes(lang + ".html", ListDocuments.html(lang, units).getBytes()));

    assertParagraphs(Declarations.paragraphs(units), docx.texts());
    assertParagraphs(Declarations.paragraphs(units), html.texts());
    assertEquals(lang, docx.lang());
    assertEquals(lang, html.lang());
  }
}
