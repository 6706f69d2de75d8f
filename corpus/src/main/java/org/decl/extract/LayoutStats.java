package org.decl.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
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
 *
 * <p>Each line is read once up front; the decisions then look up its measurements by position.
 */
final class LayoutStats {

  static final String OPENING_PUNCTUATION = "«\"“„‘'(¿¡[";

  /**
   * A word and a number opening a line, either way round (Artikkel 6, 5-бап, 5. cikk, 14
   * straipsnis): a candidate article heading.
   */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile(
          "(?:([\\p{L}\\p{M}]+) (\\p{Nd}+)|(\\p{Nd}+)[-.]? ?([\\p{L}\\p{M}]+))(?![\\p{Nd}\\p{L}\\p{M}])");

  /** Column width: the 95th percentile of line widths. */
  final double width;

  /**
   * True for a text file whose lines stop at a wall, as a program fills them: many lines reach the
   * column and (but for a long word now and then) none goes past it. Then {@link #width} is that
   * column exactly, and a line with room for the next word certainly ended its paragraph.
   */
  final boolean walled;

  /**
   * True when the document's letters have case but hardly ever a capital (Georgian, whose Mkhedruli
   * letters are lower case in Unicode): a lower-case start then says nothing.
   */
  final boolean caseless;

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
  final Set<String> capitalisedInside = new HashSet<>();

  /** True when capitals are too common inside sentences to mark a sentence start (German). */
  final boolean capitalsUninformative;

  /** Words that open three lines or more: the anaphora of declarations (Nous …, Considering …). */
  final Set<String> openers = new HashSet<>();

  /**
   * True when lines hardly ever end in punctuation (Thai, Lao, Khmer and Myanmar texts), so a line
   * ending without it says nothing.
   */
  final boolean unpunctuated;

  /**
   * True when a sentence-final mark at a line end nearly always ends a paragraph here: sentences
   * rarely end inside the document's lines (declarations are one sentence a paragraph), so few of
   * the lines ending with one can be a sentence end that fell on a line end by chance.
   */
  final boolean stopsEndParagraphs;

  /** True when most letters are of right-to-left scripts (Arabic, Hebrew, Syriac, Thaana). */
  final boolean rightToLeft;

  /**
   * Words that open three lines or more followed by a number, each time another (Artikkel 6, მუხლი
   * 14, دفعہ ۱۴): the document's own word for its articles, whatever the language.
   */
  final Set<String> numberedHeadings = new HashSet<>();

  /** True when dash or asterisk bullets open two lines or more, so they are list markers here. */
  final boolean dashBullets;

  private final List<TextLine> lines;
  private final BreakIterator lineBreaks = BreakIterator.getLineInstance(ULocale.ROOT);

  /** Per line: terminal columns and code points, the two units a wrapping program may count in. */
  private final int[] columns;

  private final int[] codePoints;

  /** Whether widths count code points (as most wrapping programs do) or terminal columns. */
  private final boolean countCodePoints;

  /** Per line, what it is on its own: see {@link Line}. */
  private final Line[] facts;

  private Set<String> words;
  private Set<String> compounds;

