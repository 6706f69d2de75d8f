package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.decl.DeclException;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain text arrives in every encoding; it must come out as the same characters, never mojibake.
 */
class EncodingsTest {

  private static final List<String> FRENCH = Texts.paragraphs("fr");
  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void readsLatin1() {
    String text = String.join("\n\n", FRENCH).replace('’', '\'').replace('œ', 'o');
    ExtractedDocument doc = extract(text.getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(List.of(text.split("\n\n")), doc.texts());
    assertTrue(doc.warnings().get(0).startsWith("not UTF-8; read as "), doc.warnings().toString());
  }

  @Test
  void readsWindows1252WithItsCurlyApostrophesAndOe() {
    String text = String.join("\n\n", FRENCH);
    ExtractedDocument doc = extract(text.getBytes(Charset.forName("windows-1252")));

    assertEquals(FRENCH, doc.texts());
    assertEquals(List.of("not UTF-8; read as windows-1252"), doc.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void readsUtf16WithAByteOrderMark(String charset) {
    for (String lang : List.of("fr", "ru", "zh", "ar")) {
      List<String> paragraphs = Texts.paragraphs(lang);
      String text = "\uFEFF" + String.join("\n\n", paragraphs);
      assertEquals(paragraphs, extract(text.getBytes(Charset.forName(charset))).texts());
    }
  }

  @Test
  void readsUtf16LittleEndianWithoutAByteOrderMark() {
    String text = String.join("\n\n", FRENCH);
    assertEquals(FRENCH, extract(text.getBytes(StandardCharsets.UTF_16LE)).texts());
  }

  @Test
  void readsUtf8WithAByteOrderMarkWithoutKeepingIt() {
    byte[] text = ("\uFEFF" + String.join("\n\n", FRENCH)).getBytes(StandardCharsets.UTF_8);
    assertEquals(FRENCH.get(0), extract(text).texts().get(0));
  }

  @Test
  void readsKoi8rRussian() {
    List<String> russian = Texts.paragraphs("ru").subList(0, 8);
    String text = String.join("\n\n", russian).replace('«', '"').replace('»', '"');
    assertEquals(
        List.of(text.split("\n\n")), extract(text.getBytes(Charset.forName("KOI8-R"))).texts());
  }

  @Test
  void refusesTextThatIsNotInTheEncodingTheUserGave() {
    byte[] latin1 = String.join("\n\n", FRENCH).getBytes(StandardCharsets.ISO_8859_1);
    try (Extractor strict =
        new Extractor(ExtractOptions.defaults().withEncoding(StandardCharsets.UTF_8))) {
      DeclException e =
          assertThrows(DeclException.class, () -> strict.extract(Source.bytes("fr.txt", latin1)));
      assertEquals("not valid UTF-8 text; leave out --encoding to detect it", e.problem());
    }
  }

  private static ExtractedDocument extract(byte[] bytes) {
    return extractor.extract(Source.bytes("text.txt", bytes));
  }
}
