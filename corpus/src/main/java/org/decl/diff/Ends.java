package org.decl.diff;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How clauses end, in classes that hold in every script, from Unicode's properties rather than
 * lists: a sentence end (Sentence_Break STerm or ATerm: {@code . ? ! 。 ። । ॥ ۔ ؟ ։ ។ ။ ། …}), a
 * colon (a punctuation mark Unicode names a colon: {@code : ： ፥ ፦}), a clause end (any other
 * punctuation mark: {@code , ; ، ؛ ， ； 、 ፣ ፤ ՝ · ၊}), or none (a letter, a digit, a symbol: Thai
 * often ends a clause so). Closing brackets and quotes are looked through. In Greek text {@code ;}
 * is the question mark, a sentence end.
 */
final class Ends {

  /** The class of a clause's end. */
  enum End {
    TERMINAL,
    COLON,
    CLAUSE,
    NONE
  }

  private Ends() {}

  /** The class of the last meaningful character of a text. */
  static End of(String text) {
    int i = text.length();
    int script = UScript.COMMON;
    while (i > 0) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      if (Character.isWhitespace(cp) || closes(cp)) {
        continue;
      }
      script = scriptBefore(text, i);
      return classOf(cp, script);
    }
    return End.NONE;
  }

  private static End classOf(int cp, int script) {
    int sentenceBreak = UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK);
    if (sentenceBreak == UCharacter.SentenceBreak.STERM
        || sentenceBreak == UCharacter.SentenceBreak.ATERM) {
      return End.TERMINAL;
    }
    if (cp == ';' && script == UScript.GREEK) {
      return End.TERMINAL;
    }
    // dashes (and a word's hyphen at a line end) end nothing; symbols, letters and digits neither
    if (UCharacter.getType(cp) != ECharacterCategory.OTHER_PUNCTUATION) {
      return End.NONE;
    }
    String name = UCharacter.getName(cp);
    return name != null && name.contains("COLON") ? End.COLON : End.CLAUSE;
  }

  /** Closing brackets and quotes, which a clause's end punctuation may stand inside. */
  private static boolean closes(int cp) {
    int type = UCharacter.getType(cp);
    return type == ECharacterCategory.END_PUNCTUATION
        || type == ECharacterCategory.FINAL_PUNCTUATION
        || UCharacter.hasBinaryProperty(cp, UProperty.QUOTATION_MARK);
  }

  /** The script of the last letter before a position. */
  private static int scriptBefore(String text, int end) {
    int i = end;
    while (i > 0) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      if (Character.isLetter(cp)) {
        return UScript.getScript(cp);
      }
    }
    return UScript.COMMON;
  }

  /**
   * The conventions of one translation, learned from its 1-1 beads: how often a clause of the
   * original ending in each class is translated by one ending in each class. A French recital ends
   * with a comma, its Urdu translation with {@code ۔}: a convention, once it is the translation's
   * habit, never a finding.
   */
  static final class Conventions {

    /** Fewer clauses of the original ending in a class than this, and nothing can be told. */
    private static final int MIN_SEEN = 5;

    /** A translation's way of ending rarer than this share, for that class of original, is odd. */
    private static final double RARE = 0.2;

    private final Map<End, Map<End, Integer>> seen = new EnumMap<>(End.class);

    Conventions(List<End[]> pairs) {
      for (End[] pair : pairs) {
        seen.computeIfAbsent(pair[0], k -> new EnumMap<>(End.class))
            .merge(pair[1], 1, Integer::sum);
      }
    }

    /**
     * Whether the translation ending {@code t} where the original ends {@code s} is against its
     * habit.
     */
    boolean odd(End s, End t) {
      Map<End, Integer> ways = seen.getOrDefault(s, Map.of());
      int all = ways.values().stream().mapToInt(Integer::intValue).sum();
      return s != t && all >= MIN_SEEN && ways.getOrDefault(t, 0) < RARE * all;
    }
  }
}
