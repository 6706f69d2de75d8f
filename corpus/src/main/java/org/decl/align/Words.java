package org.decl.align;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The word-level evidence of a unit, read without a model of either language: its words (for the
 * lexicon and for versions in one language), its cognates, and its punctuation profile.
 *
 * <p>A word is a run of letters, digits and combining marks; ideographs and kana, which are written
 * without spaces, are each a word of their own, so that a lexicon can link a Chinese character with
 * the word it translates.
 */
final class Words {

  /** Words shorter than this, in Latin letters, share too many prefixes by chance. */
  private static final int COGNATE_MIN = 4;

  /** The letters of a cognate key: Simard, Foster and Isabelle's four-letter prefixes. */
  private static final int COGNATE_PREFIX = 4;

  /**
   * Any script to Latin, then to plain lower-case ASCII, so that {@code Москва}, {@code Moskva} and
   * {@code Moskwa} meet. A transliterator is not safe to share between threads; each thread keeps
   * its own, as building one costs milliseconds.
   */
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private Words() {}

  /** The hashes of a text's lower-cased words, sorted and distinct. */
  static long[] hashes(String text) {
    long[] hashes = new long[text.length()];
    int count = 0;
    int i = 0;
    StringBuilder word = new StringBuilder();
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (writtenWithoutSpaces(cp)) {
        count = add(hashes, count, word);
        word.appendCodePoint(cp);
        count = add(hashes, count, word);
      } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else {
        count = add(hashes, count, word);
      }
    }
    count = add(hashes, count, word);
    return distinct(hashes, count);
  }

  /** The hash of one word as {@link #hashes} makes it: for the entries of a dictionary. */
  static long hash(String word) {
    long[] hashes = hashes(word.strip());
    return hashes.length == 1 ? hashes[0] : Signals.hash(word.strip().toLowerCase(Locale.ROOT));
  }

  private static int add(long[] hashes, int count, StringBuilder word) {
    if (word.length() == 0) {
      return count;
    }
    hashes[count] = Signals.hash(word.toString());
    word.setLength(0);
    return count + 1;
  }

  private static long[] distinct(long[] hashes, int count) {
    if (count == 0) {
      return Signals.NONE;
    }
    long[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    int kept = 1;
    for (int k = 1; k < sorted.length; k++) {
      if (sorted[k] != sorted[kept - 1]) {
        sorted[kept++] = sorted[k];
      }
    }
    return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
  }

  /**
   * Cognates and transliterated near-matches: the first four letters of each word of four letters
   * or more, once the text is written in plain Latin letters. Translations keep names, loan words
   * and shared roots ({@code Regierung}/{@code gouvernement} no, {@code Parlament}/{@code
   * parlement} and {@code Шекспир}/{@code Shakespeare} yes), and a shared prefix is the cheap form
   * of a small edit distance between them that the search can afford to test millions of times.
   */
  static long[] cognates(String text) {
    String latin =
        isAscii(text) ? text.toLowerCase(Locale.ROOT) : TO_LATIN.get().transliterate(text);
    long[] hashes = new long[latin.length() / COGNATE_MIN + 1];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= latin.length(); i++) {
      boolean letter = i < latin.length() && isAsciiLetter(latin.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        boolean digitNext = i < latin.length() && Character.isDigit(latin.charAt(i));
        if (i - start >= COGNATE_MIN && !digitNext && count < hashes.length) {
          hashes[count++] = Signals.hash(folded(latin, start));
        }
        start = -1;
      }
    }
    return distinct(hashes, count);
  }

  /**
   * A word's first letters with the spellings of one sound made one ({@code c q k}, {@code w v},
   * {@code y i}), as transliteration and spelling conventions choose between them: {@code доктор}
   * is {@code doktor}, {@code doctor} in English.
   */
  private static String folded(String latin, int start) {
    char[] key = new char[COGNATE_PREFIX];
    for (int k = 0; k < COGNATE_PREFIX; k++) {
      char c = Character.toLowerCase(latin.charAt(start + k));
      key[k] =
          switch (c) {
            case 'c', 'q' -> 'k';
            case 'w' -> 'v';
            case 'y' -> 'i';
            default -> c;
          };
    }
    return new String(key);
  }

  /** Kinds of punctuation a translation tends to keep, four bits each in a profile. */
  private static final String[] MARKS = {
    "?？؟", // questions (and the Greek question mark, U+037E)
    "!！", // exclamations
    "\"“”«»„‹›「」『』", // quotations
    "()[]（）【】〔〕", // brackets
    ":：", // colons
    "—–", // dashes
    "…", // ellipses
    ";；؛" // semicolons
  };

  /**
   * How many marks of each kind a text holds, as a profile of eight four-bit counts: a question
   * stays a question in translation, a quotation keeps its quotation marks, a parenthesis its
   * brackets. Commas are left out: languages place them too differently.
   */
  static int punctuation(String text) {
    int profile = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int kind = kind(c == '\u037E' ? '?' : c);
      if (kind >= 0 && ((profile >>> (4 * kind)) & 15) < 15) {
        profile += 1 << (4 * kind);
      }
    }
    return profile;
  }

  private static int kind(char c) {
    if (c == ';') {
      return 7;
    }
    for (int k = 0; k < MARKS.length; k++) {
      if (MARKS[k].indexOf(c) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** Two profiles as one, as when two units make one side of a bead. */
  static int joined(int a, int b) {
    int profile = 0;
    for (int k = 0; k < MARKS.length; k++) {
      int count = Math.min(15, ((a >>> (4 * k)) & 15) + ((b >>> (4 * k)) & 15));
      profile |= count << (4 * k);
    }
    return profile;
  }

  /** How far two profiles differ: the sum of the differences of their counts. */
  static int distance(int a, int b) {
    int distance = 0;
    for (int k = 0; k < MARKS.length; k++) {
      distance += Math.abs(((a >>> (4 * k)) & 15) - ((b >>> (4 * k)) & 15));
    }
    return distance;
  }

  private static boolean writtenWithoutSpaces(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
