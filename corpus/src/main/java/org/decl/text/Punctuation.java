package org.decl.text;

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

  public static boolean isTerminal(int cp) {
    return TERMINALS.indexOf(cp) >= 0;
  }

  public static boolean isClauseEnd(int cp) {
    return CLAUSES.indexOf(cp) >= 0;
  }

  /** A colon that announces what follows: : ： and the Armenian and Ethiopic ones (․ ፦). */
  public static boolean isColon(int cp) {
    return cp == ':' || cp == '：' || cp == '․' || cp == '፦' || cp == '꞉';
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
