package org.decl.extract;

import java.util.Arrays;
import java.util.List;
import org.decl.text.Scripts;

/**
 * Tells a line that ended its paragraph from one the typesetter filled, by the page alone: had the
 * line room at the column's right edge for the next line's first word (its first piece up to an ICU
 * line break), a typesetter that fills lines would have put that word there, so the line ended its
 * paragraph. The one signal left where a paragraph starts at the top of a page (no gap to measure),
 * and in layouts that separate paragraphs by no gap at all.
 *
 * <p>The column's right edge is learnt from the lines around (those that overlap the line
 * horizontally, at its type size): the second furthest reach among them, so that one line that
 * overflows the column (an unbreakable address) does not move the edge. Only left-to-right lines:
 * in right-to-left lines the free room is on the left, and their reading order is repaired
 * elsewhere.
 */
final class ColumnFit {

  /** Lines before and after a line that show where its column ends. */
  private static final int WINDOW = 12;

  /** Room beyond the word itself, in em, before a line counts as having had room for it. */
  private static final float SLACK = 0.5f;

  /** The width of a space, in em, that a word needs before it in a script written with spaces. */
  private static final float SPACE = 0.25f;

  private ColumnFit() {}

  /**
   * Whether line {@code i - 1} had room for the first word of line {@code i}.
   *
   * @param texts the lines' text
   * @param layouts where each line sits, in the same order
   */
  static boolean hadRoom(List<String> texts, List<LineLayout> layouts, int i) {
    LineLayout previous = layouts.get(i - 1);
    LineLayout line = layouts.get(i);
    if (line.firstChunk() <= 0
        || previous.em() <= 0
        || Float.isNaN(previous.right())
        || !leftToRight(texts.get(i - 1))
        || !leftToRight(texts.get(i))) {
      return false;
    }
    float edge = columnEdge(layouts, i - 1);
    String next = texts.get(i).strip();
    float space = next.isEmpty() || Scripts.joinsWithoutSpace(next.codePointAt(0)) ? 0 : SPACE;
    float need = line.firstChunk() + (space + SLACK) * previous.em();
    return edge - previous.right() > need;
  }

  private static float columnEdge(List<LineLayout> layouts, int at) {
    LineLayout line = layouts.get(at);
    float[] reach = new float[2 * WINDOW + 1];
    int n = 0;
    for (int j = Math.max(0, at - WINDOW); j <= Math.min(layouts.size() - 1, at + WINDOW); j++) {
      LineLayout other = layouts.get(j);
      boolean overlaps = other.left() < line.right() && other.right() > line.left();
      boolean sameSize = Math.abs(other.em() - line.em()) <= 0.2f * line.em();
      if (overlaps && sameSize && !Float.isNaN(other.right())) {
        reach[n++] = other.right();
      }
    }
    Arrays.sort(reach, 0, n);
    return n >= 5 ? reach[n - 2] : reach[n - 1];
  }

  /** Whether the line's first strong character is written left to right. */
  static boolean leftToRight(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return true;
      }
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
