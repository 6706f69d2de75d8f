package org.decl.clause;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.decl.text.Markers;
import org.decl.text.NumberWords;
import org.decl.text.Numbering;
import org.decl.text.Numerals;
import org.decl.text.Punctuation;

/**
 * Finds the article headings of a document, in any language, as a series: short paragraphs that
 * repeat one pattern of words around a numeral, the numeral counting up through the document.
 * {@code Article 1 … Article 15}, {@code 1. cikk … 15. cikk}, {@code 第一条 … 第十五条}, {@code Điều 1. …
 * Điều 15.}, {@code סעיף א. … סעיף טו.}, {@code مادهٔ اول … مادهٔ پانزدهم}: the words are whatever
 * the document repeats, the numeral is digits of any script, a Roman, CJK or alphabetic numeral, a
 * number spelled out (read with ICU's number rules when the language is known), or, when it cannot
 * be read, the place of the heading in the series.
 *
 * <p>The series with most members holds the articles. A second series whose members are other
 * paragraphs (fewer of them: {@code Chapter I}, {@code 第一章}) holds chapters. A word known to mean
 * "article" is only a hint: it makes a single heading an article when no series is found.
 */
final class HeadingSeries {

  /** The longest paragraph a heading on its own may be, in characters and in words. */
  private static final int SHORT_CHARS = 60;

  private static final int SHORT_WORDS = 6;

  /** How far into a paragraph its heading's numeral may come, in words. */
  private static final int NUMERAL_WITHIN = 4;

  /**
   * One way of reading a paragraph as a heading.
   *
   * @param key the pattern: the words around the numeral, folded, with # for the numeral
   * @param value the numeral's value, or -1 when it cannot be read
   * @param filler the numeral as printed
   * @param labelEnd where the heading's label ends in the paragraph
   * @param alone true if the paragraph is short enough to be a heading on its own
   * @param spelled true if the numeral is the paragraph's last words, whatever they are
   */
  private record Reading(
      String key, int value, String filler, int labelEnd, boolean alone, boolean spelled) {}

  private record Member(int paragraph, Reading reading) {}

  private final Map<Integer, Markers.Heading> headings = new HashMap<>();

  private HeadingSeries() {}

  /**
   * The headings found among the paragraphs, by paragraph index.
   *
   * @param texts the paragraphs' texts, in reading order; null for a separator
   * @param lang the document's language as a BCP 47 tag, or null when not known
   */
  static Map<Integer, Markers.Heading> find(List<String> texts, String lang) {
    HeadingSeries series = new HeadingSeries();
    series.read(texts, lang);
    return series.headings;
  }

