package org.decl.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The place of a list letter in its alphabet, for alphabets whose letters Unicode encodes in their
 * traditional order: the consonants and the vowels of the Brahmic scripts (Bengali ক খ গ, Tamil அ ஆ
 * இ, Khmer ក ខ គ, Myanmar က ခ ဂ, Gujarati, Telugu, Sinhala…), Georgian ა ბ გ, and Hangul's
 * syllables counted by their first consonant (가 나 다 라). Read from Unicode's properties, so that a
 * script nobody listed still counts its items.
 */
final class LetterOrder {

  /** Hangul syllables: 가 is the first, each initial consonant a run of 21 × 28. */
  private static final int HANGUL_FIRST = 0xAC00;

  private static final int HANGUL_LAST = 0xD7A3;

  private static final int PER_INITIAL = 21 * 28;

  /** The 14 basic initial consonants' indexes among the 19 (no doubled ones): ㄱ ㄴ ㄷ ㄹ … ㅎ. */
  private static final int[] BASIC_INITIALS = {0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18};

  private LetterOrder() {}

  /** The alphabet's name (the script's, lower case), or null when its letters do not count. */
  static String alphabetOf(int cp) {
    if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
      return (cp - HANGUL_FIRST) % PER_INITIAL == 0 && place(cp) > 0 ? "hangul" : null;
    }
    if (!Character.isLetter(cp)) {
      return null;
    }
    String script = UScript.getName(UScript.getScript(cp)).toLowerCase(java.util.Locale.ROOT);
    if (syllabicCategory(cp) == UCharacter.IndicSyllabicCategory.VOWEL_INDEPENDENT) {
      return script + "-vowel"; // vowels count a list of their own (Bengali (অ) (আ) under (ক))
    }
    return script;
  }

  /** The 1-based place of the letter among the letters of its kind in its script, or -1. */
  static int place(int cp) {
    if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
      int initial = (cp - HANGUL_FIRST) / PER_INITIAL;
      for (int i = 0; i < BASIC_INITIALS.length; i++) {
        if (BASIC_INITIALS[i] == initial) {
          return i + 1;
        }
      }
      return -1;
    }
    int script = UScript.getScript(cp);
    int category = syllabicCategory(cp);
    int place = 0;
    // count back to the start of the script's run of letters of this kind; unassigned code
    // points inside a run (Bengali leaves some) are skipped
    for (int c = cp; c > 0 && c > cp - 128; c--) {
      if (!Character.isDefined(c)) {
        continue;
      }
      if (UScript.getScript(c) != script
          || !Character.isLetter(c)
          || Character.isUpperCase(c) != Character.isUpperCase(cp)
          || syllabicCategory(c) != category) {
        break;
      }
      place++;
    }
    return place;
  }

  private static int syllabicCategory(int cp) {
    return UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
  }
}
