package org.decl.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a line of a PDF that holds right-to-left text (any script of bidi class R or AL: Hebrew,
 * Arabic, Syriac, Thaana, N'Ko, …) back into the order a reader reads it, from the glyphs as the
 * page places them.
 *
 * <p>PDF producers write such lines in visual order (Chromium marks them {@code /ReversedChars}):
 * left to right as drawn, each glyph mapped to the character it came from. PDFBox turns that back
 * into logical order word by word with a bidi pass whose paragraph direction is the first strong
 * character of the <em>visual</em> string, so a line that ends (on the left) in a Latin word or a
 * web address is taken for a left-to-right line and its runs come out swapped; it also mirrors
 * every bracket, which is wrong when the producer mapped each glyph to its logical character, as
 * Chromium does ({@code )أ(} for {@code (أ)}).
 *
 * <p>Here a line is rebuilt from its glyphs: combining marks (and a glyph that carries no text of
 * its own) are attached to the base glyph they sit over, whatever the gap, so a cluster is never
 * split; clusters are put in visual order by position; a space goes where the gap between two
 * clusters is as wide as half a space; the clusters are reordered by ICU's bidi algorithm with the
 * line's dominant direction as paragraph direction (the visual order read as if it were logical,
 * the usual inverse of the display); a cluster keeps its own characters in the order the font's
 * mapping gives them (a lam-alef ligature stays {@code لا}). Brackets in right-to-left runs are
 * mirrored only when that pairs them up better than leaving them, the evidence collected over the
 * document deciding the lines that say nothing. Presentation forms (U+FB1D–FDFF, U+FE70–FEFF) are
 * mapped back by NFKC only where the source had them.
 *
 * <p>One instance reads one document: it remembers how that document maps its brackets.
 */
final class BidiLines {

  /**
   * A glyph as the page places it.
   *
   * @param text the characters the PDF maps it to (may be empty: a mark drawn for a character an
   *     earlier glyph already stands for)
   * @param x its left edge
   * @param y its baseline, downwards
   * @param width its advance
   * @param spaceWidth the width of a space in its font and size, the measure of a word gap
   */
  record Glyph(String text, float x, float y, float width, float spaceWidth) {}

  /** A gap wider than this share of a space between two clusters separates words (as PDFBox). */
  private static final float WORD_GAP = 0.5f;

  /** A PDF producer's mapping of brackets in right-to-left runs, as seen so far in a document. */
  private int mirroredLines;

  private int logicalLines;

