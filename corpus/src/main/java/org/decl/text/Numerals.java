package org.decl.text;

import java.util.Locale;
import java.util.Map;

/** The values of the numbers and letters clauses are numbered with, in the scripts decl reads. */
public final class Numerals {

  /** Letters in the order lists use them, per script (legal usage skips some letters). */
  private static final Map<String, String> ALPHABETS =
      Map.of(
          "latin", "abcdefghijklmnopqrstuvwxyz",
          "greek", "αβγδεζηθικλμνξοπρστυφχψω",
          "cyrillic", "абвгдежзиклмнопрстуфхцчшщэюя",
          "arabic", "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
          "hebrew", "אבגדהוזחטיכלמנסעפצקרשת",
          "devanagari", "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
          "thai", "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
          "ethiopic", "ሀለሐመሠረሰቀበተኀነአከወዐዘየደገጠጰጸፀፈፐ",
          "armenian", "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
          "iroha", "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス");

  /** Each list letter's alphabet, for a direct look-up. */
  private static final Map<Integer, String> ALPHABET_OF = alphabetIndex();

  private static final String CJK_DIGITS = "〇一二三四五六七八九";
  private static final java.util.regex.Pattern ROMAN =
      java.util.regex.Pattern.compile("m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

  private Numerals() {}

  private static Map<Integer, String> alphabetIndex() {
    Map<Integer, String> index = new java.util.HashMap<>();
    ALPHABETS.forEach(
        (name, letters) -> letters.codePoints().forEach(cp -> index.putIfAbsent(cp, name)));
    return Map.copyOf(index);
  }

  /** The value of a run of decimal digits in any script (1, ١, १, ١٢, １２), or -1. */
  public static int digits(CharSequence s) {
    if (s.length() == 0 || s.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      int d = Character.digit(cp, 10);
      if (d < 0) {
        return -1;
      }
      value = value * 10 + d;
      i += Character.charCount(cp);
    }
    return value;
  }

  /** The value of a Roman numeral in either case (iv, XII), or -1. */
  public static int roman(CharSequence s) {
    if (s.length() == 0 || s.length() > 12) {
      return -1;
    }
    String r = s.toString().toLowerCase(Locale.ROOT);
    if (!ROMAN.matcher(r).matches()) {
      return -1;
    }
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = romanDigit(r.charAt(i));
      int next = i + 1 < r.length() ? romanDigit(r.charAt(i + 1)) : 0;
      total += v < next ? -v : v;
    }
    return total;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'i' -> 1;
      case 'v' -> 5;
      case 'x' -> 10;
      case 'l' -> 50;
      case 'c' -> 100;
      case 'd' -> 500;
      case 'm' -> 1000;
      default -> 0;
    };
  }

  /** The value of a Chinese or Japanese numeral (五, 十二, 二十三, 一百零五), or -1. */
  public static int cjk(CharSequence s) {
    if (s.length() == 0) {
      return -1;
    }
    int total = 0;
    int section = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = CJK_DIGITS.indexOf(c);
      if (c == '零') {
        d = 0;
      }
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    total += section + Math.max(digit, 0);
    return total;
  }

  /** True for the characters of Chinese and Japanese numerals (一, 十, 百, 〇, 零). */
  public static boolean isCjkNumeral(int cp) {
    return cp < 0x10000 && (CJK_DIGITS.indexOf(cp) >= 0 || "十百千零".indexOf(cp) >= 0);
  }

  /** Any of the above: digits, Roman numerals, CJK numerals; or -1. */
  public static int number(CharSequence s) {
    int v = digits(s);
    if (v < 0) {
      v = cjk(s);
    }
    if (v < 0) {
      v = roman(s);
    }
    return v;
  }

  /** Words that number the first article: premier, première, primero, primo, erster, first. */
  public static int ordinalWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "premier",
          "première",
          "primero",
          "primera",
          "primo",
          "primeiro",
          "erster",
          "erste",
          "first",
          "первая",
          "первый" ->
          1;
      default -> -1;
    };
  }

  /** The alphabet a list letter belongs to (latin, greek, …), or null. */
  public static String alphabetOf(int letter) {
    String alphabet = ALPHABET_OF.get(Character.toLowerCase(letter));
    return alphabet != null ? alphabet : LetterOrder.alphabetOf(letter);
  }

  /** The 1-based place of a letter in its list alphabet (b → 2, ب → 2), or -1. */
  public static int letter(int letter) {
    String alphabet = alphabetOf(letter);
    if (alphabet == null) {
      return -1;
    }
    String letters = ALPHABETS.get(alphabet);
    return letters != null
        ? letters.indexOf(Character.toLowerCase(letter)) + 1
        : LetterOrder.place(letter);
  }

  /** The Latin letter for a 1-based place: 1 → a, 27 → aa. */
  public static String latinLetters(int place) {
    StringBuilder s = new StringBuilder();
    for (int n = place; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('a' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** A lower-case Roman numeral: 4 → iv. */
  public static String romanNumeral(int value) {
    String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    String[] hundreds = {"", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"};
    return "m".repeat(value / 1000)
        + hundreds[value / 100 % 10]
        + tens[value / 10 % 10]
        + ones[value % 10];
  }
}
