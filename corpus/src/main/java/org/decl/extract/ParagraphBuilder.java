package org.decl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.text.Punctuation;
import org.decl.text.Punctuation.End;
import org.decl.text.Scripts;

/**
 * Joins lines back into paragraphs.
 *
 * <p>Where the source marks paragraphs (a Word paragraph, an HTML block, blank lines used as
 * separators) that mark is followed. Where it does not, as in text extracted from a PDF where every
 * line is followed by a blank line, each line end is weighed: how the line ends (a sentence end, a
 * clause end such as the commas that close the recitals of a declaration, a hyphen, a word), how
 * the next line starts (a lower-case word continues the sentence; a capitalised word that is not a
 * name opens something new), whether the next word would have fitted on the line, and whether the
 * next line opens with a word that opens many lines (Nous …, Considérant …). See docs/extract.md.
 */
final class ParagraphBuilder {

  /** Score at or above which a line end is a paragraph end. */
  private static final double BREAK = 2.5;

  private static final Pattern TRAILING_WORD = Pattern.compile("(\\p{L}+)[-‐\u00AD]$");
  private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
  private static final String CONTINUERS = ",;:.)]»”’…";
  private static final Set<String> COMPOUND_PREFIXES =
      Set.of("non", "self", "vice", "quasi", "semi");

  private enum Start {
    LOWER,
    UPPER_COMMON,
    UPPER_NAME,
    OTHER
  }

  private final List<TextLine> lines;
  private final LayoutStats stats;
  private final boolean blanksAreHints;
  private final WordSpacing spacing;

  /**
   * True when the page itself spaces paragraphs apart (the PDF reader measured gaps, two blank
   * lines, between at least three pairs of lines): then a line set at the usual spacing continues
   * its paragraph unless it is a heading or a separator, however it ends or starts.
   */
  private final boolean spacedParagraphs;

  private ParagraphBuilder(List<TextLine> lines, boolean typeset) {
    this.lines = lines.stream().filter(l -> !l.text().isEmpty()).toList();
    this.stats = LayoutStats.of(this.lines, typeset);
    this.blanksAreHints = typeset;
    this.spacing = new WordSpacing(this.lines);
    this.spacedParagraphs =
        typeset && this.lines.stream().filter(l -> l.blanksBefore() >= 2).count() >= 3;
  }

  /**
   * The paragraphs of a document, given its lines in reading order.
   *
   * @param typeset true for lines from a typeset page (PDF): their blank lines are the parser's
   *     guesses (PDFBox's paragraph detection misjudges right-aligned text), so they weigh in the
   *     decision instead of deciding it, and character counts only approximate line widths
   */
  static List<Paragraph> build(List<TextLine> lines, boolean typeset) {
    return new ParagraphBuilder(lines, typeset).build();
  }

