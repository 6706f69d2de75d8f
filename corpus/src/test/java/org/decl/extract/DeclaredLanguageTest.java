package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.decl.testkit.Declarations;
import org.decl.testkit.ListDocuments;
import org.decl.testkit.OtherFormats;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language a document declares is its language, tag kept whole, unless the user or the manifest
 * says otherwise or the declaration cannot be right for the text's script.
 */
class DeclaredLanguageTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void takesTraditionalChineseFromAWordDocumentsLanguage() {
    byte[] docx = ListDocuments.docx("zh-Hant", Declarations.sample("zh"));

    ExtractedDocument doc = extractor.extract(Source.bytes("zh.docx", docx));

    assertEquals("zh-Hant", doc.lang());
    assertEquals(1.0, doc.langConfidence());
  }

  @Test
  void takesTheLangAttributeOfAnHtmlDocument() {
    String html = ListDocuments.html("pt-PT", Declarations.sample("fr"));

    ExtractedDocument doc =
        extractor.extract(Source.bytes("fr.html", html.getBytes(StandardCharsets.UTF_8)));

    assertEquals("pt-PT", doc.lang());
  }

  @Test
  void takesTheLangOfAPdfCatalog() {
    byte[] pdf = PdfMaker.testPages(Texts.paragraphs("zh")).lang("zh-Hant").toBytes();

    ExtractedDocument doc = extractor.extract(Source.bytes("zh.pdf", pdf));

    assertEquals("zh-Hant", doc.lang());
  }

  @Test
  void takesTheDcLanguageOfOpenDocumentAndEpub() {
    List<String> paragraphs = Texts.paragraphs("zh");

    ExtractedDocument odt =
        extractor.extract(Source.bytes("zh.odt", OtherFormats.odt(paragraphs, "zh-Hant")));
    ExtractedDocument epub =
        extractor.extract(Source.bytes("zh.epub", OtherFormats.epub(paragraphs, "zh-Hant")));

    assertEquals("zh-Hant", odt.lang());
    assertEquals("zh-Hant", epub.lang());
  }

  @Test
  void detectsTheLanguageWhenTheDeclarationDoesNotFitTheScript() {
    byte[] docx = ListDocuments.docx("en-US", Declarations.sample("ru"));

    ExtractedDocument doc = extractor.extract(Source.bytes("ru.docx", docx));

    assertEquals("ru", doc.lang());
  }

  @Test
  void letsTheGivenLanguageOverrideTheDeclaredOne() {
    byte[] docx = ListDocuments.docx("zh-Hant", Declarations.sample("zh"));

    ExtractedDocument doc = extractor.extract(Source.bytes("zh.docx", docx).withLang("zh-Hans"));

    assertEquals("zh-Hans", doc.lang());
    assertNull(doc.langConfidence());
  }

  @Test
  void detectsTheLanguageOfDocumentsThatDeclareNone() {
    List<String> paragraphs = Texts.paragraphs("el");

    ExtractedDocument doc =
        extractor.extract(Source.bytes("el.html", OtherFormats.html(paragraphs).getBytes()));

    assertEquals("el", doc.lang());
  }

  @Test
  void readsWellFormedTagsOnly() {
    assertEquals("zh-Hant", DeclaredLanguage.tag("zh-hant"));
    assertEquals("en-US", DeclaredLanguage.tag("en_US"));
    assertEquals("de-1996", DeclaredLanguage.tag("de-1996"));
    assertNull(DeclaredLanguage.tag("x-none"));
    assertNull(DeclaredLanguage.tag("und"));
    assertNull(DeclaredLanguage.tag("not a tag"));
  }
}
