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
      assertTrue(
          e.problem().startsWith("not valid UTF-8 text (a broken byte sequence at byte "),
          e.problem());
      assertTrue(e.problem().endsWith("; leave out --encoding to detect it"), e.problem());
    }
  }

  /**
   * UTF-8 with a byte gone wrong, or cut in the middle of a character, is damaged UTF-8, not
   * Latin-1: an error naming the byte, not a whole file of mojibake; the legacy encodings above,
   * whose bytes form no or few UTF-8 sequences, are still detected.
   */
  @Test
  void refusesMostlyValidUtf8WithABrokenSequenceNamingItsOffset() {
    for (String lang : List.of("fr", "ru", "zh", "ar")) {
      byte[] utf8 = String.join("\n\n", Texts.paragraphs(lang)).getBytes(StandardCharsets.UTF_8);
      int at = firstLead(utf8, utf8.length / 2);
      byte[] damaged = utf8.clone();
      damaged[at] = (byte) 0xFF; // never valid in UTF-8
      DeclException e = assertThrows(DeclException.class, () -> extract(damaged), lang);
      assertEquals(1, e.exitCode());
      assertTrue(
          e.problem().startsWith("not valid UTF-8: a broken byte sequence at byte " + at + " "),
          e.problem());

      byte[] cut = java.util.Arrays.copyOf(utf8, firstLead(utf8, utf8.length / 3) + 1);
      e = assertThrows(DeclException.class, () -> extract(cut), lang);
      assertTrue(
          e.problem()
              .startsWith("not valid UTF-8: a broken byte sequence at byte " + (cut.length - 1)),
          e.problem());
    }
  }

  @Test
  void readsDamagedUtf8InTheEncodingTheUserGives() {
    byte[] utf8 = String.join("\n\n", FRENCH).getBytes(StandardCharsets.UTF_8);
    utf8[firstLead(utf8, 100)] = (byte) 0xFF;
    try (Extractor given =
        new Extractor(
            ExtractOptions.defaults()
                .withLanguageDetection(false)
                .withEncoding(Charset.forName("windows-1252")))) {
      ExtractedDocument doc = given.extract(Source.bytes("fr.txt", utf8));
      assertEquals(FRENCH.size(), doc.texts().size());
    }
  }

  @Test
  void readsShiftJisAndGb18030ThoughSomeOfTheirBytesLookLikeUtf8() {
    for (String[] pair : new String[][] {{"ja", "Shift_JIS"}, {"zh", "GB18030"}}) {
      List<String> paragraphs = Texts.paragraphs(pair[0]);
      String text = String.join("\n\n", paragraphs);
      Charset charset = Charset.forName(pair[1]);
      if (!charset.newEncoder().canEncode(text)) {
        continue;
      }
      byte[] bytes = text.getBytes(charset);
      TextDecoder.Utf8Scan scan = TextDecoder.utf8(bytes);
      assertTrue(scan.valid() <= scan.broken(), pair[1] + " " + scan);
      assertEquals(paragraphs, extract(bytes).texts(), pair[1]);
    }
  }

  /** The offset of the first byte at or after from that begins a multi-byte UTF-8 character. */
  private static int firstLead(byte[] utf8, int from) {
    for (int i = from; i < utf8.length; i++) {
      if ((utf8[i] & 0xC0) == 0xC0) {
        return i;
      }
    }
    throw new AssertionError("no multi-byte character after " + from);
  }

  private static ExtractedDocument extract(byte[] bytes) {
    return extractor.extract(Source.bytes("text.txt", bytes));
  }
}
