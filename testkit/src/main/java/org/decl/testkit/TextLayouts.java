package org.decl.testkit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain-text layouts of paragraphs as other tools leave them: hard-wrapped at a column width like
 * pdftotext, with or without blank lines between paragraphs, or with a blank line after every line
 * like the seed document; optionally with words hyphenated at the line end and pages separated by
 * form feeds with running headers and page numbers.
 */
public final class TextLayouts {

  /** Where blank lines go. */
  public enum Blanks {
    /** No blank lines at all. */
    NONE,
    /** One blank line between paragraphs. */
    BETWEEN_PARAGRAPHS,
    /** One blank line after every line, so blank lines carry no information. */
    EVERY_LINE
  }

  private static final Set<String> PREFIXES = Set.of("non", "self", "vice", "quasi", "semi");

  private final List<String> paragraphs;
  private int width = 72;
  private Blanks blanks = Blanks.NONE;
  private boolean hyphenate;
  private int linesPerPage;
  private String header;

  private TextLayouts(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  public static TextLayouts of(List<String> paragraphs) {
    return new TextLayouts(paragraphs);
  }

  /** The column width in display columns (see {@link #columns}). */
  public TextLayouts width(int columns) {
    this.width = columns;
    return this;
  }

  public TextLayouts blanks(Blanks style) {
    this.blanks = style;
    return this;
  }

  public TextLayouts hyphenate(boolean on) {
    this.hyphenate = on;
    return this;
  }

  /** Breaks pages with a form feed every n lines, each page with this header and its number. */
  public TextLayouts pages(int linesPerPage, String header) {
    this.linesPerPage = linesPerPage;
    this.header = header;
    return this;
  }

  /** Each paragraph's lines as {@link #render} wraps them, without blank lines or pages. */
  public List<List<String>> wrapped() {
    return paragraphs.stream().map(this::wrap).toList();
  }

  /**
   * True if the wrapping would have put the start of {@code next} (a following paragraph) on {@code
   * line}, had they been one paragraph: the line did not fill the column.
   */
  public boolean hasRoomFor(String line, String next) {
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(next);
    int end = breaks.next();
    while (end != BreakIterator.DONE && end < next.length() && !breaksHere(next, end)) {
      end = breaks.next();
    }
    String chunk = next.substring(0, end == BreakIterator.DONE ? next.length() : end).strip();
    boolean space =
        !(unspaced(line.codePointBefore(line.length())) && unspaced(next.codePointAt(0)));
    return columns(line + (space ? " " : "") + chunk) <= width;
  }

  /**
   * True if a line break between these two characters may have replaced a space or not, as far as
   * the text shows: both are of scripts the wrapping breaks without spaces, or one is wide (Chinese
   * beside a Latin word may have a space or not).
   */
  public static boolean breakMayHideSpace(int before, int after) {
    return unspaced(before) && unspaced(after) || wide(before) || wide(after);
  }

  public String render() {
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> wrapped = wrap(paragraphs.get(p));
      for (int i = 0; i < wrapped.size(); i++) {
        lines.add(wrapped.get(i));
        boolean last = i == wrapped.size() - 1 && p < paragraphs.size() - 1;
        if (blanks == Blanks.EVERY_LINE || (blanks == Blanks.BETWEEN_PARAGRAPHS && last)) {
          lines.add("");
        }
      }
    }
    if (linesPerPage <= 0) {
      return String.join("\n", lines) + "\n";
    }
    StringBuilder out = new StringBuilder();
    int page = 1;
    for (int start = 0; start < lines.size(); start += linesPerPage, page++) {
      if (page > 1) {
        out.append('\f');
      }
      out.append(header).append("\n\n");
      for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
        out.append(line).append('\n');
      }
      out.append("\n- ").append(page).append(" -\n");
    }
    return out.toString();
  }

  /**
   * Greedy filling to {@link #width} display columns, as fmt, par or an editor's fill command do: a
   * line breaks at a space, where the space is dropped; in scripts written without spaces between
   * words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) also at ICU's line-break opportunities
   * between two of their characters, where a break carries no space. A word longer than the line
   * stays whole.
   */
  private List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      chunk.append(text, start, end);
      if (end < text.length() && !breaksHere(text, end)) {
        continue; // not a place this script breaks a line: the chunk goes on
      }
      String piece = chunk.toString();
      chunk.setLength(0);
      if (line.length() == 0 || columns(line + piece.stripTrailing()) <= width) {
        line.append(piece);
        continue;
      }
      String word = piece.stripTrailing();
      int split = hyphenate ? hyphenPoint(line.toString(), word) : -1;
      if (split > 0) {
        lines.add(line + word.substring(0, split) + "-");
        line.setLength(0);
        line.append(piece.substring(split));
      } else {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append(piece);
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /**
   * Whether a wrapping program breaks a line at ICU's opportunity before {@code i}: after a space
   * always; elsewhere only between two characters of scripts that put no space between words, or
   * next to a wide (ideographic or full-width) character.
   */
  private static boolean breaksHere(String text, int i) {
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i);
    if (Character.isWhitespace(before)) {
      return true;
    }
    return unspaced(before) && unspaced(after) || wide(before) || wide(after);
  }

  private static boolean unspaced(int cp) {
    if (wide(cp)) {
      return true;
    }
    int script = UScript.getScript(cp);
    if (script == UScript.COMMON || script == UScript.INHERITED) {
      return !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp);
    }
    return script == UScript.THAI
        || script == UScript.LAO
        || script == UScript.KHMER
        || script == UScript.MYANMAR
        || script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA;
  }

  private static boolean wide(int cp) {
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    int script = UScript.getScript(cp);
    return (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH)
        && script != UScript.HANGUL;
  }

  private int hyphenPoint(String line, String word) {
    if (word.length() < 8 || !word.codePoints().allMatch(Character::isLetter)) {
      return -1;
    }
    int script = UScript.getScript(word.codePointAt(0));
    if (script != UScript.LATIN && script != UScript.CYRILLIC && script != UScript.GREEK) {
      return -1;
    }
    for (int k = word.length() - 3; k >= 3; k--) {
      if (!PREFIXES.contains(word.substring(0, k).toLowerCase(Locale.ROOT))
          && columns(line + word.substring(0, k) + "-") <= width) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Display columns, as a terminal shows text (wcwidth): East Asian Wide and Fullwidth characters
   * take two, combining marks and invisible format characters (the zero-width non-joiner of
   * Persian) none, everything else one.
   */
  public static int columns(String s) {
    return s.codePoints()
        .map(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.NON_SPACING_MARK
                  || type == Character.ENCLOSING_MARK
                  || type == Character.FORMAT) {
                return 0;
              }
              int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
              return eaw == UCharacter.EastAsianWidth.WIDE
                      || eaw == UCharacter.EastAsianWidth.FULLWIDTH
                  ? 2
                  : 1;
            })
        .sum();
  }
}
