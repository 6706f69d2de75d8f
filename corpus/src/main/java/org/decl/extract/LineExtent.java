package org.decl.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import org.decl.text.Scripts;

/**
 * How far a line being read from a PDF reaches after each of its characters, so that the width of
 * its first unbreakable piece can be told once the line is complete. Not thread-safe; one per
 * parse.
 */
final class LineExtent {

  private final BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
  private int[] ends = new int[64];
  private float[] reaches = new float[64];
  private int n;

  /** Records that the line's first {@code chars} characters reach to {@code reach}. */
  void add(int chars, float reach) {
    if (Float.isNaN(reach)) {
      return;
    }
    if (n == ends.length) {
      ends = Arrays.copyOf(ends, 2 * n);
      reaches = Arrays.copyOf(reaches, 2 * n);
    }
    ends[n] = chars;
    reaches[n] = reach;
    n++;
  }

  void clear() {
    n = 0;
  }

  /**
   * The width, from {@code left}, of the line's first word, or 0 if unknown: up to its first space,
   * or in a script written without spaces up to its first ICU line-break opportunity (trailing
   * spaces not counted).
   */
  float firstChunk(CharSequence text, float left) {
    if (n == 0 || text.length() == 0 || Float.isNaN(left)) {
      return 0;
    }
    String line = text.toString();
    int start = 0;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    int end;
    if (start < line.length() && Scripts.joinsWithoutSpace(line.codePointAt(start))) {
      breaks.setText(line);
      end = breaks.following(start);
      end = end == BreakIterator.DONE ? line.length() : end;
      // an address or a Latin word inside Chinese or Thai text stays whole, as browsers keep it
      while (end < line.length()
          && !Character.isWhitespace(line.charAt(end))
          && !Scripts.joinsWithoutSpace(line.codePointAt(end))
          && !Scripts.joinsWithoutSpace(line.codePointBefore(end))) {
        end++;
      }
    } else {
      // up to the first space: browsers keep an address or a word with a hyphen whole where
      // ICU would break it, so a shorter piece could seem to fit where the typesetter saw none
      end = start;
      while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
        end++;
      }
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    float reach = Float.NaN;
    for (int i = 0; i < n && ends[i] <= end; i++) {
      reach = reaches[i];
    }
    return Float.isNaN(reach) ? 0 : Math.max(0, reach - left);
  }
}
