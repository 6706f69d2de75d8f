package org.decl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.text.Markers;
import org.decl.text.Punctuation;
import org.decl.text.Scripts;

/**
 * What the whole document says about its own layout, measured before any line is joined: the column
 * width, how long a line gets before it wraps naturally, whether blank lines mean anything, which
 * capitalised words are names rather than sentence starts, and which words open many lines.
 */
final class LayoutStats {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-‐]\\p{L}+)+");

  /** Column width: the 90th percentile of line widths. */
  final double width;

  /** The shortest width at which a line still wraps naturally (10th percentile of such lines). */
  final double wrapLow;

  /**
   * Blank-line gaps that mean a paragraph break; Integer.MAX_VALUE when blank lines mean nothing.
   */
  final int breakingGap;

  /** True when blank lines are used as paragraph separators (not everywhere, not nowhere). */
  final boolean blanksSeparateParagraphs;

  /** Lower-cased words seen capitalised in mid-sentence: names, not sentence starts. */
  final Set<String> capitalisedInside;

  /** True when capitals are too common inside sentences to mark a sentence start (German). */
  final boolean capitalsUninformative;

  /** Words that open three lines or more: the anaphora of declarations (Nous …, Considering …). */
  final Set<String> openers;

  /** True when dash or asterisk bullets open two lines or more, so they are list markers here. */
  final boolean dashBullets;

  /** Lower-cased words of the document, and hyphenated compounds written mid-line. */
  final Set<String> words;

  final Set<String> compounds;

  private LayoutStats(List<TextLine> lines) {
    double[] widths = lines.stream().mapToDouble(l -> Scripts.width(l.text())).sorted().toArray();
    this.width = widths.length == 0 ? 0 : percentile(widths, widths.length < 3 ? 1.0 : 0.9);
    this.wrapLow = naturalWrapLow(lines, width);
    int[] gaps = gapCounts(lines);
    int pairs = Arrays.stream(gaps).sum();
    int withBlank = pairs - gaps[0];
    if (withBlank == 0) {
      breakingGap = Integer.MAX_VALUE;
      blanksSeparateParagraphs = false;
    } else if (pairs >= 4 && withBlank >= 0.7 * pairs) {
      int mode = 1;
      for (int g = 1; g < gaps.length; g++) {
        if (gaps[g] > gaps[mode]) {
          mode = g;
        }
      }
      breakingGap = mode + 1;
      blanksSeparateParagraphs = false;
    } else {
      breakingGap = 1;
      blanksSeparateParagraphs = true;
    }
    this.words = new HashSet<>();
    this.compounds = new HashSet<>();
    this.capitalisedInside = new HashSet<>();
    this.openers = new HashSet<>();
    int inside = 0;
    int capitalised = 0;
    Map<String, Integer> firstWords = new HashMap<>();
    int dashes = 0;
    for (TextLine line : lines) {
      String text = line.text();
      if (Markers.startsWithDashBullet(text)) {
        dashes++;
      }
      Matcher compound = HYPHENATED.matcher(text);
      while (compound.find()) {
        if (compound.end() < text.length()) {
          compounds.add(compound.group().toLowerCase(Locale.ROOT));
        }
      }
      boolean allCaps = Scripts.isAllCaps(text);
      Matcher m = WORD.matcher(text);
      boolean first = true;
      while (m.find()) {
        String word = m.group();
        String lower = word.toLowerCase(Locale.ROOT);
        words.add(lower);
        int cp = word.codePointAt(0);
        if (first) {
          first = false;
          if (m.start() <= 2 && (Character.isUpperCase(cp) || !Scripts.isCased(cp))) {
            firstWords.merge(word, 1, Integer::sum);
          }
          continue;
        }
        if (allCaps || !Scripts.isCased(cp) || !continuesSentence(text, m.start())) {
          continue;
        }
        inside++;
        if (Character.isUpperCase(cp) && !Scripts.isAllCaps(word)) {
          capitalised++;
          capitalisedInside.add(lower);
        }
      }
    }
    this.capitalsUninformative = inside >= 20 && capitalised > 0.18 * inside;
    firstWords.forEach(
        (word, count) -> {
          if (count >= 3 && !capitalisedInside.contains(word.toLowerCase(Locale.ROOT))) {
            openers.add(word);
          }
        });
    this.dashBullets = dashes >= 2;
  }

  static LayoutStats of(List<TextLine> lines) {
    return new LayoutStats(lines);
  }

  /** True if the blank lines before {@code line} mark a paragraph break on their own. */
  boolean blanksBreak(TextLine line) {
    return line.blanksBefore() >= breakingGap;
  }

  /** True if the word at {@code start} follows a word or a clause mark, not a sentence end. */
  private static boolean continuesSentence(String text, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || i == start) {
      return false;
    }
    int before = Character.codePointBefore(text, i);
    return Character.isLetterOrDigit(before) || Punctuation.isClauseEnd(before) && before != ':';
  }

  private static double naturalWrapLow(List<TextLine> lines, double width) {
    List<Double> natural = new ArrayList<>();
    int cjk = 0;
    int letters = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      TextLine a = lines.get(i);
      TextLine b = lines.get(i + 1);
      String text = a.text();
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          if (Scripts.isIdeographic(c)) {
            cjk++;
          }
        }
      }
      if (b.blockStart() || b.page() != a.page() || b.text().isEmpty()) {
        continue;
      }
      boolean lowerNext =
          Character.isLowerCase(b.text().codePointAt(0)) && !Markers.startsWithListMarker(b.text());
      if (lowerNext || Punctuation.endOf(text) == Punctuation.End.HYPHEN) {
        natural.add((double) Scripts.width(text));
      }
    }
    if (letters > 0 && cjk > letters / 2) {
      return width - 4;
    }
    if (natural.size() < 5) {
      return 0.8 * width;
    }
    double[] sorted = natural.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return Math.max(0.6 * width, Math.min(width, percentile(sorted, 0.1)));
  }

  private static int[] gapCounts(List<TextLine> lines) {
    int[] gaps = new int[8];
    for (int i = 1; i < lines.size(); i++) {
      TextLine b = lines.get(i);
      if (b.page() == lines.get(i - 1).page() && !b.blockStart()) {
        gaps[Math.min(b.blanksBefore(), gaps.length - 1)]++;
      }
    }
    return gaps;
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
