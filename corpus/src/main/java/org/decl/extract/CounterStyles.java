package org.decl.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The named counter styles documents use: the CSS ready-made counter styles ({@code
 * list-style-type}, the {@code type} attribute of {@code <ol>}) and Word's number formats ({@code
 * w:numFmt}). Digits come from ICU's numbering systems and the additive systems are ICU's own; only
 * the alphabets, which no library lists in list order, are written out here.
 */
final class CounterStyles {

  private CounterStyles() {}

  /**
   * A CSS counter style with its prefix and suffix.
   *
   * @param style how the number is written
   * @param prefix written before it, such as the parenthesis of {@code (a)}
   * @param suffix written after it: {@code ". "} for most styles, {@code "、"} for the CJK ones
   */
  record Css(CounterStyle style, String prefix, String suffix) {

    Css(CounterStyle style, String suffix) {
      this(style, "", suffix);
    }

    /**
     * The label of item {@code n} as written before the text, with the suffix's space if it has one
     * ({@code "1. "}, {@code "一、"}, {@code "１　"}).
     */
    String label(int n) {
      String label = prefix + style.format(n) + suffix;
      return label.isBlank() ? "" : label;
    }
  }

  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
  private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
  private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";
  private static final String HEBREW = "אבגדהוזחטיכלמנסעפצקרשת";
  private static final String ARABIC_ALPHA = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final List<String> ARABIC_ABJAD =
      List.of(
          "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص",
          "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ");
  private static final String THAI = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
  private static final String HINDI_VOWELS = "अआइईउऊऋएऐओऔ";
  private static final String HINDI_CONSONANTS = "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह";
  private static final String HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん";
  private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン";
  private static final String HIRAGANA_IROHA = "いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす";
  private static final String KATAKANA_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
  private static final String HANGUL = "가나다라마바사아자차카타파하";
  private static final String HANGUL_CONSONANT = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ";
  private static final String HEAVENLY_STEM = "甲乙丙丁戊己庚辛壬癸";
  private static final String EARTHLY_BRANCH = "子丑寅卯辰巳午未申酉戌亥";
  private static final String KOREAN_DIGITS = "영일이삼사오육칠팔구";

  /** ICU numbering systems behind the CSS numeric styles named after a script. */
  private static final Map<String, String> CSS_DIGITS =
      Map.ofEntries(
          Map.entry("decimal", "latn"),
          Map.entry("arabic-indic", "arab"),
          Map.entry("persian", "arabext"),
          Map.entry("urdu", "arabext"),
          Map.entry("devanagari", "deva"),
          Map.entry("bengali", "beng"),
          Map.entry("gujarati", "gujr"),
          Map.entry("gurmukhi", "guru"),
          Map.entry("kannada", "knda"),
          Map.entry("khmer", "khmr"),
          Map.entry("cambodian", "khmr"),
          Map.entry("lao", "laoo"),
          Map.entry("malayalam", "mlym"),
          Map.entry("mongolian", "mong"),
          Map.entry("myanmar", "mymr"),
          Map.entry("oriya", "orya"),
          Map.entry("tamil", "tamldec"),
          Map.entry("telugu", "telu"),
          Map.entry("thai", "thai"),
          Map.entry("tibetan", "tibt"),
          Map.entry("cjk-decimal", "hanidec"));

  private static final String CJK_SUFFIX = "、";

