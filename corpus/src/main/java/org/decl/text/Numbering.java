package org.decl.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the marker that opens a paragraph, in every numbering style declarations use: Arabic digits
 * in any script (1. 2) (3) ١. १.), dotted paths (1.2), Roman numerals (iv. (IV)), letters of the
 * Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Ethiopic and Armenian alphabets ((a) b)
 * α) (أ) (א) (क) (ก) (ሀ) ա)), CJK numerals (一、 （一）), full-width digits (１． （１）), section signs (§
 * 3), circled numbers and bullets.
 */
public final class Numbering {

  private static final String CJK = "〇零一二三四五六七八九十百千";

  private static final Pattern SECTION_SIGN = Pattern.compile("^§\\s*(\\p{Nd}{1,4})\\.?(?:\\s+|$)");
  private static final Pattern DOTTED_PATH =
      Pattern.compile("^(\\p{Nd}{1,3}(?:\\.\\p{Nd}{1,3})+)\\.?(?:\\s+|$)");

  /**
   * Digits and a dot or bracket, or the full stop of their script ({@code ၁။}, {@code १।}, {@code
   * ፩።}, {@code ۱۔}), or in brackets.
   */
  private static final Pattern DIGITS =
      Pattern.compile("^(\\p{Nd}{1,3})([.)]|[။।።۔])(?:\\s+|$)|^\\((\\p{Nd}{1,3})\\)(?:\\s*)");

  /** UN Arabic numbers its third list level in quotes: ‘1’ ‘2’. */
  private static final Pattern QUOTED = Pattern.compile("^[‘'](\\p{Nd}{1,3})[’']\\s+");

  /**
   * Persian and Urdu lists name their first letter, a bare alef, as {@code (الف)}; a list of short
   * words in brackets ({@code (اول)}, {@code (دوم)}) counts too, as words.
   */
  private static final Pattern BRACKETED_WORD =
      Pattern.compile("^\\((\\p{L}[\\p{L}\\p{M}]{1,4})\\)\\s+");

  private static final Pattern FULLWIDTH =
      Pattern.compile(
          "^(\\p{Nd}{1,3})(．|、)\\s*|^（(\\p{Nd}{1,3}|["
              + CJK
              + "]+)）\\s*|^\\((["
              + CJK
              + "]+)\\)\\s*");
  private static final Pattern CJK_COMMA = Pattern.compile("^([" + CJK + "]+)、\\s*");

  /**
   * Japanese law: a full-width or CJK number and a space, ideographic or not ({@code １　}, {@code
   * 一　}); ASCII digits and a space ({@code 1 artikla}) are no marker.
   */
  private static final Pattern IDEOGRAPHIC_SPACE =
      Pattern.compile("^([\uFF10-\uFF19]{1,3}|[" + CJK + "]+)[\u3000 ]\\s*");

  /** Ethiopic numerals and a full stop: {@code ፩.}, {@code ፲፭።}. */
  private static final Pattern ETHIOPIC =
      Pattern.compile("^([\u1369-\u137C]{1,3})[.።](?:\\s+|$)|^\\(([\u1369-\u137C]{1,3})\\)\\s*");

  /** Georgian law's sub-items: the item's letter, a dot, the sub-item's letter ({@code ბ.ა)}). */
  private static final Pattern LETTER_PATH = Pattern.compile("^(\\p{L})\\.(\\p{L})\\)\\s+");

  /** Japanese law's third level: a kana of the iroha order and an ideographic space. */
  private static final Pattern KANA_SPACE = Pattern.compile("^(\\p{Lo})\u3000\\s*");

