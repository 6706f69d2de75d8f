package org.decl.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
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
  static final String OPENING_PUNCTUATION = "«\"“„‘'(¿¡[";

  private final BreakIterator lineBreaks = BreakIterator.getLineInstance(ULocale.ROOT);

  /** Column width: the 90th percentile of line widths. */
  final double width;

  /** The shortest width at which a line still wraps naturally (10th percentile of such lines). */
  final double wrapLow;

  /**
   * True when lines were filled greedily to a fixed width, as programs wrap plain text: every
   * continuation line seen had no room for the next word. False for proportional fonts, where
   * character counts only approximate widths.
   */
  final boolean greedyWidth;

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

  /**
   * True when lines hardly ever end in punctuation (Thai, Lao, Khmer and Myanmar texts), so a line
   * ending without it says nothing.
   */
  final boolean unpunctuated;

  /** True when most letters are of right-to-left scripts (Arabic, Hebrew, Syriac, Thaana). */
  final boolean rightToLeft;

  /** True when dash or asterisk bullets open two lines or more, so they are list markers here. */
  final boolean dashBullets;

  /** Lower-cased words of the document, and hyphenated compounds written mid-line. */
  final Set<String> words;

  final Set<String> compounds;

  /** Whether widths count code points (as most wrapping programs do) or terminal columns. */
  private final boolean countCodePoints;

  private LayoutStats(List<TextLine> lines, boolean proportional) {
    this.countCodePoints = codePointsWrapBetter(lines);
    double[] widths = lines.stream().mapToDouble(l -> measure(l.text())).sorted().toArray();
    this.width = widths.length == 0 ? 0 : percentile(widths, widths.length < 3 ? 1.0 : 0.95);
    this.wrapLow = naturalWrapLow(lines, width);
    this.greedyWidth = greedy(lines, width, !proportional);
    int[] gaps = gapCounts(lines);
    int pairs = Arrays.stream(gaps).sum();
    int withBlank = pairs - gaps[0];
    if (withBlank == 0) {
      breakingGap = Integer.MAX_VALUE;
      blanksSeparateParagraphs = false;
    } else if (pairs >= 4 && withBlank >= 0.9 * pairs) {
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
            firstWords.merge(firstWord(text), 1, Integer::sum);
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
    long punctuated =
        lines.stream().filter(l -> Punctuation.endOf(l.text()) != Punctuation.End.NONE).count();
    this.unpunctuated = lines.size() >= 10 && punctuated * 10 < lines.size();
    this.rightToLeft = rightToLeftShare(lines) > 0.5;
  }

  /**
   * Measures a document.
   *
   * @param proportional true when the lines come from a typeset page (PDF) rather than a text file
   */
  static LayoutStats of(List<TextLine> lines, boolean proportional) {
    return new LayoutStats(lines, proportional);
  }

  /**
   * True if the word is a name here: seen capitalised in mid-sentence, alone or inflected (a
   * capitalised word sharing its first five letters or more, as Լիսաբոն and Լիսաբոնում).
   */
  boolean isName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (capitalisedInside.contains(lower)) {
      return true;
    }
    if (lower.length() < 5) {
      return false;
    }
    for (String name : capitalisedInside) {
      int common = 0;
      int max = Math.min(name.length(), lower.length());
      while (common < max && name.charAt(common) == lower.charAt(common)) {
        common++;
      }
      if (common >= 5 && common * 10 >= 7 * Math.min(name.length(), lower.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether continuation lines show greedy filling: a lower-case continuation whose first word
   * would have fitted on the line before is impossible then. Without such lines, text files are
   * taken to be wrapped by a program and typeset pages not.
   */
  private boolean greedy(List<TextLine> lines, double width, boolean textFile) {
    int samples = 0;
    int roomy = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      TextLine a = lines.get(i);
      TextLine b = lines.get(i + 1);
      if (b.blockStart() || b.page() != a.page() || b.text().isEmpty()) {
        continue;
      }
      if (Character.isLowerCase(b.text().codePointAt(0))
          && !Markers.startsWithListMarker(b.text())) {
        samples++;
        int space = b.text().indexOf(' ');
        String next = space < 0 ? b.text() : b.text().substring(0, space);
        if (measure(a.text()) + 1 + measure(next) <= width) {
          roomy++;
        }
      }
    }
    if (samples >= 5) {
      return roomy <= samples / 20;
    }
    if (!textFile || lines.size() < 10) {
      return false;
    }
    long nearMargin = lines.stream().filter(l -> measure(l.text()) >= width - 2).count();
    return nearMargin * 5 >= lines.size();
  }

  /**
   * The line's first word without quotes or punctuation, as ICU's line breaking finds it: a word of
   * a language written without spaces (Thai, Chinese) is found by dictionary.
   */
  String firstWord(String line) {
    lineBreaks.setText(line);
    int end = lineBreaks.following(0);
    int from = 0;
    while (from < end && OPENING_PUNCTUATION.indexOf(line.charAt(from)) >= 0) {
      from++;
    }
    while (end > from && !Character.isLetterOrDigit(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(from, end);
  }

  /** What must fit on a line for it to take the next line's start: its first unbreakable chunk. */
  String firstChunk(String line) {
    lineBreaks.setText(line);
    return line.substring(0, lineBreaks.following(0)).stripTrailing();
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

  /**
   * The width of a piece of text in the unit the document was wrapped in: terminal columns (wide
   * East Asian characters count two, combining marks none) or code points. The unit whose widths
   * pile up against a right margin is the one the wrapping used.
   */
  double measure(CharSequence text) {
    return countCodePoints ? Character.codePointCount(text, 0, text.length()) : Scripts.width(text);
  }

  private static boolean codePointsWrapBetter(List<TextLine> lines) {
    long chars = 0;
    long marks = 0;
    for (TextLine line : lines) {
      String text = line.text();
      chars += text.length();
      for (int i = 0; i < text.length(); i++) {
        int type = Character.getType(text.charAt(i));
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
          marks++;
        }
      }
    }
    // the two units differ by combining marks; without them, columns it is
    if (lines.size() < 10 || marks * 50 < chars) {
      return false;
    }
    int[] columns = lines.stream().mapToInt(l -> Scripts.width(l.text())).toArray();
    int[] points =
        lines.stream().mapToInt(l -> l.text().codePointCount(0, l.text().length())).toArray();
    return nearMargin(points) > nearMargin(columns);
  }

  /** How many lines end close to the widest ones (the 95th percentile), within 4%. */
  private static int nearMargin(int[] widths) {
    int[] sorted = widths.clone();
    Arrays.sort(sorted);
    int margin = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    int slack = Math.max(2, margin / 25);
    return (int) Arrays.stream(widths).filter(w -> w >= margin - slack && w <= margin).count();
  }

  private double naturalWrapLow(List<TextLine> lines, double width) {
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
        natural.add((double) measure(text));
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

  private static double rightToLeftShare(List<TextLine> lines) {
    long letters = 0;
    long rtl = 0;
    for (TextLine line : lines) {
      String text = line.text();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          byte direction = Character.getDirectionality(c);
          if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
              || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            rtl++;
          }
        }
      }
    }
    return letters == 0 ? 0 : (double) rtl / letters;
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