  /**
   * The CSS counter style of a {@code list-style-type} name, or empty for a name CSS does not
   * define (a document's own {@code @counter-style} is looked up by the caller first).
   */
  static Optional<Css> css(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    String digits = CSS_DIGITS.get(n);
    if (digits != null) {
      return Optional.of(new Css(CounterStyle.digits(digits), ". "));
    }
    CounterStyle cjk =
        switch (n) {
          case "cjk-ideographic", "trad-chinese-informal" -> algorithmic("hant");
          case "trad-chinese-formal" -> algorithmic("hantfin");
          case "simp-chinese-informal" -> algorithmic("hans");
          case "simp-chinese-formal" -> algorithmic("hansfin");
          case "japanese-informal" -> algorithmic("jpan");
          case "japanese-formal" -> algorithmic("jpanfin");
          case "hiragana" -> CounterStyle.letters(HIRAGANA);
          case "katakana" -> CounterStyle.letters(KATAKANA);
          case "hiragana-iroha" -> CounterStyle.letters(HIRAGANA_IROHA);
          case "katakana-iroha" -> CounterStyle.letters(KATAKANA_IROHA);
          case "cjk-heavenly-stem" -> CounterStyle.letters(HEAVENLY_STEM);
          case "cjk-earthly-branch" -> CounterStyle.letters(EARTHLY_BRANCH);
          default -> null;
        };
    if (cjk != null) {
      return Optional.of(new Css(cjk, CJK_SUFFIX));
    }
    CounterStyle style =
        switch (n) {
          case "decimal-leading-zero" -> new CounterStyle.Numeric(digits("latn"), 2);
          case "lower-alpha", "lower-latin" -> CounterStyle.letters(LATIN);
          case "upper-alpha", "upper-latin" -> CounterStyle.letters(upper(LATIN));
          case "lower-greek" -> CounterStyle.letters(GREEK);
          case "upper-greek" -> CounterStyle.letters(upper(GREEK));
          case "lower-roman" -> new CounterStyle.Algorithmic("romanlow", 3999, "");
          case "upper-roman" -> new CounterStyle.Algorithmic("roman", 3999, "");
          case "hebrew" -> new CounterStyle.Algorithmic("hebr", 10999, "׳״");
          case "armenian", "upper-armenian" -> new CounterStyle.Algorithmic("armn", 9999, "");
          case "lower-armenian" -> new CounterStyle.Algorithmic("armnlow", 9999, "");
          case "georgian" -> new CounterStyle.Algorithmic("geor", 19999, "");
          case "ethiopic-numeric" -> new CounterStyle.Algorithmic("ethi", 999_999, "");
          case "lower-cyrillic", "cyrillic-lower", "lower-russian" ->
              CounterStyle.letters(CYRILLIC);
          case "upper-cyrillic", "cyrillic-upper", "upper-russian" ->
              CounterStyle.letters(upper(CYRILLIC));
          case "thai-alphabetic" -> CounterStyle.letters(THAI);
          case "hangul" -> CounterStyle.letters(HANGUL);
          case "hangul-consonant" -> CounterStyle.letters(HANGUL_CONSONANT);
          case "korean-hangul-formal" -> new CounterStyle.Spellout("ko", "%spellout-numbering");
          default -> null;
        };
    if (style != null) {
      String suffix = n.startsWith("korean") ? ", " : ". ";
      return Optional.of(new Css(style, suffix));
    }
    return switch (n) {
      case "disc" -> Optional.of(new Css(new CounterStyle.Constant("•"), " "));
      case "circle" -> Optional.of(new Css(new CounterStyle.Constant("◦"), " "));
      case "square" -> Optional.of(new Css(new CounterStyle.Constant("▪"), " "));
      case "none" -> Optional.of(new Css(CounterStyle.NONE, ""));
      default -> Optional.empty();
    };
  }

  /** The style of an HTML {@code type} attribute on {@code <ol>}: 1, a, A, i, I. */
  static Optional<Css> htmlType(String type) {
    return switch (type.strip()) {
      case "1" -> css("decimal");
      case "a" -> css("lower-alpha");
      case "A" -> css("upper-alpha");
      case "i" -> css("lower-roman");
      case "I" -> css("upper-roman");
      default -> Optional.empty();
    };
  }