  /**
   * What a line is on its own, worked out once: how it ends, and whether it is a separator, a
   * section heading, a heading in capitals, or opens an item or an article.
   */
  record Line(
      Punctuation.End end,
      boolean separator,
      boolean sectionHeading,
      boolean headingCaps,
      boolean opensItem,
      boolean opensDashItem,
      boolean articleHeading) {

    static Line of(String text) {
      boolean article = Markers.startsWithArticle(text);
      return new Line(
          Punctuation.endOf(text),
          Markers.isSeparator(text),
          Markers.isSectionHeading(text),
          isHeadingCaps(text),
          Markers.startsWithListMarker(text) || article,
          Markers.startsWithDashBullet(text),
          article && isHeadingLine(text));
    }

    /** "Article 5", "Article 5 – Transparency": not "Article 5 of the Convention provides". */
    private static boolean isHeadingLine(String text) {
      String rest = Markers.heading(text).rest();
      return text.split(" ").length <= 8
          && Punctuation.endOf(text) != Punctuation.End.TERMINAL
          && (rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0)));
    }

    private static boolean isHeadingCaps(String text) {
      int letters = 0;
      for (int i = 0; i < text.length() && letters < 3; i++) {
        if (Character.isLetter(text.charAt(i))) {
          letters++;
        }
      }
      return letters >= 3 && Scripts.isAllCaps(text);
    }
  }

  private LayoutStats(List<TextLine> lines, boolean typeset) {
    this.lines = lines;
    int n = lines.size();
    facts = new Line[n];
    columns = new int[n];
    codePoints = new int[n];
    Characters counted = readLines();
    // the two units differ by combining marks; without them, columns it is
    this.countCodePoints =
        n >= 10
            && counted.marks() * 50 >= counted.chars()
            && nearMargin(codePoints) > nearMargin(columns);
    this.rightToLeft = counted.rightToLeft() * 2 > counted.letters();
    this.unpunctuated = n >= 10 && counted.punctuated() * 10 < n;
    this.stopsEndParagraphs = stopsEndParagraphs(counted);

    double[] widths = new double[n];
    for (int i = 0; i < n; i++) {
      widths[i] = measure(i);
    }
    Arrays.sort(widths);
    double p95 = n == 0 ? 0 : percentile(widths, n < 3 ? 1.0 : 0.95);
    double top = wallAt(widths, p95);
    this.walled = !typeset && top > 0;
    this.width = walled ? top : p95;
    this.caseless = counted.upper() * 200 < counted.lower();
    this.wrapLow = counted.ideographic() * 2 > counted.letters() ? width - 4 : naturalWrapLow();
    this.greedyWidth = greedy(!typeset);
    this.breakingGap = breakingGap(counted.punctuated());
    this.blanksSeparateParagraphs = breakingGap == 1;

    Words words = readWords();
    this.capitalsUninformative =
        words.inside() >= 20 && words.capitalised() > 0.18 * words.inside();
    this.dashBullets = words.dashes() >= 2;
  }

  /** What the characters of a document add up to. */
  private record Characters(
      long chars,
      long marks,
      long letters,
      long upper,
      long lower,
      long rightToLeft,
      long ideographic,
      int punctuated,
      int stops,
      long insideStops,
      long spaces) {}

  /**
   * Whether line-final stops end paragraphs: a sentence end inside a paragraph falls on a line end
   * about once in every (words a line) sentence ends, so the lines ending with a stop by chance are
   * about the document's stops inside lines divided by its words a line. When those are under a
   * fifth of the lines ending with a stop, the rest are paragraph ends.
   */
  private boolean stopsEndParagraphs(Characters counted) {
    int n = facts.length;
    if (n < 10 || counted.stops() < 3) {
      return false;
    }
    double wordsPerLine = Math.max(1.0, (double) (counted.spaces() + n) / n);
    return counted.insideStops() / wordsPerLine < 0.2 * counted.stops();
  }

  /** Sentence-final marks inside a line: followed by a space and more text. */
  private static int insideStops(String text) {
    int count = 0;
    for (int i = text.indexOf(' '); i > 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
      int before = text.codePointBefore(i);
      if (Punctuation.isCloser(before) && i > 1) {
        before = text.codePointBefore(i - Character.charCount(before));
      }
      if (Punctuation.isTerminal(before) && Character.isLetter(text.codePointAt(i + 1))) {
        count++;
      }
    }
    return count;
  }

  /** Reads each line once: its widths in both units, what it is on its own, its characters. */
  private Characters readLines() {
    Tally tally = new Tally();
    int punctuated = 0;
    int stops = 0;
    long insideStops = 0;
    for (int i = 0; i < facts.length; i++) {
      String text = lines.get(i).text();
      tally.read(text);
      codePoints[i] = tally.codePoints;
      columns[i] = tally.columns;
      facts[i] = Line.of(text);
      if (facts[i].end() != Punctuation.End.NONE) {
        punctuated++;
      }
      if (facts[i].end() == Punctuation.End.TERMINAL) {
        stops++;
      }
      insideStops += insideStops(text);
    }
    return new Characters(
        tally.chars,
        tally.marks,
        tally.letters,
        tally.upper,
        tally.lower,
        tally.rightToLeft,
        tally.ideographic,
        punctuated,
        stops,
        insideStops,
        tally.spaces);
  }

  /**
   * The characters of the lines read so far, and the widths of the last one. A line's characters
   * are counted in a method of their own, apart from the loop over the lines: the JIT compiles this
   * small loop once, where the loops together were compiled again (about a second each) every time
   * a document in another script took a branch the earlier ones had not.
   */
  private static final class Tally {
    long chars;
    long marks;
    long letters;
    long upper;
    long lower;
    long rightToLeft;
    long ideographic;
    long spaces;
    int codePoints;
    int columns;

    void read(String text) {
      chars += text.length();
      int points = 0;
      int width = 0;
      for (int k = 0; k < text.length(); ) {
        int cp = text.codePointAt(k);
        k += Character.charCount(cp);
        points++;
        width += Scripts.width(cp);
        if (cp < 0x300) {
          spaces += cp == ' ' ? 1 : 0;
          // Latin, the common case: one column, left to right, no marks
          letters += Character.isLetter(cp) ? 1 : 0;
          upper += cp >= 'A' && cp <= 'Z' ? 1 : 0;
          lower += cp >= 'a' && cp <= 'z' ? 1 : 0;
          continue;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
          marks++;
        } else if (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER) {
          letters++;
          upper += type == Character.UPPERCASE_LETTER ? 1 : 0;
          lower += type == Character.LOWERCASE_LETTER ? 1 : 0;
          if (isRightToLeftLetter(cp)) {
            rightToLeft++;
          } else if (cp >= 0x2E80 && Scripts.isIdeographic(cp)) {
            ideographic++;
          }
        }
      }
      codePoints = points;
      columns = width;
    }
  }

  /**
   * The blank-line gap that breaks a paragraph: 1 when blank lines separate paragraphs, a wider one
   * when a blank line follows every line, Integer.MAX_VALUE when there are none.
   */
  private int breakingGap(int punctuated) {
    int n = facts.length;
    int[] gaps = gapCounts();
    int pairs = Arrays.stream(gaps).sum();
    int withBlank = pairs - gaps[0];
    // each line a whole paragraph: too long to be wrapped, nearly all punctuated at the end, or
    // of lengths that show no wrapping: hard-wrapped text has most of its lines near the margin
    // (a script without punctuation, Thai, or lists without it, Korean, are told by this alone)
    long full = 0;
    for (int i = 0; i < n; i++) {
      full += measure(i) >= 0.7 * width ? 1 : 0;
    }
    // (a program's wrapping shows in its wall: then punctuated line ends are only short paragraphs)
    boolean linesAreParagraphs = width > 200 || punctuated >= 0.6 * n && !walled || full < 0.35 * n;
    if (withBlank == 0) {
      return Integer.MAX_VALUE;
    }
    if (pairs >= 4 && withBlank >= 0.9 * pairs && !linesAreParagraphs) {
      // a blank line after every line: only wider gaps mean something
      int mode = 1;
      for (int g = 1; g < gaps.length; g++) {
        if (gaps[g] > gaps[mode]) {
          mode = g;
        }
      }
      return mode + 1;
    }
    return 1;
  }

  /** How often capitalised words and dash bullets occur inside lines, and the lines' openers. */
  private record Words(int inside, int capitalised, int dashes) {}

  /**
   * Reads the words of every line: collects the names (words capitalised in mid-sentence) and the
   * openers (words opening three lines or more that are not names).
   */
  private Words readWords() {
    InsideWords inside = new InsideWords();
    int dashes = 0;
    Map<String, Integer> firstWords = new HashMap<>();
    Map<String, Set<String>> numbered = new HashMap<>();
    for (int li = 0; li < facts.length; li++) {
      String text = lines.get(li).text();
      if (text.isEmpty()) {
        continue;
      }
      if (facts[li].opensDashItem()) {
        dashes++;
      }
      int first = text.codePointAt(0);
      if (Character.isUpperCase(first) || Character.isLetter(first) && !Scripts.isCased(first)) {
        firstWords.merge(firstWord(text), 1, Integer::sum);
      }
      if (!Scripts.isAllCaps(text)) {
        inside.read(text, capitalisedInside);
      }
      Matcher heading = NUMBERED_HEADING.matcher(text);
      if (heading.lookingAt() && (caseless || !Character.isLowerCase(first))) {
        numbered
            .computeIfAbsent(headingWord(heading), w -> new HashSet<>())
            .add(headingNumber(heading));
      }
    }
    numbered.forEach(
        (word, numbers) -> {
          if (numbers.size() >= 3) {
            numberedHeadings.add(word);
          }
        });
    firstWords.forEach(
        (word, count) -> {
          if (count >= 3 && !capitalisedInside.contains(word.toLowerCase(Locale.ROOT))) {
            openers.add(word);
          }
        });
    return new Words(inside.words, inside.capitalised, dashes);
  }

  /**
   * The words inside sentences, and how many of them are capitalised: names (or, if many, nouns as
   * in German). Read line by line in a method of its own, for the reason given at {@link Tally}.
   */
  private static final class InsideWords {
    int words;
    int capitalised;

    void read(String text, Set<String> names) {
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isLetter(c)
            || Character.isLetter(text.charAt(i - 1))
            || !Scripts.isCased(c)
            || !continuesSentence(text, i)) {
          continue;
        }
        words++;
        if (Character.isUpperCase(c)) {
          String word = capitalisedWord(text, i);
          if (!Scripts.isAllCaps(word)) {
            capitalised++;
            names.add(word.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
  }

  /** True if the line opens with one of the document's {@link #numberedHeadings}. */
  boolean opensNumberedHeading(String line) {
    if (numberedHeadings.isEmpty()) {
      return false;
    }
    Matcher heading = NUMBERED_HEADING.matcher(line);
    return heading.lookingAt() && numberedHeadings.contains(headingWord(heading));
  }

  private static String headingWord(Matcher heading) {
    return heading.group(1) != null ? heading.group(1) : heading.group(4);
  }

  private static String headingNumber(Matcher heading) {
    return heading.group(1) != null ? heading.group(2) : heading.group(3);
  }

  /** The word starting at {@code i}: letters and apostrophes. */
  private static String capitalisedWord(String text, int i) {
    int end = i + 1;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end)) || "'’".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return text.substring(i, end);
  }

  /**
   * Measures a document.
   *
   * @param typeset true when the lines come from a typeset page (PDF) rather than a text file
   */
  static LayoutStats of(List<TextLine> lines, boolean typeset) {
    return new LayoutStats(lines, typeset);
  }

  /**
   * The width of line {@code i} in the unit the document was wrapped in: terminal columns (wide
   * East Asian characters count two, combining marks none) or code points. The unit whose widths
   * pile up against a right margin is the one the wrapping used.
   */
  double measure(int i) {
    return countCodePoints ? codePoints[i] : columns[i];
  }

  /** The width of a piece of text, in the document's unit. */
  double measure(CharSequence text) {
    return countCodePoints ? Character.codePointCount(text, 0, text.length()) : Scripts.width(text);
  }

  /** What line {@code i} is on its own. */
  Line line(int i) {
    return facts[i];
  }

  /** True if the blank lines before {@code line} mark a paragraph break on their own. */
  boolean blanksBreak(TextLine line) {
    return line.blanksBefore() >= breakingGap;
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
      if (common >= 5 && common * 10 >= 7 * max) {
        return true;
      }
    }
    return false;
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

  /**
   * What must fit on a line for it to take the next line's start: its first chunk up to a place a
   * wrapping program breaks a line. That is a space, or one of ICU's line-break opportunities
   * between two characters of scripts written without spaces between words, or next to an
   * ideographic or full-width character; not the opportunity after a hyphen or a slash inside a
   * word of a spaced script, where fill programs do not break.
   */
  String firstChunk(String line) {
    lineBreaks.setText(line);
    int end = lineBreaks.following(0);
    while (end != BreakIterator.DONE && end < line.length() && !wrapsAt(line, end)) {
      end = lineBreaks.next();
    }
    return line.substring(0, end == BreakIterator.DONE ? line.length() : end).stripTrailing();
  }

  private static boolean wrapsAt(String text, int i) {
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i);
    return Character.isWhitespace(before)
        || Scripts.joinsWithoutSpace(before) && Scripts.joinsWithoutSpace(after)
        || Scripts.isIdeographicOrFullwidth(before)
        || Scripts.isIdeographicOrFullwidth(after);
  }

  /** True if the lower-cased word occurs in the document. Scans it on first use. */
  boolean hasWord(String lower) {
    if (words == null) {
      scanWords();
    }
    return words.contains(lower);
  }

  /** True if the lower-cased compound is written with its hyphen inside a line somewhere. */
  boolean hasCompound(String lower) {
    if (compounds == null) {
      scanWords();
    }
    return compounds.contains(lower);
  }

  private void scanWords() {
    words = new HashSet<>();
    compounds = new HashSet<>();
    for (TextLine line : lines) {
      String text = line.text();
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        // a word, and the compound it opens if hyphens join more words to it
        int start = i;
        int end = wordEnd(text, i);
        words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
        boolean hyphenated = false;
        while (end + 1 < n
            && isHyphen(text.charAt(end))
            && Character.isLetter(text.charAt(end + 1))) {
          int next = end + 1;
          end = wordEnd(text, next);
          words.add(text.substring(next, end).toLowerCase(Locale.ROOT));
          hyphenated = true;
        }
        if (hyphenated && end < n) {
          compounds.add(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        i = end;
      }
    }
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐';
  }

  /**
   * Whether continuation lines show greedy filling: a lower-case continuation whose first word
   * would have fitted on the line before is impossible then. Without such lines, text files whose
   * lines pile up against the margin are taken to be wrapped by a program, typeset pages not.
   */
  private boolean greedy(boolean textFile) {
    int samples = 0;
    int roomy = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (isContinuation(i)) {
        samples++;
        String next = lines.get(i + 1).text();
        int space = next.indexOf(' ');
        if (measure(i) + 1 + measure(space < 0 ? next : next.substring(0, space)) <= width) {
          roomy++;
        }
      }
    }
    if (samples >= 5 && roomy <= samples / 20) {
      return true;
    }
    if (samples >= 5 && !textFile) {
      return false;
    }
    if (!textFile || lines.size() < 10) {
      return false;
    }
    int nearMargin = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (measure(i) >= width - 2) {
        nearMargin++;
      }
    }
    return walled || nearMargin * 5 >= lines.size() && samples < 5;
  }

  /**
   * The column of a program's wrapping: the widest line at most one column past the 95th
   * percentile, when at most 1% of the lines go further and a tenth of them end within two columns
   * of it (counted characters of a typeset page scatter on both sides of their margin instead).
   * Returns 0 when the widths show no such wall.
   */
  private static double wallAt(double[] sorted, double p95) {
    int n = sorted.length;
    if (n < 10) {
      return 0;
    }
    int k = n - 1;
    while (k > 0 && sorted[k] > p95 + 1) {
      k--;
    }
    double top = sorted[k];
    int near = 0;
    for (int i = k; i >= 0 && sorted[i] >= top - 2; i--) {
      near++;
    }
    return (n - 1 - k) * 100 <= n && near * 10 >= n ? top : 0;
  }

  /** The 10th percentile of the widths of lines that are certainly continued on the next. */
  private double naturalWrapLow() {
    double[] natural = new double[lines.size()];
    int count = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (isContinuation(i) || Punctuation.endOf(lines.get(i).text()) == Punctuation.End.HYPHEN) {
        natural[count++] = measure(i);
      }
    }
    if (count < 5) {
      return 0.8 * width;
    }
    double[] sorted = Arrays.copyOf(natural, count);
    Arrays.sort(sorted);
    return Math.max(0.6 * width, Math.min(width, percentile(sorted, 0.1)));
  }

  /** True if line i is followed on the same page by a line opening in lower case (not an item). */
  private boolean isContinuation(int i) {
    TextLine a = lines.get(i);
    TextLine b = lines.get(i + 1);
    String next = b.text();
    return !b.blockStart()
        && b.page() == a.page()
        && !next.isEmpty()
        && Character.isLowerCase(next.codePointAt(0))
        && !Markers.startsWithListMarker(next);
  }

  private int[] gapCounts() {
    int[] gaps = new int[8];
    for (int i = 1; i < lines.size(); i++) {
      TextLine b = lines.get(i);
      if (b.page() == lines.get(i - 1).page() && !b.blockStart()) {
        gaps[Math.min(b.blanksBefore(), gaps.length - 1)]++;
      }
    }
    return gaps;
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

  /** Letters of the right-to-left blocks: Hebrew, Arabic, Syriac, Thaana, N'Ko, and their forms. */
  private static boolean isRightToLeftLetter(int cp) {
    return cp >= 0x0590 && cp <= 0x08FF
        || cp >= 0xFB1D && cp <= 0xFDFF
        || cp >= 0xFE70 && cp <= 0xFEFF
        || cp >= 0x10800 && cp <= 0x10FFF
        || cp >= 0x1E800 && cp <= 0x1EFFF;
  }

  /** How many lines end close to the widest ones (the 95th percentile), within 4%. */
  private static int nearMargin(int[] widths) {
    if (widths.length == 0) {
      return 0;
    }
    int[] sorted = widths.clone();
    Arrays.sort(sorted);
    int margin = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    int slack = Math.max(2, margin / 25);
    return (int) Arrays.stream(widths).filter(w -> w >= margin - slack && w <= margin).count();
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
