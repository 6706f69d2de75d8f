package org.decl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of a text that survive translation unchanged, in any script: numbers, web addresses
 * and e-mail addresses, acronyms and capitalised names. They are the language-independent evidence
 * that two clauses translate each other, and what a translation check compares.
 */
public final class Tokens {

  // Possessive quantifiers: the pattern runs on every clause, and backtracking into a long word
  // that turns out to hold no @ or dot made it the slowest thing decl did per clause.
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i:\\b(?:https?://|www\\.))[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]++"
              + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)++"
              + "|(?<![\\w.@/-])(?:[a-z0-9][a-z0-9-]*+\\.)++"
              + "(?:org|com|net|int|gov|edu|info|eu|fr|de|es|uk|un)"
              + "(?:/[A-Za-z0-9\\-._~:/?#@!$&'()*+,;=%]*+)?+(?![\\w-])");

  /** What may come right before a capitalised name inside a sentence. */
  private static final String NAME_OPENERS = " \u00A0(«“\"";

  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Nd}{1,4})(?:[.-]?(?:[a-zà-ÿ]{1,3}|[ªº°]|[а-я]{1,3}|[α-ω]{1,3}))(?![\\p{L}\\p{N}])"
              + "|第(\\p{Nd}{1,4})");
  private static final String TRAILING = ".,;:!?)]}»”’'\"";

  private Tokens() {}

  /**
   * The numbers in a text, normalised so that the same number reads the same in every language:
   * digits of any script as ASCII, thousands separators dropped ({@code 1 000}, {@code 1.000},
   * {@code 1,000} are all {@code 1000}), a decimal comma as a point ({@code 2,5} is {@code 2.5}).
   * Addresses are skipped: their digits are compared as addresses. So are months written as numbers
   * in Chinese, Japanese and Korean dates, since other languages name them.
   */
  public static List<String> numbers(String text) {
    return numbersOutsideAddresses(withoutAddresses(text));
  }

  /**
   * The numbers of a text whose addresses are already taken out, as {@link #numbers} reads them.
   */
  public static List<String> numbersOutsideAddresses(String rest) {
    List<String> numbers = new ArrayList<>();
    int i = 0;
    int length = rest.length();
    while (i < length) {
      int cp = rest.codePointAt(i);
      if (!Character.isDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      StringBuilder value = new StringBuilder();
      int groupStart = 0;
      while (i < length) {
        int c = rest.codePointAt(i);
        if (Character.isDigit(c)) {
          value.append((char) ('0' + Character.digit(c, 10)));
          i += Character.charCount(c);
          continue;
        }
        int next = digitsAfter(rest, i + 1);
        // thousands separators of every convention: 10 000 (space, no-break, narrow no-break or
        // thin space), 10'000 and 10’000 (Swiss), 10.000, 10,000, and the Arabic ١٠٬٠٠٠
        boolean space =
            c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'' || c == 0x2019;
        boolean thousands = c == 0x066C;
        boolean decimal = c == 0x066B;
        boolean separator = c == '.' || c == ',' || thousands || decimal || space;
        if (!separator || next == 0) {
          break;
        }

        int group = value.length() - groupStart;
        if (next == 3 && !decimal && (!space || group <= 3)) {
          groupStart = value.length();
          i++;
        } else if (!space && !thousands && value.indexOf(".") < 0) {
          value.append('.');
          groupStart = value.length();
          i++;
        } else {
          break;
        }
      }
      if (!namesMonth(rest, i)) {
        numbers.add(value.toString());
      }
    }
    return numbers;
  }

  /**
   * Whether the number ending here names a month ({@code 5月}, {@code 5월}): other languages write
   * the month as a word, which is no number, so neither is this.
   */
  private static boolean namesMonth(String text, int end) {
    return end < text.length() && (text.charAt(end) == '月' || text.charAt(end) == '월');
  }

  private static int digitsAfter(String text, int from) {
    int count = 0;
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isDigit(cp)) {
        break;
      }
      count++;
      i += Character.charCount(cp);
    }
    return count;
  }

  /** The text with its web and e-mail addresses taken out. */
  public static String withoutAddresses(String text) {
    List<int[]> spans = addressSpans(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder rest = new StringBuilder(text.length());
    int at = 0;
    for (int[] span : spans) {
      rest.append(text, at, span[0]);
      at = span[1];
    }
    return rest.append(text, at, text.length()).toString();
  }

  /**
   * Where the addresses of a text are. Addresses are runs of ASCII without spaces, so the pattern
   * only runs on such runs that hold an {@code @} or a dot followed by a letter or digit (a full
   * stop is followed by a space): on most clauses, not at all. Run over whole clauses, the pattern
   * was the slowest thing decl did per clause.
   */
  private static List<int[]> addressSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = null;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c > 0x7E || c <= ' ') {
        i++;
        continue;
      }
      int start = i;
      boolean candidate = false;
      while (i < length && text.charAt(i) > ' ' && text.charAt(i) <= 0x7E) {
        char d = text.charAt(i);
        candidate |=
            d == '@'
                || (d == '.' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1)));
        i++;
      }
      if (!candidate) {
        continue;
      }
      if (m == null) {
        m = ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(start, i);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    return spans;
  }

  /**
   * The numbers of a text written as ordinals ({@code 4e}, {@code 4th}, {@code 1er}, {@code 4.ª},
   * {@code 4-й}, {@code 第3回}), normalised as {@link #numbers} normalises them. Ordinals are often
   * written out in words in other languages ({@code Cuarta}, {@code Vierter}), so a check may
   * forgive them when the other side shows no number for them.
   */
  public static List<String> ordinals(String text) {
    List<String> ordinals = new ArrayList<>();
    Matcher m = ORDINAL.matcher(withoutAddresses(text));
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(2);
      ordinals.addAll(numbers(digits));
    }
    return ordinals;
  }

  /** The web and e-mail addresses in a text, lower-cased, without trailing punctuation. */
  public static List<String> addresses(String text) {
    List<String> found = new ArrayList<>();
    for (int[] span : addressSpans(text)) {
      String address = text.substring(span[0], span[1]);
      int end = address.length();
      while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
        end--;
      }
      found.add(address.substring(0, end).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  /** Whether a word follows a sentence end, where every word is capitalised. */
  private static boolean opensSentence(String text, int start) {
    int k = start - 1;
    while (k >= 0 && NAME_OPENERS.indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return k < 0 || Punctuation.isTerminal(text.charAt(k));
  }

  /** Words written in capitals (OGP, ONU, ООН), and capitalised words inside a sentence. */
  public static List<String> names(String text) {
    List<String> acronyms = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = true;
      boolean lowerTail = true;
      while (i < length
          && (Character.isLetter(text.charAt(i)) || Character.isDigit(text.charAt(i)))) {
        char d = text.charAt(i);
        upper &= Character.isUpperCase(d);
        if (i > start) {
          lowerTail &= Character.isLowerCase(d);
        }
        i++;
      }
      int size = i - start;
      boolean afterDigitOrLetter = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
      if (afterDigitOrLetter) {
        continue;
      }
      if (upper && size >= 2) {
        acronyms.add(text.substring(start, i));
      } else if (size >= 3
          && lowerTail
          && Character.isUpperCase(c)
          && start > 0
          && NAME_OPENERS.indexOf(text.charAt(start - 1)) >= 0
          && !opensSentence(text, start)) {
        names.add(text.substring(start, i));
      }
    }
    acronyms.addAll(names);
    return acronyms;
  }
}
