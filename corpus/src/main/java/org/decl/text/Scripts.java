package org.decl.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/** What a character is, for the purposes of joining lines and measuring them. */
public final class Scripts {

  private Scripts() {}

  /**
   * True for scripts written without spaces between words, where a line break inside a paragraph is
   * joined without a space: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, and full-width
   * punctuation. (Thai puts spaces between phrases, not words; a line break falls between words far
   * more often, so joining without a space is right far more often.)
   */
  public static boolean joinsWithoutSpace(int cp) {
    int script = UScript.getScript(cp);
    if (script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.THAI
        || script == UScript.LAO
        || script == UScript.KHMER
        || script == UScript.MYANMAR) {
      return true;
    }
    // Ideographic and full-width punctuation: 。，、；：！？「」『』（）
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65);
  }

  /** Han, Hiragana or Katakana: one character per column cell, lines wrap at any character. */
  public static boolean isIdeographic(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
  }

  /**
   * Han, kana, or ideographic and full-width punctuation: Chinese and Japanese put no space between
   * these and anything else, digits and Latin words included (2021年).
   */
  public static boolean isIdeographicOrFullwidth(int cp) {
    return isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65);
  }

  /** Display width in terminal columns: 2 for wide East Asian characters, 0 for marks. */
  public static int width(int cp) {
    if (cp >= 0x20 && cp < 0x300) {
      return cp < 0x7F || cp >= 0xA0 ? 1 : 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    if (cp < 0x1100) {
      return 1; // nothing below the Hangul jamo is wide
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        ? 2
        : 1;
  }

  /** Display width of a string in terminal columns. */
  public static int width(CharSequence s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** True if the character belongs to a script that distinguishes upper and lower case. */
  public static boolean isCased(int cp) {
    return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
  }

  /** The first letter of the string, or -1. */
  public static int firstLetter(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (Character.isLetter(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** True if the text has at least two cased letters and none of them is lower case. */
  public static boolean isAllCaps(CharSequence s) {
    int upper = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') {
          return false;
        }
        upper += cp >= 'A' && cp <= 'Z' ? 1 : 0;
      } else if (cp >= 0x100 && Character.getType(cp) == Character.OTHER_LETTER) {
        // caseless (Chinese, Arabic, Thai…): a whole line of them is read for nothing otherwise;
        // the only letters of this type with a case, ª and º, are below U+0100
        continue;
      } else if (Character.isLowerCase(cp)) {
        return false;
      } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        upper++;
      }
    }
    return upper >= 2;
  }
}
