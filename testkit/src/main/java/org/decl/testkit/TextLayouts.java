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

  private List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
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

  /** Terminal columns: wide East Asian characters take two. */
  static int columns(String s) {
    return s.codePoints()
        .map(
            cp -> {
              int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
              return eaw == UCharacter.EastAsianWidth.WIDE
                      || eaw == UCharacter.EastAsianWidth.FULLWIDTH
                  ? 2
                  : 1;
            })
        .sum();
  }
}