  private void read(List<String> texts, String lang) {
    Map<String, List<Member>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Reading r : readings(text, lang)) {
        if (seen.add(r.key())) {
          byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Member(i, r));
        }
      }
    }
    List<List<Member>> series = new ArrayList<>();
    for (List<Member> members : byKey.values()) {
      List<Member> kept = counting(members);
      if (!kept.isEmpty()) {
        series.add(kept);
      }
    }
    series.sort(
        Comparator.<List<Member>>comparingInt(List::size)
            .reversed()
            .thenComparingInt(s -> s.get(0).reading().spelled() ? 1 : 0)
            .thenComparingInt(s -> s.get(0).paragraph()));
    Set<Integer> taken = new HashSet<>();
    boolean articles = true;
    for (List<Member> s : series) {
      if (s.stream().anyMatch(m -> taken.contains(m.paragraph()))) {
        continue; // another reading of paragraphs already read
      }
      int[] values = values(s);
      for (int k = 0; k < s.size(); k++) {
        Member m = s.get(k);
        String text = texts.get(m.paragraph());
        String label = text.substring(0, m.reading().labelEnd()).strip();
        String rest = stripOpeningDash(text.substring(m.reading().labelEnd()));
        headings.put(m.paragraph(), new Markers.Heading(label, values[k], rest, !articles));
        taken.add(m.paragraph());
      }
      articles = false;
    }
    if (series.isEmpty()) {
      for (int i = 0; i < texts.size(); i++) {
        Markers.Heading hint = texts.get(i) == null ? null : Markers.heading(texts.get(i));
        if (hint != null) {
          headings.put(i, hint);
        }
      }
    } else {
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        Markers.Heading hint = text == null ? null : Markers.heading(text);
        if (hint != null && !headings.containsKey(i) && (hint.chapter() || isAlone(text))) {
          // a chapter, or an article alone on its line, named as one and alone of its kind
          headings.put(i, hint);
        }
      }
    }
  }

  /**
   * The members that make a counting series, or none: numerals that rise through the document (the
   * longest rising run of those that can be read, the others kept where they stand alone), or at
   * least three different spelled numerals in short paragraphs of the same pattern.
   */
  private static List<Member> counting(List<Member> members) {
    long alone = members.stream().filter(m -> m.reading().alone()).count();
    if (members.size() < 2 || alone < 2 && !runningOn(members)) {
      return List.of();
    }
    List<Member> known = members.stream().filter(m -> m.reading().value() > 0).toList();
    if (known.size() >= 2) {
      List<Member> rising = longestRising(known);
      int first = rising.get(0).reading().value();
      int last = rising.get(rising.size() - 1).reading().value();
      if (rising.size() < 2 || last - first + 1 > 2 * rising.size()) {
        return List.of(); // numbers that do not count: references, years, amounts
      }
      Set<Member> keep = new HashSet<>(rising);
      List<Member> out = new ArrayList<>();
      for (Member m : members) {
        if (keep.contains(m) || m.reading().value() <= 0 && m.reading().alone()) {
          out.add(m);
        }
      }
      return out;
    }
    if (members.size() < 3 || !members.stream().allMatch(m -> m.reading().alone())) {
      return List.of();
    }
    Set<String> fillers = new HashSet<>();
    for (Member m : members) {
      if (!fillers.add(UCharacter.foldCase(m.reading().filler(), true))) {
        return List.of(); // the same words again: a repeated line, not a count
      }
    }
    return members;
  }

  /**
   * Headings that all run on into their text ({@code Článok 1. Každý má právo …}) make a series
   * only when one word opens each and the numbers count 1, 2, 3 … without a gap: sentences that
   * happen to share their first words and a number do not.
   */
  private static boolean runningOn(List<Member> members) {
    if (members.size() < 3) {
      return false;
    }
    for (int k = 0; k < members.size(); k++) {
      Reading r = members.get(k).reading();
      String before = r.key().substring(0, Math.max(0, r.key().indexOf('#'))).strip();
      if (r.value() != k + 1 || before.isEmpty() || before.indexOf(' ') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The longest run of members whose values rise strictly, in document order. */
  private static List<Member> longestRising(List<Member> known) {
    int n = known.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = 0;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (known.get(j).reading().value() < known.get(i).reading().value()
            && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (length[i] > length[best]) {
        best = i;
      }
    }
    List<Member> run = new ArrayList<>();
    for (int i = best; i >= 0; i = previous[i]) {
      run.add(0, known.get(i));
    }
    return run;
  }

  /** The members' numbers: as read, and where unreadable, one more than the one before. */
  private static int[] values(List<Member> members) {
    int[] values = new int[members.size()];
    int firstKnown = -1;
    for (int k = 0; k < members.size(); k++) {
      values[k] = members.get(k).reading().value();
      if (values[k] > 0 && firstKnown < 0) {
        firstKnown = k;
      }
    }
    if (firstKnown < 0) {
      for (int k = 0; k < values.length; k++) {
        values[k] = k + 1;
      }
      return values;
    }
    for (int k = firstKnown - 1; k >= 0; k--) {
      values[k] = Math.max(1, values[k + 1] - 1);
    }
    for (int k = firstKnown + 1; k < values.length; k++) {
      if (values[k] <= 0) {
        values[k] = values[k - 1] + 1;
      }
    }
    return values;
  }

  /** Every way the paragraph can be read as a heading: each word that may be its numeral. */
  private static List<Reading> readings(String text, String lang) {
    List<int[]> words = words(text, NUMERAL_WITHIN + 2);
    if (words.isEmpty()) {
      return List.of();
    }
    boolean alone = isAlone(text);
    List<Reading> readings = new ArrayList<>();
    // a paragraph that opens with a list marker is a list item, whatever numbers follow
    int within = Numbering.parse(text) != null ? 1 : Math.min(NUMERAL_WITHIN, words.size());
    for (int j = 0; j < within; j++) {
      int[] w = words.get(j);
      Reading r = numeralIn(text, words, j, w, lang, alone);
      if (r != null) {
        readings.add(r);
      }
    }
    if (alone && Punctuation.endOf(text) == Punctuation.End.NONE) {
      // the last words may be a number spelled out: مادهٔ اول, المادة الحادية عشرة
      for (int k = 1; k <= 2 && k < words.size(); k++) {
        String before = folded(text.substring(0, words.get(k - 1)[1]));
        if (!hasLetter(before)) {
          continue;
        }
        String filler = text.substring(words.get(k)[0]).strip();
        int value = readNumber(filler, lang);
        readings.add(new Reading(before + " *", value, filler, text.length(), true, true));
      }
    }
    return readings;
  }

  /** Short enough to be a heading on its own line, and not ending in a comma as clauses do. */
  private static boolean isAlone(String text) {
    return text.length() <= SHORT_CHARS
        && words(text, SHORT_WORDS + 1).size() <= SHORT_WORDS
        && Punctuation.endOf(text) != Punctuation.End.CLAUSE;
  }

  /** Reads word j as the heading's numeral: digits with what sticks to them, or a numeral word. */
  private static Reading numeralIn(
      String text, List<int[]> words, int j, int[] w, String lang, boolean alone) {
    String word = text.substring(w[0], w[1]);
    int[] run = digitRun(word);
    int value;
    String before;
    String after;
    String filler;
    if (run != null) {
      filler = word.substring(run[0], run[1]);
      value = readNumber(filler, lang);
      before = word.substring(0, run[0]);
      after = word.substring(run[1]);
    } else {
      filler = trimPunctuation(word);
      value = readNumber(filler, lang);
      if (value <= 0 || !isNumeralWord(filler)) {
        return null;
      }
      before = "";
      after = "";
    }
    StringBuilder key = new StringBuilder(folded(text.substring(0, w[0])));
    key.append(' ').append(folded(before)).append('#').append(folded(after));
    int labelEnd = w[1];
    boolean numeralFirst = j == 0 && !hasLetter(folded(before) + folded(after));
    if (numeralFirst) {
      // 1. cikk, 1 artikla, 1 straipsnis: the word that follows the numeral is the pattern;
      // (i) and 2) open list items, not headings
      if (words.size() < 2 || !alone || word.indexOf('(') >= 0 || word.indexOf(')') >= 0) {
        return null;
      }
      int[] next = words.get(1);
      key.append(' ').append(folded(text.substring(next[0], next[1])));
      labelEnd = next[1];
    }
    labelEnd = withClosingPunctuation(text, labelEnd);
    String k = key.toString().strip();
    if (!hasLetter(k)) {
      return null;
    }
    return new Reading(k, value, filler, labelEnd, alone, false);
  }

  /** A whole word that reads as a numeral: a Roman numeral in one case, or a letter numeral. */
  private static boolean isNumeralWord(String word) {
    if (word.isEmpty() || word.length() > 6) {
      return false;
    }
    if (Numerals.roman(word) > 0) {
      return word.equals(word.toUpperCase(java.util.Locale.ROOT))
          || word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }
    return true;
  }

  /** The value of a numeral or number word, in any of the ways decl reads them, or -1. */
  private static int readNumber(String s, String lang) {
    int v = Numerals.number(s);
    if (v > 0) {
      return v;
    }
    v = NumberWords.letters(s);
    if (v > 0) {
      return v;
    }
    v = NumberWords.spelled(s, lang);
    return v > 0 ? v : Numerals.ordinalWord(s);
  }

  /** Where a run of digits (any script), CJK or Ethiopic numerals starts and ends in a word. */
  private static int[] digitRun(String word) {
    int start = -1;
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      boolean numeral = Character.isDigit(cp) || Numerals.isCjkNumeral(cp) || isEthiopic(cp);
      if (numeral && start < 0) {
        start = i;
      } else if (!numeral && start >= 0) {
        return new int[] {start, i};
      }
      i += Character.charCount(cp);
    }
    return start < 0 ? null : new int[] {start, word.length()};
  }

  private static boolean isEthiopic(int cp) {
    return cp >= 0x1369 && cp <= 0x137C;
  }

  /** The label takes the punctuation that closes it: {@code 1.}, {@code Điều 1:}, {@code ۱۔}. */
  private static int withClosingPunctuation(String text, int end) {
    int i = end;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isLetterOrDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** What follows a heading's label, without the dash or colon that sets it off. */
  private static String stripOpeningDash(String rest) {
    String r = rest.strip();
    int i = 0;
    while (i < r.length()) {
      int cp = r.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) && i > 0) {
        break;
      }
      if (!Character.isWhitespace(cp) && "-–—:.".indexOf(cp) < 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    return r.substring(i).strip();
  }

  /** The first n words of a text, as start and end offsets. */
  private static List<int[]> words(String text, int n) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length() && words.size() < n) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  /** Letters and marks only, case folded: the part of a heading that repeats. */
  private static String folded(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isLetter(cp)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.OTHER_SYMBOL && cp != '#') {
        out.appendCodePoint(cp);
      } else if (Character.isWhitespace(cp) && out.length() > 0) {
        out.append(' ');
      } else if (cp == '§') {
        out.append('§');
      }
    }
    return UCharacter.foldCase(out.toString().strip().replaceAll(" +", " "), true);
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(cp -> Character.isLetter(cp) || cp == '§');
  }

  private static String trimPunctuation(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
      start += Character.charCount(word.codePointAt(start));
    }
    while (end > start && !isWordEnd(word.codePointBefore(end))) {
      end -= Character.charCount(word.codePointBefore(end));
    }
    return word.substring(start, end);
  }

  private static boolean isWordEnd(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