  private List<Paragraph> build() {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int first = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && isParagraphEnd(i)) {
        paragraphs.add(finish(text, lines.get(first)));
        text.setLength(0);
        first = i;
      }
      if (i == first) {
        text.append(lines.get(i).text());
      } else {
        join(text, lines.get(i - 1), lines.get(i));
      }
    }
    if (!lines.isEmpty()) {
      paragraphs.add(finish(text, lines.get(first)));
    }
    return paragraphs;
  }

  /** Whether a paragraph ends between line i - 1 and line i. */
  private boolean isParagraphEnd(int i) {
    TextLine a = lines.get(i - 1);
    TextLine b = lines.get(i);
    LayoutStats.Line la = stats.line(i - 1);
    LayoutStats.Line lb = stats.line(i);
    String bt = b.text();
    if (b.blockStart()
        || la.articleHeading()
        || la.separator()
        || lb.separator()
        || la.sectionHeading()
        || lb.sectionHeading()) {
      return true;
    }
    boolean samePage = a.page() == b.page();
    if (blanksAreHints && samePage && b.blanksBefore() >= 2) {
      return true; // the PDF reader measured a gap wider than the page's line spacing
    }
    if (spacedParagraphs && samePage) {
      return false;
    }
    double blanks = 0;
    if (samePage && stats.blanksBreak(b)) {
      if (!blanksAreHints) {
        return true;
      }
      // PDFBox starts paragraphs at vertical gaps and at indents; right-aligned lines look
      // indented to it, so in right-to-left text its paragraphs are only a hint
      blanks = stats.rightToLeft ? 2 : 4;
    } else if (samePage && stats.blanksSeparateParagraphs) {
      blanks = blanksAreHints ? -0.5 : -1.5;
    }
    End end = la.end();
    if (end == End.HYPHEN && Character.isLetter(bt.codePointAt(0))) {
      return false;
    }
    if (stats.width > 200) {
      return true; // lines this long were never wrapped at a column: each is a paragraph
    }
    if (!blanksAreHints && !stats.blanksSeparateParagraphs && stats.greedyWidth && room(i) >= 3.5) {
      // a program filled this line as far as the next word allowed, and the next word would have
      // fitted: the line ended its paragraph, however the next one starts (recitals in many
      // languages open in lower case)
      return true;
    }
    boolean shortLine = stats.measure(i - 1) < stats.wrapLow;
    boolean opensItem =
        lb.opensItem()
            || (stats.dashBullets && lb.opensDashItem())
            || stats.opensNumberedHeading(bt);
    if (opensItem && (end != End.NONE || shortLine)) {
      return true;
    }
    if (la.headingCaps() != lb.headingCaps()) {
      return true;
    }
    if (la.headingCaps()) {
      // a title in capitals wrapped over two lines, or two headings? Capitals are too wide for
      // character counts to say on a typeset page; there only the parser's blank line can
      return blanksAreHints ? blanks > 0 : room(i) >= 2;
    }
    Start start = startOf(bt);
    if (start == Start.LOWER || CONTINUERS.indexOf(bt.codePointAt(0)) >= 0) {
      return false;
    }
    double score = endAndStart(end, start) + room(i) + blanks;
    if (end == End.TERMINAL && stats.stopsEndParagraphs) {
      score += 1.5; // this document's sentences end at paragraph ends, hardly ever inside
    }
    if (end == End.NONE && start != Start.UPPER_COMMON && stats.unpunctuated) {
      score += 1; // no punctuation in this script: its absence is no evidence
    }
    if (stats.openers.contains(stats.firstWord(bt))) {
      score += 1;
    }
    return score >= BREAK;
  }

  private static double endAndStart(End end, Start start) {
    return switch (end) {
      case TERMINAL -> start == Start.UPPER_COMMON ? 2 : 1.5;
      case CLAUSE -> start == Start.UPPER_COMMON ? 3.5 : 0.5;
      default -> start == Start.UPPER_COMMON ? 1 : -1;
    };
  }

  /**
   * Whether the line ended before the margin: would the next word have fitted on it? Where the
   * document's own continuation lines show that lines were filled greedily to a fixed width (text
   * wrapped by a program), a line that had room for the next word certainly ended its paragraph;
   * where widths are only approximate (proportional fonts), the evidence is graded.
   */
  private double room(int i) {
    String b = lines.get(i).text();
    double widthA = stats.measure(i - 1);
    double need =
        widthA
            + (spacing.spaceAt(lines.get(i - 1).text(), b) ? 1 : 0)
            + stats.measure(stats.firstChunk(b));
    if (need <= stats.wrapLow - 0.1 * stats.width) {
      return 3.5;
    }
    if (stats.walled
        && !stats.blanksSeparateParagraphs
        && stats.greedyWidth
        && need <= stats.width) {
      return 3.5;
    }
    if (stats.greedyWidth && need <= stats.width - Math.max(1, 0.02 * stats.width)) {
      return 3.5;
    }
    if (!stats.greedyWidth && need <= stats.width - Math.max(2, 0.06 * stats.width)) {
      return 2;
    }
    return widthA < stats.wrapLow ? 0.5 : -1;
  }

  private Start startOf(String line) {
    int i = 0;
    while (i < line.length() && LayoutStats.OPENING_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    if (i == line.length()) {
      return Start.OTHER;
    }
    int cp = line.codePointAt(i);
    if (Character.isLowerCase(cp) && !stats.caseless) {
      return Start.LOWER;
    }
    if (!(Character.isUpperCase(cp) || Character.isTitleCase(cp)) || stats.capitalsUninformative) {
      return Start.OTHER;
    }
    String word = stats.firstWord(line);
    boolean acronym = word.length() >= 2 && Scripts.isAllCaps(word);
    return acronym || stats.isName(word) ? Start.UPPER_NAME : Start.UPPER_COMMON;
  }

  private void join(StringBuilder text, TextLine previous, TextLine line) {
    String next = line.text();
    End end = Punctuation.endOf(previous.text());
    if (end == End.HYPHEN && Character.isLetter(next.codePointAt(0))) {
      int hyphen = text.length() - 1;
      if (!keepsHyphen(previous.text(), next)) {
        text.setLength(hyphen);
      } else if (text.charAt(hyphen) == '\u00AD') {
        text.setCharAt(hyphen, '-');
      }
      text.append(next);
      return;
    }
    int last = Character.codePointBefore(text, text.length());
    boolean slash = last == '/' && !Character.isWhitespace(text.charAt(text.length() - 2));
    if (!(slash || !spacing.spaceAt(text, next))) {
      text.append(' ');
    }
    text.append(next);
  }

  /**
   * A hyphen at a line end is the typesetter's unless the word is a real compound: written with a
   * hyphen elsewhere in the document, followed by a capital (Jean-Pierre), or opened by a short
   * prefix (co-, ex-, non-). A soft hyphen is always the typesetter's.
   */
  private boolean keepsHyphen(String a, String b) {
    if (a.endsWith("\u00AD")) {
      return false;
    }
    String lastToken = a.substring(a.lastIndexOf(' ') + 1);
    if (lastToken.matches(".*[/.@\\p{Nd}].*")) {
      return true;
    }
    Matcher left = TRAILING_WORD.matcher(a);
    Matcher right = LEADING_WORD.matcher(b);
    if (!left.find() || !right.find()) {
      return true;
    }
    String l = left.group(1).toLowerCase(Locale.ROOT);
    String r = right.group(1).toLowerCase(Locale.ROOT);
    if (stats.hasCompound(l + "-" + r)) {
      return true;
    }
    if (stats.hasWord(l + r)) {
      return false;
    }
    boolean capitals = Scripts.isAllCaps(left.group(1)) && Scripts.isAllCaps(right.group(1));
    if (!capitals && !Character.isLowerCase(right.group(1).codePointAt(0))) {
      return true;
    }
    return l.length() <= 2 || COMPOUND_PREFIXES.contains(l);
  }

  private Paragraph finish(StringBuilder text, TextLine first) {
    String clean = TextCleaner.normalize(text);
    return new Paragraph(
        clean, ParagraphKinds.classify(clean, first.hint()), first.page(), first.line());
  }
}
