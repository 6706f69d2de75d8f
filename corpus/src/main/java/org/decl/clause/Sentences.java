package org.decl.clause;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts a clause into sentences by our own rules, in any language.
 *
 * <p>A sentence may end at any character Unicode marks as sentence-terminal ({@code . ! ? …} and
 * {@code 。 ！ ？ ؟ ۔ । ։ ። ။ ។}, plus the language's extras such as the Greek {@code ;}), together
 * with the closing quotes and brackets attached to it. Whether it does is decided by what surrounds
 * it:
 *
 * <ul>
 *   <li>inside an open quotation or parenthesis there is no end: the sentence ends with the closing
 *       mark ({@code “Stop!” he said.} is one sentence);
 *   <li>a full stop not followed by a space is part of a number, a URL, an e-mail or a file name
 *       ({@code 3.5}, {@code 10.000}, {@code www.example.org}); the East Asian full stops need no
 *       space;
 *   <li>a lowercase word after the mark carries the sentence on ({@code etc. and}, {@code ¿Vienes?
 *       preguntó}), a list marker after it starts a new one ({@code … box. 2. Remove …});
 *   <li>a full stop after an abbreviation goes on: the language's titles ({@code Mr.}, {@code
 *       Art.}, {@code Nr.}), single letters as initials ({@code J. Smith}, {@code z. B.}),
 *       initialisms ({@code U.S.}), a short word before a number ({@code para. 2}, {@code vol. 3}),
 *       an ordinal in languages that write them with a dot ({@code 12. Mai}), a number opening a
 *       list ({@code 1. Open}); the language's sentence-ending abbreviations ({@code etc.}, {@code
 *       и т. д.}) end it before a capital;
 *   <li>a word that usually opens a sentence in the language ({@code The}, {@code Dann}, {@code
 *       Затем}) ends it after an initialism, an initial, a title or an ordinal ({@code to the U.K.
 *       Its staff}, {@code в 2020 г. Затем}), and no abbreviation is followed by a closing quote;
 *   <li>an ellipsis ends a sentence like a full stop, except directly before the next character of
 *       a script written without spaces ({@code 他犹豫了……然后});
 *   <li>a blank line, or a new line that starts a list item, always ends a sentence;
 *   <li>in Thai and Lao, which write no full stop, a space between two words of the script ends a
 *       sentence unless the next word (found with ICU's dictionary word breaks) is a conjunction
 *       that carries it on.
 * </ul>
 *
 * <p>The per-language data is in {@link SentenceConventions}. An instance is not thread-safe.
 */
public final class Sentences {

  /** An opening mark further back than this no longer holds a sentence open. */
  private static final int QUOTE_WINDOW = 400;

  /** A Thai or Lao piece shorter than this is a phrase, not a sentence. */
  private static final int MIN_SPACED_SENTENCE = 12;

  private static final byte PLAIN = 0;
  private static final byte TERMINAL = 1;
  private static final byte OPEN = 2;
  private static final byte CLOSE = 3;
  private static final byte QUOTE = 4;
  private static final byte APOSTROPHE = 5;
  private static final byte SPACE = 6;
  private static final byte NEWLINE = 7;

  /** The class of every BMP character, computed once from Unicode's properties. */
  private static final byte[] CLASSES = classes();

  /** The tables of each language's conventions, shared by the segmenters of that language. */
  private static final Map<SentenceConventions, byte[][]> TABLES = new ConcurrentHashMap<>();

  private final SentenceConventions conventions;
  private final byte[] classes;

  /**
   * The classes the main loop stops at: {@link #classes} with apostrophes, and spaces where they
   * end no sentence, turned {@link #PLAIN}, so that most characters cost one lookup.
   */
  private final byte[] stops;

  private final ULocale locale;
  private BreakIterator words;

  /** The text being cut, copied once: the main loop reads an array, not the string. */
  private char[] chars = new char[0];

  /** A segmenter for a BCP 47 language tag (null or blank: the generic rules only). */
  public Sentences(String lang) {
    this.conventions = SentenceConventions.of(lang);
    this.locale = lang == null || lang.isBlank() ? ULocale.ROOT : ULocale.forLanguageTag(lang);
    byte[][] tables = TABLES.computeIfAbsent(conventions, Sentences::tables);
    this.classes = tables[0];
    this.stops = tables[1];
  }

  /** The class and stop tables of a language's conventions (64 KB each, so made once). */
  private static byte[][] tables(SentenceConventions conventions) {
    byte[] classes = CLASSES;
    if (!conventions.terminators().isEmpty()) {
      classes = Arrays.copyOf(CLASSES, CLASSES.length);
      for (int k = 0; k < conventions.terminators().length(); k++) {
        classes[conventions.terminators().charAt(k)] = TERMINAL;
      }
    }
    byte[] stops = Arrays.copyOf(classes, classes.length);
    for (int c = 0; c < stops.length; c++) {
      if (stops[c] == APOSTROPHE || stops[c] == SPACE && !conventions.spaceEnds()) {
        stops[c] = PLAIN;
      }
    }
    return new byte[][] {classes, stops};
  }

  /** The [start, end) offsets of each sentence of the text, surrounding spaces excluded. */
  public List<int[]> of(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int[] opens = new int[8];
    int depth = 0;
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    char[] cs = chars;
    byte[] stop = stops;
    text.getChars(0, n, cs, 0);
    for (int i = nextStop(cs, stop, 0, n); i < n; i = nextStop(cs, stop, i + 1, n)) {
      switch (stop[cs[i]]) {
        case OPEN -> {
          if (depth == opens.length) {
            opens = Arrays.copyOf(opens, depth * 2);
          }
          opens[depth++] = i;
        }
        case CLOSE -> depth = Math.max(0, depth - 1);
        case QUOTE -> {
          int role = quoteRole(text, i);
          if (role > 0) {
            if (depth == opens.length) {
              opens = Arrays.copyOf(opens, depth * 2);
            }
            opens[depth++] = i;
          } else if (role < 0) {
            depth = Math.max(0, depth - 1);
          }
        }
        case NEWLINE -> {
          if (endsAtNewline(text, i)) {
            add(spans, text, start, i);
            start = i + 1;
            depth = 0;
          }
        }
        case SPACE -> {
          if (endsAtSpace(text, start, i)) {
            add(spans, text, start, i);
            start = i + 1;
          }
        }
        default -> { // TERMINAL
          int marks = i;
          while (marks < n && classes[cs[marks]] == TERMINAL) {
            marks++;
          }
          int end = marks;
          // the closing quotes and brackets that belong to this end, French spaced ones included
          while (end < n) {
            byte k = classOf(text.charAt(end));
            if (k == TERMINAL || k == CLOSE || k == QUOTE || k == APOSTROPHE) {
              if (k == CLOSE || k == QUOTE) {
                depth = Math.max(0, depth - 1);
              }
              end++;
            } else if (k == SPACE && spacedCloserAt(text, end)) {
              end = skipSpaces(text, end);
            } else {
              break;
            }
          }
          if (depth > 0 && opens[depth - 1] < i - QUOTE_WINDOW) {
            depth = 0;
          }
          if (depth == 0 && endsAt(text, start, i, marks, end)) {
            add(spans, text, start, end);
            start = end;
          }
          i = end - 1;
        }
      }
    }
    add(spans, text, start, n);
    return spans;
  }

  /** The first index from i on whose character may end or open something: most are skipped here. */
  private static int nextStop(char[] cs, byte[] stop, int i, int n) {
    while (i < n && stop[cs[i]] == PLAIN) {
      i++;
    }
    return i;
  }

  /** Whether the marks text[i, marks), with their closers up to {@code end}, end a sentence. */
  private boolean endsAt(String text, int start, int i, int marks, int end) {
    int n = text.length();
    if (i > 0 && (text.charAt(i - 1) == '[' || text.charAt(i - 1) == '(')) {
      return false; // an omission mark: "[...]", "(…)"
    }
    if (end >= n) {
      return true;
    }
    char after = text.charAt(end);
    if (classOf(after) != SPACE && classOf(after) != NEWLINE) {
      if (isSpacedScriptMark(text.charAt(marks - 1))) {
        // "?" or "!" typed in Khmer or Chinese, where the next sentence follows without a space
        // not an ellipsis: "他犹豫了……然后签了字" goes on
        char last = text.charAt(marks - 1);
        return last != '.' && last != '…' && isUnspacedScript(after);
      }
      // 「はい。」と答えた: a quotation closed after the full stop and carried on by a particle
      return end == marks
          || UCharacter.getIntPropertyValue(after, UProperty.SCRIPT) != UScript.HIRAGANA;
    }
    int k = skipSpaces(text, end);
    if (k >= n) {
      return true;
    }
    int m = k;
    if ((text.charAt(m) == '—' || text.charAt(m) == '–')
        && m + 1 < n
        && isSpace(text.charAt(m + 1))) {
      m = skipSpaces(text, m + 1); // «Стой!» — крикнул он: the dash of an attribution
    }
    while (m < n && isOpener(text.charAt(m))) {
      m++;
    }
    if (m >= n) {
      return true;
    }
    int next = text.codePointAt(m);
    boolean fullStop = text.charAt(i) == '.' && marks - i == 1;
    int tokenStart = fullStop ? tokenStart(text, i) : i;
    if (tokenStart < i) {
      String token = text.substring(tokenStart, i);
      if (endsWithEnder(text, i)) {
        return !Character.isLowerCase(next);
      }
      String word = token.substring(token.lastIndexOf(token.indexOf('’') >= 0 ? '’' : '\'') + 1);
      // an abbreviation is not followed by a closing quote or bracket: «He said “No.” Then»
      // a title precedes a name or a number, never a word that opens a sentence ("в 2020 г. Затем")
      if (end == marks
          && (conventions.isTitle(token)
              || !word.isEmpty() && conventions.isTitle(word)
              || isVowellessTitle(token))
          && !conventions.isStarter(wordAt(text, m))) {
        return false;
      }
      if (isNumber(token)) {
        return numberEnds(text, start, tokenStart, token, k, next);
      }
    }
    if (listMarkerAt(text, k, false)) {
      return true;
    }
    if (Character.isLowerCase(next)) {
      return false;
    }
    if (end > marks && isAttribution(text, m)) {
      return false;
    }
    if (tokenStart == i) {
      return true;
    }
    String token = text.substring(tokenStart, i);
    if (Character.isDigit(next) && isShortWord(token)) {
      return false; // "para. 2", "vol. 3", "S. 12"
    }
    if (end == marks
        && (isInitial(token) || isHyphenatedInitials(token))
        && !conventions.isStarter(wordAt(text, m))) {
      return false; // an initial: "J. Smith", "z. B.", Telugu "కె.", French "J.-P."; not "an A.
      // Then"
    }
    // "the U.S. Senate" goes on, "to the U.K. Its staff" ends: a word that usually opens a sentence
    return end > marks || !isCapitalInitialism(token) || conventions.isStarter(wordAt(text, m));
  }

  /** The letters from m on: the word that follows a sentence-final mark. */
  private static String wordAt(String text, int m) {
    int j = m;
    while (j < text.length() && j - m < 32 && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(m, j);
  }

  /** Capital initials joined by hyphens, as French writes double first names: "J.-P", "J.-M". */
  private static boolean isHyphenatedInitials(String token) {
    int n = token.length();
    if (n < 3 || token.indexOf('-') < 0) {
      return false;
    }
    for (int k = 0; k < n; ) {
      if (!Character.isUpperCase(token.charAt(k))) {
        return false;
      }
      k++;
      if (k < n && token.charAt(k) == '.') {
        k++;
      }
      if (k < n) {
        if (token.charAt(k) != '-') {
          return false;
        }
        k++;
        if (k == n) {
          return false;
        }
      }
    }
    return true;
  }

  /** After a number and a full stop: a list marker or an ordinal go on, a sentence end does not. */
  private boolean numberEnds(
      String text, int start, int tokenStart, String token, int nextAt, int next) {
    int before = tokenStart - 1;
    while (before >= start && isSpace(text.charAt(before))) {
      before--;
    }
    if (before < start || text.charAt(before) == ':' || text.charAt(before) == '\n') {
      return false; // "1. Open the box", "Steps: 1. Open"
    }
    if (text.charAt(before) == '.'
        && before > start
        && Character.isDigit(text.charAt(before - 1))) {
      return false; // the middle of a date written "2024. 5. 12."
    }
    if (conventions.ordinalDot()
        && token.length() <= 3
        && Character.isLetter(next)
        && !previousWordCapitalised(text, start, tokenStart)
        && !conventions.isStarter(wordAt(text, nextAt))) {
      return false; // "am 12. Mai", "im 19. Jahrhundert"
    }
    if (isDatePart(text, nextAt)) {
      return false; // "2024. 5. 12."
    }
    return !Character.isLowerCase(next) || listMarkerAt(text, nextAt, false);
  }

  /** One or two digits, a dot, a space and a digit: the rest of a date written "2024. 5. 12.". */
  private static boolean isDatePart(String text, int k) {
    int j = k;
    while (j < text.length() && j - k < 3 && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j > k
        && j - k <= 2
        && j + 2 < text.length()
        && text.charAt(j) == '.'
        && isSpace(text.charAt(j + 1))
        && Character.isDigit(text.charAt(j + 2));
  }

  /**
   * A reporting verb after a quotation in a script without case: a single word before the next
   * sentence end ({@code "…" என்றார்.}), as in the languages that put the verb last.
   */
  private boolean isAttribution(String text, int m) {
    int c = text.codePointAt(m);
    if (!Character.isLetter(c) || Character.isUpperCase(c) || Character.isLowerCase(c)) {
      return false;
    }
    int j = m;
    int limit = Math.min(text.length(), m + 64);
    while (j < limit && !isSpace(text.charAt(j))) {
      if (classOf(text.charAt(j)) == TERMINAL) {
        return true;
      }
      j++;
    }
    return false;
  }

  /** One letter, with its combining marks: "J", "z", Telugu "కె", Tamil "ஆ". */
  private static boolean isInitial(String token) {
    int first = token.codePointAt(0);
    if (!Character.isLetter(first)) {
      return false;
    }
    for (int k = Character.charCount(first); k < token.length(); k++) {
      int type = Character.getType(token.charAt(k));
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }

  private static boolean previousWordCapitalised(String text, int start, int tokenStart) {
    start = skipSpaces(text, start); // the sentence starts after the spaces that follow its end
    int e = tokenStart - 1;
    while (e >= start && isSpace(text.charAt(e))) {
      e--;
    }
    int s = e;
    while (s > start && !isSpace(text.charAt(s - 1))) {
      s--;
    }
    // the first word of a sentence is capitalised whatever it is: "Im 19. Jahrhundert"
    return e >= start && s > start && Character.isUpperCase(text.codePointAt(s));
  }

  private boolean endsWithEnder(String text, int i) {
    for (String e : conventions.enders()) {
      int s = i - e.length();
      if (s >= 0
          && text.regionMatches(true, s, e, 0, e.length())
          && (s == 0 || !Character.isLetter(text.charAt(s - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** A list item starts at k: "2. ", "b) ", "(iv) ", and at the start of a line also "• ", "– ". */
  private static boolean listMarkerAt(String text, int k, boolean lineStart) {
    int n = text.length();
    if (k >= n) {
      return false;
    }
    char c = text.charAt(k);
    if (lineStart && "•◦▪‣⁃–—-*".indexOf(c) >= 0) {
      return k + 1 < n && isSpace(text.charAt(k + 1));
    }
    int j = c == '(' ? k + 1 : k;
    int s = j;
    while (j < n && j - s < 4 && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    if (j == s || j >= n - 1 || !isSpace(text.charAt(j + 1))) {
      return false;
    }
    char close = text.charAt(j);
    boolean digits = true;
    for (int d = s; d < j; d++) {
      digits &= Character.isDigit(text.charAt(d));
    }
    if (c == '(') {
      return close == ')';
    }
    if (close == ')') {
      return digits || j - s <= 2;
    }
    return close == '.' && digits && j + 2 < n && !Character.isLowerCase(text.charAt(j + 2));
  }

  /** A blank line, or a new line starting a list item, ends the sentence before it. */
  private static boolean endsAtNewline(String text, int i) {
    int k = i + 1;
    int n = text.length();
    while (k < n && text.charAt(k) != '\n' && isSpace(text.charAt(k))) {
      k++;
    }
    return k >= n || text.charAt(k) == '\n' || listMarkerAt(text, k, true);
  }

  /** Thai and Lao: a space between two words of the script, after a long enough piece. */
  private boolean endsAtSpace(String text, int start, int i) {
    int n = text.length();
    if (i == 0 || i + 1 >= n || i - start < MIN_SPACED_SENTENCE) {
      return false;
    }
    int b = i - 1;
    while (b > start && (classOf(text.charAt(b)) == QUOTE || classOf(text.charAt(b)) == CLOSE)) {
      b--; // เขากล่าวว่า "…" ไม่มีใคร: the sentence ends after the quotation
    }
    char before = text.charAt(b);
    char after = text.charAt(i + 1);
    if (!isSpacedScriptLetter(before) || !isSpacedScriptLetter(after)) {
      return false;
    }
    if (before == 'ๆ' || before == 'ໆ') {
      return false; // the repetition mark is followed by a space inside a sentence
    }
    if (!continuationMayStartAt(text, i + 1)) {
      return true; // no conjunction starts here, whatever the word breaks: no need to find them
    }
    if (words == null) {
      words = BreakIterator.getWordInstance(locale);
    }
    String ahead = text.substring(i + 1, Math.min(n, i + 1 + 40));
    words.setText(ahead);
    int firstEnd = words.following(0);
    String word = ahead.substring(0, firstEnd == BreakIterator.DONE ? ahead.length() : firstEnd);
    return !conventions.continuations().contains(word);
  }

  private boolean continuationMayStartAt(String text, int k) {
    for (String word : conventions.continuations()) {
      if (text.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpacedScriptLetter(char c) {
    // letters, vowel signs and tone marks of Thai and Lao; not their digits
    return c >= 0x0E01 && c <= 0x0EFF && !Character.isDigit(c);
  }

  /**
   * Whether a sentence-final mark needs a space after it to end a sentence: those of the scripts
   * that write spaces between words (Latin, Greek, Cyrillic, Armenian, Arabic, the Indic scripts)
   * and the general punctuation ones (… ‼ ⁇); not those of Thai, Khmer, Myanmar, Ethiopic or the
   * East Asian scripts, which may be followed by the next sentence directly.
   */
  private static boolean isUnspacedScript(int c) {
    return switch (UCharacter.getIntPropertyValue(c, UProperty.SCRIPT)) {
      case UScript.THAI,
          UScript.LAO,
          UScript.KHMER,
          UScript.MYANMAR,
          UScript.HAN,
          UScript.HIRAGANA,
          UScript.KATAKANA ->
          true;
      default -> false;
    };
  }

  private static boolean isSpacedScriptMark(char c) {
    return c < 0x0E00 || c >= 0x2000 && c <= 0x206F;
  }

  /** A quote after spaces that closes: French "Non ! »" followed by a space or the end. */
  private boolean spacedCloserAt(String text, int i) {
    int k = skipSpaces(text, i);
    if (k >= text.length() || classOf(text.charAt(k)) != QUOTE || text.charAt(i) == '\n') {
      return false;
    }
    if (k + 1 < text.length() && !isSpace(text.charAt(k + 1))) {
      return false;
    }
    int type = Character.getType(text.charAt(k));
    return type == Character.FINAL_QUOTE_PUNCTUATION || text.charAt(k) == '"';
  }

  /** +1 if the quote at i opens, -1 if it closes, 0 if its role is unclear. */
  private static int quoteRole(String text, int i) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean prevSpace = isSpace(prev) || isOpener(prev);
    boolean nextSpace = isSpace(next);
    if (prevSpace && !nextSpace) {
      return 1;
    }
    if (!isSpace(prev) && (nextSpace || !Character.isLetterOrDigit(next))) {
      return -1;
    }
    if (prevSpace) {
      int type = Character.getType(text.charAt(i));
      return type == Character.INITIAL_QUOTE_PUNCTUATION
          ? 1
          : type == Character.FINAL_QUOTE_PUNCTUATION ? -1 : 0;
    }
    // attached on both sides, as in Chinese and Japanese text: “ opens, ” closes
    int type = Character.getType(text.charAt(i));
    return type == Character.INITIAL_QUOTE_PUNCTUATION
        ? 1
        : type == Character.FINAL_QUOTE_PUNCTUATION ? -1 : 0;
  }

  /** Where the word before the full stop at i starts (after spaces, brackets and quotes). */
  private static int tokenStart(String text, int i) {
    int j = i;
    int limit = Math.max(0, i - 64); // text without spaces (Chinese) has no word to look back at
    while (j > limit && !isSpace(text.charAt(j - 1)) && !isOpener(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static boolean isOpener(char c) {
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || c == '"'
        || c == '\''
        || c == '¿'
        || c == '¡';
  }

  private static boolean isNumber(String token) {
    boolean digit = false;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != '.' && c != ',') {
        return false;
      }
    }
    return digit;
  }

  /**
   * "Dr", "Mr", "St", "Nr": a capitalised Latin word of two to four letters and no vowel at all.
   */
  private static boolean isVowellessTitle(String token) {
    int n = token.length();
    if (n < 2
        || n > 4
        || token.charAt(0) < 'A'
        || token.charAt(0) > 'Z'
        || "AEIOUY".indexOf(token.charAt(0)) >= 0) {
      return false; // "Uhr", "Eis" are words
    }
    for (int k = 1; k < n; k++) {
      char c = token.charAt(k);
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShortWord(String token) {
    int count = token.codePointCount(0, token.length());
    return count <= 4 && token.codePoints().allMatch(Character::isLetter);
  }

  /** "U.S", "U.K", "E.U": letters of one or two between dots, ending in a capital letter. */
  private static boolean isCapitalInitialism(String token) {
    if (token.indexOf('.') < 0) {
      return false;
    }
    for (String part : token.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    char last = token.charAt(token.length() - 1);
    return Character.isUpperCase(last) && token.charAt(token.length() - 2) == '.';
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    byte kind = CLASSES[c];
    return kind == SPACE || kind == NEWLINE;
  }

  private static boolean isSpaceChar(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private byte classOf(char c) {
    return classes[c];
  }

  private static void add(List<int[]> spans, String text, int s, int e) {
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new int[] {s, e});
    }
  }

  private static byte[] classes() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < table.length; c++) {
      int type = Character.getType(c);
      if (c == '\n') {
        table[c] = NEWLINE;
      } else if (isSpaceChar(c)) {
        table[c] = SPACE;
      } else if ((UCharacter.hasBinaryProperty(c, UProperty.S_TERM) || c == 0x037E || c == '…')
          && c != 0x104A) {
        // 0x037E: the Greek question mark; '…', which Unicode leaves out, ends "Wait… Is it?";
        // 0x104A, the Myanmar little section, is a comma in use
        table[c] = TERMINAL;
      } else if (c == '\'' || c == '’' || c == '‘' || c == '‚') {
        table[c] = APOSTROPHE; // also an apostrophe inside words: never counted as a quotation
      } else if (type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION
          || c == '"'
          || c == '„') {
        table[c] = QUOTE;
      } else if (type == Character.START_PUNCTUATION) {
        table[c] = OPEN;
      } else if (type == Character.END_PUNCTUATION) {
        table[c] = CLOSE;
      }
    }
    return table;
  }
}
