package org.decl.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** How a line or a clause ends, across the punctuation of many scripts. */
public final class Punctuation {

  /** The kind of the last meaningful character of a piece of text. */
  public enum End {
    /** A sentence end: . ! ? … 。 ！ ？ । ॥ ። ؟ ۔ ։ */
    TERMINAL,
    /** A clause end: , ; : ، ؛ ， ； ： 、 ፣ ፤ and the Armenian comma and mijaket (՝ ․) */
    CLAUSE,
    /** A word broken by a hyphen at the end of a line. */
    HYPHEN,
    /** Anything else: a letter, a digit, a dash, a symbol. */
    NONE
  }

  private static final String TERMINALS = ".!?…。！？｡।॥።፧؟۔։܂‼⁇⁈⁉";
  private static final String CLAUSES = ",;:،؛，；：、፣፤፥፦·․՝";
  private static final String CLOSERS = ")]}»”’\"'›」』）】〕〉》";

  private Punctuation() {}

  /**
   * A sentence end: the marks above, and whatever else Unicode says ends a sentence (Sentence_Break
   * STerm or ATerm: Khmer ។, Myanmar ။, Tibetan, Sinhala, …).
   */
  public static boolean isTerminal(int cp) {
    if (TERMINALS.indexOf(cp) >= 0) {
      return true;
    }
    if (CLAUSES.indexOf(cp) >= 0) {
      return false; // the Armenian mijaket (․) is a one-dot leader to Unicode, a colon here
    }
    int sb = UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK);
    return sb == UCharacter.SentenceBreak.STERM || sb == UCharacter.SentenceBreak.ATERM;
  }

  /**
   * A clause end: the marks above, and the other punctuation Unicode says continues a sentence
   * (Sentence_Break SContinue: commas, colons and semicolons of every script), but no dash.
   */
  public static boolean isClauseEnd(int cp) {
    if (CLAUSES.indexOf(cp) >= 0) {
      return true;
    }
    return UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK)
            == UCharacter.SentenceBreak.SCONTINUE
        && UCharacter.getType(cp) == UCharacter.OTHER_PUNCTUATION;
  }

  /** A colon that announces what follows: : ： and the Armenian, Ethiopic and Khmer ones (․ ፦ ៖). */
  public static boolean isColon(int cp) {
    return cp == ':' || cp == '：' || cp == '․' || cp == '፦' || cp == '꞉' || cp == '៖';
  }

  /**
   * True if the text ends by announcing what follows: a colon, also written with a dash after it
   * ({@code as follows:-}, Amharic {@code ተስማምተዋል፡-}) or, in Burmese, as a spaced dash.
   */
  public static boolean endsWithColon(CharSequence text) {
    String t = text.toString().strip();
    if (t.isEmpty()) {
      return false;
    }
    int last = t.codePointBefore(t.length());
    if (isColon(last)) {
      return true;
    }
    if (last != '-' && last != '–' && last != '—') {
      return false;
    }
    String before = t.substring(0, t.length() - 1);
    if (before.isEmpty()) {
      return false;
    }
    int previous = before.codePointBefore(before.length());
    return isColon(previous) || previous == '፡' || previous == ' ';
  }

  public static boolean isCloser(int cp) {
    return CLOSERS.indexOf(cp) >= 0;
  }

  /** True for hyphens that may break a word at a line end (not dashes). */
  public static boolean isHyphen(int cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x00AD;
  }

  /** Classifies how the text ends, looking through closing quotes and brackets. */
  public static End endOf(CharSequence text) {
    int i = text.length();
    while (i > 0 && Character.isWhitespace(Character.codePointBefore(text, i))) {
      i -= Character.charCount(Character.codePointBefore(text, i));
    }
    if (i == 0) {
      return End.NONE;
    }
    int last = Character.codePointBefore(text, i);
    if (isHyphen(last)) {
      int j = i - Character.charCount(last);
      return j > 0 && Character.isLetter(Character.codePointBefore(text, j))
          ? End.HYPHEN
          : End.NONE;
    }
    while (isCloser(last) && i > Character.charCount(last)) {
      i -= Character.charCount(last);
      last = Character.codePointBefore(text, i);
    }
    if (isTerminal(last)) {
      return End.TERMINAL;
    }
    return isClauseEnd(last) ? End.CLAUSE : End.NONE;
  }
}