  private static final Pattern ROMAN =
      Pattern.compile(
          "^\\(([ivxlcdm]{1,6}|[IVXLCDM]{1,6})\\)\\s*|^([ivxlcdm]{1,6}|[IVXLCDM]{1,6})([.)])(?:\\s+|$)");
  private static final Pattern LETTER =
      Pattern.compile(
          "^\\((\\p{L}\\p{M}*)ـ?\\)\\s*|^(\\p{L}\\p{M}*)\\)(?:\\s+|$)|^(\\p{Ll}|\\p{Lo})\\.(?:\\s+|$)");
  private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473\\u2776-\\u277F])\\s*");
  private static final Pattern BULLET = Pattern.compile("^([•●◦▪■□➢►‣⁃])\\s*");

  private Numbering() {}

  /** The marker opening the paragraph, or null if it opens with none. */
  public static Marker parse(CharSequence text) {
    if (text.length() == 0 || !mayOpenWithMarker(text)) {
      return null;
    }
    char first = text.charAt(0);
    boolean digit = Character.isDigit(first);
    boolean paren = first == '(';
    boolean letter = Character.isLetter(first);
    Matcher m = first == '§' ? SECTION_SIGN.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      return marker("digits", Marker.Form.SECTION_SIGN, text, m, Numerals.digits(m.group(1)));
    }
    m = digit ? DOTTED_PATH.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      String path = m.group(1);
      int last = Numerals.digits(path.substring(path.lastIndexOf('.') + 1));
      return marker("digits", Marker.Form.DOTTED_PATH, text, m, last);
    }
    m = digit || paren ? DIGITS.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      if (m.group(1) != null) {
        Marker.Form form = m.group(2).equals(")") ? Marker.Form.PAREN : Marker.Form.DOT;
        return marker("digits", form, text, m, Numerals.digits(m.group(1)));
      }
      return marker("digits", Marker.Form.PARENS, text, m, Numerals.digits(m.group(3)));
    }
    m = digit || paren || first == '（' ? FULLWIDTH.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      if (m.group(1) != null) {
        Marker.Form form =
            m.group(2).equals("．") ? Marker.Form.FULLWIDTH_DOT : Marker.Form.IDEOGRAPHIC_COMMA;
        return marker("digits", form, text, m, Numerals.digits(m.group(1)));
      }
      String count = m.group(3) != null ? m.group(3) : m.group(4);
      boolean cjk = Numerals.digits(count) < 0;
      return marker(
          cjk ? "cjk" : "digits", Marker.Form.FULLWIDTH_PARENS, text, m, Numerals.number(count));
    }
    m = CJK.indexOf(first) >= 0 || digit ? IDEOGRAPHIC_SPACE.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      int value = Numerals.number(m.group(1));
      String system = Numerals.digits(m.group(1)) >= 0 ? "digits" : "cjk";
      return marker(system, Marker.Form.IDEOGRAPHIC_SPACE, text, m, value);
    }
    m = CJK.indexOf(first) >= 0 ? CJK_COMMA.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      return marker("cjk", Marker.Form.IDEOGRAPHIC_COMMA, text, m, Numerals.cjk(m.group(1)));
    }
    m = paren || "ivxlcdmIVXLCDM".indexOf(first) >= 0 ? ROMAN.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      String numeral = m.group(1) != null ? m.group(1) : m.group(2);
      int value = Numerals.roman(numeral);
      if (value > 0) {
        Marker.Form form =
            m.group(1) != null
                ? Marker.Form.PARENS
                : m.group(3).equals(".") ? Marker.Form.DOT : Marker.Form.PAREN;
        boolean upper = Character.isUpperCase(numeral.charAt(0));
        if (numeral.length() == 1) {
          // one letter: a letter of an (a) (b) list unless the list says otherwise
          return marker(
              upper ? "latin-upper" : "latin", form, text, m, Numerals.letter(numeral.charAt(0)));
        }
        return marker(upper ? "roman-upper" : "roman", form, text, m, value);
      }
    }
    m = paren || letter ? LETTER.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      String printed =
          m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int cp = printed.codePointAt(0);
      String alphabet = Numerals.alphabetOf(cp);
      if (alphabet == null) {
        return null;
      }
      Marker.Form form =
          m.group(1) != null
              ? Marker.Form.PARENS
              : m.group(2) != null ? Marker.Form.PAREN : Marker.Form.DOT;
      String system = Character.isUpperCase(cp) ? alphabet + "-upper" : alphabet;
      return marker(system, form, text, m, Numerals.letter(cp));
    }
    boolean ethiopic = first >= 0x1369 && first <= 0x137C;
    m = ethiopic || paren ? ETHIOPIC.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      boolean dot = m.group(1) != null;
      String numeral = dot ? m.group(1) : m.group(2);
      Marker.Form form = dot ? Marker.Form.DOT : Marker.Form.PARENS;
      return marker("ethiopic-numeral", form, text, m, NumberWords.letters(numeral));
    }
    m = letter && text.length() > 3 && text.charAt(1) == '.' ? LETTER_PATH.matcher(text) : null;
    if (m != null && m.lookingAt() && Numerals.alphabetOf(m.group(2).codePointAt(0)) != null) {
      int cp = m.group(2).codePointAt(0);
      return marker(
          Numerals.alphabetOf(cp) + "-path", Marker.Form.PAREN, text, m, Numerals.letter(cp));
    }
    m = letter && text.length() > 1 && text.charAt(1) == '\u3000' ? KANA_SPACE.matcher(text) : null;
    if (m != null && m.lookingAt() && Numerals.alphabetOf(m.group(1).codePointAt(0)) != null) {
      int cp = m.group(1).codePointAt(0);
      return marker(
          Numerals.alphabetOf(cp), Marker.Form.IDEOGRAPHIC_SPACE, text, m, Numerals.letter(cp));
    }
    m = paren ? BRACKETED_WORD.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      String word = m.group(1);
      if (word.equals("الف")) {
        return marker("arabic", Marker.Form.PARENS, text, m, 1);
      }
      return marker("words", Marker.Form.PARENS, text, m, 0);
    }
    m = first == '‘' || first == '\'' ? QUOTED.matcher(text) : null;
    if (m != null && m.lookingAt()) {
      return marker("digits", Marker.Form.QUOTED, text, m, Numerals.digits(m.group(1)));
    }
    m = letter || digit ? null : CIRCLED.matcher(text);
    if (m != null && m.lookingAt()) {
      int cp = m.group(1).codePointAt(0);
      int value = cp <= 0x2473 ? cp - 0x2460 + 1 : cp - 0x2776 + 1;
      return marker("circled", Marker.Form.BARE, text, m, value);
    }
    m = letter || digit ? null : BULLET.matcher(text);
    if (m != null && m.lookingAt()) {
      return marker("bullet", Marker.Form.BARE, text, m, 0);
    }
    return null;
  }

  /**
   * A cheap look at the first characters: most paragraphs open with a word, and need not be tried
   * against every pattern.
   */
  private static boolean mayOpenWithMarker(CharSequence text) {
    char first = text.charAt(0);
    if (!Character.isLetter(first)) {
      return true; // digits, brackets, §, bullets, circled numbers
    }
    if (CJK.indexOf(first) >= 0 || "ivxlcdmIVXLCDM".indexOf(first) >= 0) {
      return true;
    }
    for (int i = 1; i < Math.min(4, text.length()); i++) {
      char c = text.charAt(i);
      if (c == ')' || c == '.' || c == '\u3000') {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK && c != 'ـ') {
        return false;
      }
    }
    return false;
  }

  private static Marker marker(
      String system, Marker.Form form, CharSequence text, Matcher m, int value) {
    String label = text.subSequence(0, m.end()).toString().strip();
    return new Marker(system, form, label, value, m.end());
  }
}
