package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample declaration is told apart by its language, as a BCP 47 tag. */
class LanguageDetectionTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.decl.testkit.Texts#languages")
  void detectsTheLanguageOfEachSampleDeclaration(String lang) {
    byte[] text = String.join("\n\n", Texts.paragraphs(lang)).getBytes(StandardCharsets.UTF_8);

    ExtractedDocument doc = extractor.extract(Source.bytes(lang + ".txt", text));

    assertEquals(lang, doc.lang());
    assertTrue(doc.langConfidence() > 0.5, "confidence " + doc.langConfidence());
  }

  @Test
  void takesTheDeclaredLanguageWithoutDetecting() {
    byte[] text = String.join("\n\n", Texts.paragraphs("fr")).getBytes(StandardCharsets.UTF_8);

    ExtractedDocument doc = extractor.extract(Source.bytes("fr.txt", text).withLang("fr-CA"));

    assertEquals("fr-CA", doc.lang());
    assertNull(doc.langConfidence());
  }

  @Test
  void saysUndeterminedForTextWithoutLetters() {
    ExtractedDocument doc = extractor.extract(Source.bytes("n.txt", "1. 2. 3.\n\n42".getBytes()));

    assertEquals("und", doc.lang());
    assertEquals(0.0, doc.langConfidence());
  }

  @Test
  void writesOpenNlpCodesAsShortBcp47Tags() {
    assertEquals("fr", LanguageDetector.toBcp47("fra"));
    assertEquals("zh", LanguageDetector.toBcp47("cmn"));
    assertEquals("zh-Hant", LanguageDetector.toBcp47("zho-trad"));
    assertEquals("ar", LanguageDetector.toBcp47("arb"));
    assertEquals("de", LanguageDetector.toBcp47("deu"));
  }
}
