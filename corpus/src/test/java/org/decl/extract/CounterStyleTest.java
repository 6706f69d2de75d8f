package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counters written as CSS and Word write them, in many scripts. */
class CounterStyleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "decimal|1 2 3 9 10 11",
        "lower-alpha|a b c i j k",
        "upper-roman|I II III IX X XI",
        "lower-greek|α β γ ι κ λ",
        "arabic-indic|١ ٢ ٣ ٩ ١٠ ١١",
        "persian|۱ ۲ ۳ ۹ ۱۰ ۱۱",
        "devanagari|१ २ ३ ९ १० ११",
        "bengali|১ ২ ৩ ৯ ১০ ১১",
        "thai|๑ ๒ ๓ ๙ ๑๐ ๑๑",
        "khmer|១ ២ ៣ ៩ ១០ ១១",
        "myanmar|၁ ၂ ၃ ၉ ၁၀ ၁၁",
        "hebrew|א ב ג ט י יא",
        "lower-armenian|ա բ գ թ ժ ժա",
        "georgian|ა ბ გ თ ი ია",
        "cjk-ideographic|一 二 三 九 十 十一",
        "hiragana|あ い う け こ さ",
        "korean-hangul-formal|일 이 삼 구 십 십일",
        "lower-cyrillic|а б в и к л",
        "ethiopic-numeric|፩ ፪ ፫ ፱ ፲ ፲፩",
      })
  void writesTheCssCounterStylesOfManyScripts(String name, String expected) {
    CounterStyle style = CounterStyles.css(name).orElseThrow().style();

    assertEquals(expected, format(style, 1, 2, 3, 9, 10, 11));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lowerLetter|a b c z aa bb",
        "upperRoman|I II III XXVI XXVII XXVIII",
        "russianLower|а б в э ю я",
        "arabicAbjad|أ ب ج ض ظ غ",
        "decimalFullWidth|１ ２ ３ ２６ ２７ ２８",
        "chineseCounting|一 二 三 二十六 二十七 二十八",
        "ideographDigital|一 二 三 二六 二七 二八",
      })
  void writesWordNumberFormats(String numFmt, String expected) {
    CounterStyle style = CounterStyles.word(numFmt, null, null);

    assertEquals(expected, format(style, 1, 2, 3, 26, 27, 28));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hebrew1|א ב ג ז ח ט",
        "hebrew2|א ב ג ז ח ט",
        "thaiLetters|ก ข ค ช ซ ฌ",
        "hindiConsonants|क ख ग छ ज झ",
        "hindiVowels|अ आ इ ऋ ए ऐ",
        "arabicAlpha|ا ب ت خ د ذ",
        "ganada|가 나 다 사 아 자",
        "aiueo|ア イ ウ キ ク ケ",
        "japaneseCounting|一 二 三 七 八 九",
        "taiwaneseCounting|一 二 三 七 八 九",
        "thaiNumbers|๑ ๒ ๓ ๗ ๘ ๙",
        "hindiNumbers|१ २ ३ ७ ८ ९",
        "decimalEnclosedCircle|① ② ③ ⑦ ⑧ ⑨",
      })
  void writesTheWordFormatsOfOtherScripts(String numFmt, String expected) {
    CounterStyle style = CounterStyles.word(numFmt, null, null);

    assertEquals(expected, format(style, 1, 2, 3, 7, 8, 9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'α, β, γ, ...'|α β γ ρ σ τ",
        "'ա, բ, գ, ...'|ա բ գ ձ ղ ճ",
        "'001, 002, 003, ...'|001 002 003 017 018 019",
        "'١, ٢, ٣, ...'|١ ٢ ٣ ١٧ ١٨ ١٩",
      })
  void extendsWordCustomFormatsFromTheirSample(String sample, String expected) {
    CounterStyle style = CounterStyles.word("custom", sample, null);

    assertEquals(expected, format(style, 1, 2, 3, 17, 18, 19));
  }

  /** Ethiopic syllables count by their first-order rows, eight code points apart. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"'ሀ, ለ, ሐ, ...'|ሀ ለ ሐ ሰ ሸ ቀ"})
  void extendsAnEthiopicSampleRowByRow(String sample, String expected) {
    CounterStyle style = CounterStyles.word("custom", sample, null);

    assertEquals(expected, format(style, 1, 2, 3, 7, 8, 9));
  }

  private static String format(CounterStyle style, int... numbers) {
    List<String> out = IntStream.of(numbers).mapToObj(style::format).toList();
    return String.join(" ", out);
  }
}