  /**
   * The counter of a Word number format ({@code w:numFmt w:val}). {@code custom} formats are read
   * from their sample ({@code w:format="α, β, γ, ..."}); spelled-out formats use the document's
   * language; a format Word has and decl does not know counts in decimal.
   */
  static CounterStyle word(String numFmt, String customFormat, String lang) {
    String language = lang == null ? "en" : lang;
    return switch (numFmt == null ? "decimal" : numFmt) {
      case "decimalZero" -> new CounterStyle.Numeric(digits("latn"), 2);
      case "upperRoman" -> new CounterStyle.Algorithmic("roman", 3999, "");
      case "lowerRoman" -> new CounterStyle.Algorithmic("romanlow", 3999, "");
      case "upperLetter" -> new CounterStyle.Repeating(codePoints(upper(LATIN)));
      case "lowerLetter" -> new CounterStyle.Repeating(codePoints(LATIN));
      case "russianLower" -> new CounterStyle.Repeating(codePoints(CYRILLIC));
      case "russianUpper" -> new CounterStyle.Repeating(codePoints(upper(CYRILLIC)));
      case "hebrew1" -> new CounterStyle.Algorithmic("hebr", 10999, "׳״");
      case "hebrew2" -> new CounterStyle.Repeating(codePoints(HEBREW));
      case "arabicAlpha" -> new CounterStyle.Repeating(codePoints(ARABIC_ALPHA));
      case "arabicAbjad" -> new CounterStyle.Repeating(ARABIC_ABJAD);
      case "hindiVowels" -> new CounterStyle.Repeating(codePoints(HINDI_VOWELS));
      case "hindiConsonants" -> new CounterStyle.Repeating(codePoints(HINDI_CONSONANTS));
      case "hindiNumbers" -> CounterStyle.digits("deva");
      case "hindiCounting" -> new CounterStyle.Spellout("hi", "%spellout-numbering");
      case "thaiLetters" -> new CounterStyle.Repeating(codePoints(THAI));
      case "thaiNumbers" -> CounterStyle.digits("thai");
      case "thaiCounting" -> new CounterStyle.Spellout("th", "%spellout-numbering");
      case "vietnameseCounting" -> new CounterStyle.Spellout("vi", "%spellout-numbering");
      case "decimalFullWidth", "decimalFullWidth2" -> CounterStyle.digits("fullwide");
      case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital", "koreanDigital2" ->
          CounterStyle.digits("hanidec");
      case "japaneseCounting" -> algorithmic("jpan");
      case "japaneseLegal" -> algorithmic("jpanfin");
      case "chineseCounting", "chineseCountingThousand" -> algorithmic("hans");
      case "chineseLegalSimplified" -> algorithmic("hansfin");
      case "taiwaneseCounting", "taiwaneseCountingThousand" -> algorithmic("hant");
      case "ideographLegalTraditional" -> algorithmic("hantfin");
      case "ideographTraditional" -> CounterStyle.letters(HEAVENLY_STEM);
      case "ideographZodiac" -> CounterStyle.letters(EARTHLY_BRANCH);
      case "aiueo" -> CounterStyle.letters(KATAKANA);
      case "iroha" -> CounterStyle.letters(KATAKANA_IROHA);
      case "ganada" -> CounterStyle.letters(HANGUL);
      case "chosung" -> CounterStyle.letters(HANGUL_CONSONANT);
      case "koreanDigital" -> new CounterStyle.Numeric(codePoints(KOREAN_DIGITS), 1);
      case "koreanCounting" -> new CounterStyle.Spellout("ko", "%spellout-numbering");
      case "koreanLegal" -> new CounterStyle.Spellout("ko", "%spellout-cardinal-native");
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(0x2460, 20);
      case "decimalEnclosedParen" -> enclosed(0x2474, 20);
      case "decimalEnclosedFullstop" -> enclosed(0x2488, 20);
      case "ideographEnclosedCircle" -> enclosed(0x3220, 10);
      case "cardinalText" -> new CounterStyle.Spellout(language, "%spellout-cardinal");
      case "ordinalText" -> new CounterStyle.Spellout(language, "%spellout-ordinal");
      case "none" -> CounterStyle.NONE;
      case "custom" ->
          customFormat == null
              ? CounterStyle.DECIMAL
              : CounterStyle.fromSamples(
                  Arrays.asList(customFormat.replace("...", "").replace("…", "").split(",")));
      default -> CounterStyle.DECIMAL;
    };
  }

  private static CounterStyle algorithmic(String system) {
    return new CounterStyle.Algorithmic(system, 999_999, "");
  }

  private static CounterStyle enclosed(int first, int count) {
    List<String> symbols =
        java.util.stream.IntStream.range(first, first + count)
            .mapToObj(cp -> new String(Character.toChars(cp)))
            .toList();
    return new CounterStyle.Fixed(symbols, 1);
  }

  private static List<String> digits(String system) {
    return ((CounterStyle.Numeric) CounterStyle.digits(system)).digits();
  }

  private static String upper(String letters) {
    return letters.toUpperCase(Locale.ROOT);
  }

  private static List<String> codePoints(String s) {
    return s.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toList();
  }
}
