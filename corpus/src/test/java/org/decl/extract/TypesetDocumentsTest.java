package org.decl.extract;

import static org.decl.extract.ParagraphAssert.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.OtherFormats;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real documents made by the tests: PDFs typeset with PDFBox (lines wrapped at the margin, long
 * words hyphenated, a running header and page numbers on every page, several pages), Word files
 * written with POI (with a header and footer to leave out), and OpenDocument, RTF, HTML and EPUB.
 * Extraction must give back the source paragraphs exactly.
 */
class TypesetDocumentsTest {

  private static final String HEADER = "Declaration on Open and Accountable Government";
  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  /**
   * Scripts whose PDFs our test typesetter writes faithfully. Devanagari, Ethiopic and Armenian
   * need glyph shaping that PDFBox does not do, so their PDFs would not hold the source text; they
   * are tested through Word and the other formats.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fr", "ru", "el", "zh", "ja"})
  void readsTypesetPdfsBackIntoTheirParagraphs(String lang) {
    List<String> paragraphs = Texts.paragraphs(lang);
    byte[] pdf = typeset(paragraphs);

    ExtractedDocument doc = extractor.extract(Source.bytes(lang + ".pdf", pdf));

    assertTrue(doc.pages() >= 2, "the PDF has " + doc.pages() + " pages");
    assertEquals("application/pdf", doc.mediaType());
    assertParagraphs(paragraphs, doc.texts());
  }

  /**
   * Arabic and Hebrew read back exactly, the line of recital 4 that ends (at its left) in a web
   * address included: see {@link BidiLines}. Our typesetter shapes Arabic into presentation forms
   * and maps brackets to the shapes drawn; both come back as written.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "he"})
  void readsRightToLeftPdfsBackVerbatim(String lang) {
    List<String> paragraphs = Texts.paragraphs(lang);

    ExtractedDocument doc = extractor.extract(Source.bytes(lang + ".pdf", typeset(paragraphs)));

    assertParagraphs(paragraphs, doc.texts());
  }

  @Test
  void readsThaiPdfsUpToTheSpacesBetweenPhrases() {
    List<String> paragraphs = Texts.paragraphs("th");

    ExtractedDocument doc = extractor.extract(Source.bytes("th.pdf", typeset(paragraphs)));

    assertParagraphs(withoutSpaces(paragraphs), withoutSpaces(doc.texts()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.decl.testkit.Texts#languages")
  void readsWordDocumentsWithoutTheirHeadersAndFooters(String lang) {
    List<String> paragraphs = Texts.paragraphs(lang);
    byte[] docx =
        DocxMaker.of(paragraphs).heading(0, 1, 2).header(HEADER).footer("Page 1 of 2").toBytes();

    ExtractedDocument doc = extractor.extract(Source.bytes(lang + ".docx", docx));

    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.mediaType());
    assertParagraphs(paragraphs, doc.texts());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.decl.testkit.Texts#languages")
  void readsOpenDocumentRtfHtmlAndEpub(String lang) {
    List<String> paragraphs = Texts.paragraphs(lang);

    assertParagraphs(paragraphs, texts(lang + ".odt", OtherFormats.odt(paragraphs)));
    assertParagraphs(paragraphs, texts(lang + ".rtf", OtherFormats.rtf(paragraphs)));
    assertParagraphs(paragraphs, texts(lang + ".html", OtherFormats.html(paragraphs).getBytes()));
    assertParagraphs(paragraphs, texts(lang + ".epub", OtherFormats.epub(paragraphs)));
  }

  @Test
  void takesTheTitleFromTheDocumentMetadata() {
    List<String> paragraphs = Texts.paragraphs("fr");

    ExtractedDocument doc =
        extractor.extract(Source.bytes("fr.html", OtherFormats.html(paragraphs).getBytes()));

    assertEquals(paragraphs.get(0), doc.title());
    assertEquals(ParagraphKind.HEADING, doc.paragraphs().get(0).kind());
  }

  private static byte[] typeset(List<String> paragraphs) {
    return PdfMaker.testPages(paragraphs).toBytes();
  }

  private static List<String> texts(String name, byte[] content) {
    return extractor.extract(Source.bytes(name, content)).texts();
  }

  private static List<String> withoutSpaces(List<String> paragraphs) {
    return paragraphs.stream().map(p -> p.replace(" ", "")).toList();
  }
}
