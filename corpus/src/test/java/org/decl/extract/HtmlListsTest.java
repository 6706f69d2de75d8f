package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML lists numbered as a browser numbers them. */
class HtmlListsTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  private static List<String> texts(String body) {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
            + body
            + "</body></html>";
    return extractor
        .extract(Source.bytes("list.html", html.getBytes(StandardCharsets.UTF_8)))
        .texts();
  }

  @Test
  void countsFromStartTypeAndValue() {
    assertEquals(
        List.of("c. three", "d. four", "h. eight", "i. nine"),
        texts(
            "<ol type=\"a\" start=\"3\"><li>three</li><li>four</li>"
                + "<li value=\"8\">eight</li><li>nine</li></ol>"));
  }

  @Test
  void countsNestedListsEachOnItsOwn() {
    assertEquals(
        List.of("1. One", "i. first", "ii. second", "2. Two", "i. again"),
        texts(
            "<ol><li>One<ol type=\"i\"><li>first</li><li>second</li></ol></li>"
                + "<li>Two<ol type=\"i\"><li>again</li></ol></li></ol>"));
  }

  @Test
  void countsAReversedListDown() {
    assertEquals(
        List.of("3. three", "2. two", "1. one"),
        texts("<ol reversed start=\"3\"><li>three</li><li>two</li><li>one</li></ol>"));
  }

  @Test
  void leavesBulletedListsAndUnlistedParagraphsAsTheyAre() {
    assertEquals(
        List.of("A paragraph.", "plain item", "1. numbered"),
        texts("<p>A paragraph.</p><ul><li>plain item</li></ul><ol><li>numbered</li></ol>"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "arabic-indic|١. بند|٢. بند",
        "persian|۱. بند|۲. بند",
        "devanagari|१. खंड|२. खंड",
        "bengali|১. ধারা|২. ধারা",
        "thai|๑. ข้อ|๒. ข้อ",
        "khmer|១. មាត្រា|២. មាត្រា",
        "myanmar|၁. အပိုဒ်|၂. အပိုဒ်",
        "hebrew|א. סעיף|ב. סעיף",
        "lower-armenian|ա. կետ|բ. կետ",
        "georgian|ა. პუნქტი|ბ. პუნქტი",
        "lower-greek|α. σημείο|β. σημείο",
        "lower-cyrillic|а. пункт|б. пункт",
        "cjk-ideographic|一、条款|二、条款",
        "hiragana|あ、項目|い、項目",
        "korean-hangul-formal|일, 항목|이, 항목",
      })
  void countsInTheCounterStylesOfOtherScripts(String style, String first, String second) {
    String a = first.substring(first.indexOf(first.contains(" ") ? ' ' : '、') + 1).strip();
    String b = second.substring(second.indexOf(second.contains(" ") ? ' ' : '、') + 1).strip();

    assertEquals(
        List.of(first, second),
        texts(
            "<ol style=\"margin: 0; list-style-type: "
                + style
                + "\"><li>"
                + a
                + "</li><li>"
                + b
                + "</li></ol>"));
  }

  @Test
  void usesTheCounterStylesADocumentDefines() {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            + "@counter-style paren { system: extends lower-alpha; prefix: \"(\"; suffix: \") \"; }"
            + "@counter-style ethiopic { system: alphabetic; symbols: 'ሀ' 'ለ' 'ሐ'; suffix: '. '; }"
            + "@counter-style roman-add { system: additive;"
            + " additive-symbols: 10 X, 9 IX, 5 V, 4 IV, 1 I; }"
            + "</style></head><body>"
            + "<ol style=\"list-style-type: paren\"><li>one</li><li>two</li></ol>"
            + "<ol style=\"list-style-type: ethiopic\"><li>ሀ</li><li>ለ</li><li>ሐ</li></ol>"
            + "<ol start=\"9\" style=\"list-style-type: roman-add\"><li>nine</li><li>ten</li></ol>"
            + "</body></html>";

    List<String> texts =
        extractor.extract(Source.bytes("own.html", html.getBytes(StandardCharsets.UTF_8))).texts();

    assertEquals(
        List.of("(a) one", "(b) two", "ሀ. ሀ", "ለ. ለ", "ሐ. ሐ", "IX. nine", "X. ten"), texts);
  }
}