  /** Whether the text holds a right-to-left character (bidi class R or AL). */
  static boolean rightToLeft(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // everything below the Hebrew block is left to right or neutral
      if (c >= 0x0590 && rtl(Character.codePointAt(text, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean rtl(int codePoint) {
    int d = UCharacter.getDirection(codePoint);
    return d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
  }

  /** Strong letters of each direction in the lines read so far, for the paragraph direction. */
  private long rightToLeftLetters;

  private long leftToRightLetters;

  private void count(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      byte d = Character.getDirectionality(text.charAt(i));
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        leftToRightLetters++;
      } else if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        rightToLeftLetters++;
      }
    }
  }

  /**
   * The line in logical order.
   *
   * @param glyphs the line's glyphs in the order the content stream draws them
   * @param rightToLeft whether the line is set in a right-to-left paragraph: that decides where its
   *     neutrals and its ends go (a last line ending in a web address is still a line of an Arabic
   *     paragraph, whatever letters it has most of)
   */
  String logical(List<Glyph> glyphs, boolean rightToLeft) {
    List<Cluster> clusters = clusters(glyphs);
    clusters.sort((a, b) -> Float.compare(a.left, b.left)); // stable: ties keep stream order
    List<String> units = new ArrayList<>();
    StringBuilder visual = new StringBuilder();
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      if (i > 0 && wordGap(clusters.get(i - 1), c)) {
        units.add(" ");
        visual.append(' ');
      }
      String text = presentationFormsMapped(c.text.toString());
      if (text.isEmpty()) {
        continue; // a glyph of no text: nothing to place
      }
      units.add(text);
      visual.append(text);
    }
    String line = visual.toString();
    if (line.isEmpty()) {
      return line;
    }
    Bidi bidi = new Bidi(line, rightToLeft ? Bidi.RTL : Bidi.LTR);
    byte[] levels = new byte[units.size()];
    for (int i = 0, at = 0; i < units.size(); at += units.get(i).length(), i++) {
      levels[i] = bidi.getLevelAt(at);
    }
    int[] order = Bidi.reorderVisual(levels); // the i-th unit read is units[order[i]]
    String[] ordered = new String[order.length];
    byte[] orderedLevels = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      ordered[i] = units.get(order[i]);
      orderedLevels[i] = levels[order[i]];
    }
    String plain = join(ordered, orderedLevels, false);
    String mirrored = join(ordered, orderedLevels, true);
    if (plain.equals(mirrored)) {
      return plain;
    }
    int plainScore = unpairedBrackets(plain);
    int mirroredScore = unpairedBrackets(mirrored);
    if (plainScore < mirroredScore) {
      logicalLines++;
      return plain;
    }
    if (mirroredScore < plainScore) {
      mirroredLines++;
      return mirrored;
    }
    return mirroredLines > logicalLines ? mirrored : plain;
  }

  /**
   * A line PDFBox read, in reading order, and whether it starts a paragraph.
   *
   * @param pdfBoxText the line as PDFBox wrote it
   * @param glyphs its glyphs in drawing order
   * @param page the 1-based page
   * @param y its baseline as PDFBox measures it (the lowest of its glyphs), downwards
   * @param height its tallest glyph
   * @param pdfBoxStart whether PDFBox's measure starts a paragraph here
   */
  Read read(
      String pdfBoxText,
      List<Glyph> glyphs,
      int page,
      float pdfBoxY,
      float height,
      boolean pdfBoxStart) {
    count(pdfBoxText);
    // the document's direction, as far as read: browsers set every paragraph of a page in the
    // page's direction, word processors mostly so
    boolean rightToLeft = rightToLeftLetters > leftToRightLetters;
    if (glyphs.isEmpty() || !rightToLeft && !rightToLeft(pdfBoxText)) {
      previous = null;
      return new Read(pdfBoxText, pdfBoxStart, pdfBoxY);
    }
    float y = baseline(glyphs);
    float right = Float.NEGATIVE_INFINITY;
    float space = 0;
    for (Glyph g : glyphs) {
      right = Math.max(right, g.x() + Math.max(0, g.width()));
      space = Math.max(space, g.spaceWidth());
    }
    boolean start = pdfBoxStart;
    if (rightToLeft && previous != null && previous.page() == page) {
      start =
          y - previous.y() > DROP * Math.max(height, previous.height())
              || indented(previous.right(), right, space, previous.start());
    }
    previous = rightToLeft ? new Previous(page, y, height, right, start) : null;
    return new Read(logical(glyphs, rightToLeft), start, y);
  }

  /**
   * The baseline most of the line's glyphs sit on. Not the lowest: a browser moves a letter off the
   * baseline to make room for a mark (Persian {@code هٔ}), and a line measured by that letter
   * looked set further from the one above than it is, so its paragraph was split there.
   */
  private static float baseline(List<Glyph> glyphs) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = 0;
    int bestCount = 0;
    for (Glyph g : glyphs) {
      int tenths = Math.round(g.y() * 10);
      int n = counts.merge(tenths, 1, Integer::sum);
      if (n > bestCount) {
        best = tenths;
        bestCount = n;
      }
    }
    return best / 10f;
  }

  /**
   * The line in reading order and whether it starts a paragraph.
   *
   * @param text the line in logical order
   * @param paragraphStart whether it starts a paragraph
   * @param y its baseline, downwards
   */
  record Read(String text, boolean paragraphStart, float y) {}

  /** The right-to-left line read before, when it was the line just above. */
  private record Previous(int page, float y, float height, float right, boolean start) {}

  private Previous previous;

  /**
   * PDFBox's own measure of a paragraph gap: a line set this many glyph heights below the previous
   * one (its {@code dropThreshold}).
   */
  private static final float DROP = 2.5f;

  /**
   * Whether a right-to-left line starts a paragraph by its indentation: PDFBox's rule for the left
   * edge, applied to the right edge, where right-to-left lines start. A line that starts further in
   * than the one above by more than two spaces, or further out by more than one, starts a paragraph
   * unless the line above did (an indented first line, a hanging indent). PDFBox applies its rule
   * to the ragged left ends of such lines, and split paragraphs at every short line.
   */
  private static boolean indented(
      float previousRight, float right, float spaceWidth, boolean previousStarted) {
    float indent = previousRight - right;
    return !previousStarted && (indent > 2 * spaceWidth || indent < -spaceWidth);
  }

  private static String join(String[] units, byte[] levels, boolean mirror) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < units.length; i++) {
      String unit = units[i];
      if (mirror && (levels[i] & 1) == 1) {
        unit.codePoints().map(UCharacter::getMirror).forEach(s::appendCodePoint);
      } else {
        s.append(unit);
      }
    }
    return s.toString();
  }

  /**
   * Mirrored brackets and quotation marks ({@code ( ) [ ] « » ‹ ›}) that open without closing or
   * close without opening: opening ones are punctuation that opens (Ps) or an initial quote (Pi).
   */
  private static int unpairedBrackets(String text) {
    int unpaired = 0;
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = UCharacter.getType(cp);
      boolean mirrored = UCharacter.hasBinaryProperty(cp, UProperty.BIDI_MIRRORED);
      if (mirrored
          && (type == UCharacter.START_PUNCTUATION || type == UCharacter.INITIAL_PUNCTUATION)) {
        open.add(UCharacter.getMirror(cp));
      } else if (mirrored
          && (type == UCharacter.END_PUNCTUATION || type == UCharacter.FINAL_PUNCTUATION)) {
        int at = open.lastIndexOf(cp);
        if (at < 0) {
          unpaired++;
        } else {
          unpaired += open.size() - 1 - at;
          open.subList(at, open.size()).clear();
        }
      }
      i += Character.charCount(cp);
    }
    return unpaired + open.size();
  }

  private static boolean wordGap(Cluster left, Cluster right) {
    if (left.isSpace() || right.isSpace()) {
      return false;
    }
    float space = Math.max(left.spaceWidth, right.spaceWidth);
    return space > 0 && right.left - left.right > WORD_GAP * space;
  }

  /** Presentation forms back to the letters they show, by NFKC; all else as the source has it. */
  private static String presentationFormsMapped(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /**
   * Base glyphs with the marks over them. A mark is attached to the base whose extent holds its
   * centre (the nearest one if none does); a base's own characters come first, then its marks in
   * drawing order.
   */
  private static List<Cluster> clusters(List<Glyph> glyphs) {
    List<Cluster> clusters = new ArrayList<>();
    List<Glyph> marks = new ArrayList<>();
    Cluster last = null;
    for (Glyph g : glyphs) {
      if (g.text().isEmpty() && last != null) {
        // Chromium maps a letter and its marks with one ActualText on the first glyph drawn (a
        // mark, of no width): the letter's own glyph, drawn next, carries no text
        last.addBody(g);
      } else if (isMark(g.text())) {
        marks.add(g);
        last = null;
      } else {
        last = new Cluster(g);
        clusters.add(last);
      }
    }
    if (clusters.isEmpty()) {
      for (Glyph m : marks) {
        clusters.add(new Cluster(m));
      }
      return clusters;
    }
    for (Glyph m : marks) {
      float centre = m.x() + m.width() / 2;
      Cluster best = null;
      float distance = Float.MAX_VALUE;
      for (Cluster c : clusters) {
        if (c.isSpace()) {
          continue;
        }
        float d = centre < c.left ? c.left - centre : centre > c.right ? centre - c.right : 0;
        if (d < distance) {
          distance = d;
          best = c;
        }
      }
      (best == null ? clusters.get(0) : best).text.append(m.text());
    }
    return clusters;
  }

  /** A glyph that is only combining marks (or nothing): it belongs to the letter it sits on. */
  private static boolean isMark(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** A base glyph and the marks attached to it. */
  private static final class Cluster {
    final StringBuilder text;
    float left;
    float right;
    final float spaceWidth;

    Cluster(Glyph g) {
      text = new StringBuilder(g.text());
      left = g.x();
      right = g.x() + Math.max(0, g.width());
      spaceWidth = g.spaceWidth();
    }

    /**
     * A glyph of this cluster that carries no text: where it is drawn is where the cluster is (a
     * mark's origin, where a zero-width glyph with the cluster's text sits, may lie outside the
     * letter, even over the space beside it).
     */
    void addBody(Glyph body) {
      if (body.width() <= 0) {
        return;
      }
      if (right - left <= 0) {
        left = body.x();
        right = body.x() + body.width();
      } else {
        left = Math.min(left, body.x());
        right = Math.max(right, body.x() + body.width());
      }
    }

    boolean isSpace() {
      return text.length() > 0 && text.toString().isBlank();
    }
  }
}
