package org.decl.cli;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.decl.text.Scripts;

/** Wraps text to a terminal width at ICU line-break opportunities, measured in columns. */
final class TextWrap {

  private TextWrap() {}

  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    if (width <= 0 || Scripts.width(text) <= width) {
      lines.add(text);
      return lines;
    }
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
      if (line.length() > 0 && Scripts.width(line + piece.stripTrailing()) > width) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      line.append(piece);
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
