package org.decl.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.decl.text.Scripts;

/**
 * Decides whether a gap PDFBox saw between two glyph runs of one line is a space in the text.
 *
 * <p>PDFBox starts a new word wherever the next glyph begins to the right of where it expects,
 * measured from the previous glyph's own advance. Shaping engines draw a cluster as several glyphs
 * (a Devanagari consonant and its vowel sign, a Thai consonant and its tone mark, a Khmer
 * subscript), the marks with no advance and pulled back over their base, so the glyph after a mark
 * seems to begin past a gap: PDFBox wrote {@code अंगीकृ त} and {@code เจ้ าหน้าที่}. The gap is
 * measured here against the furthest any glyph of the line has reached, and it must be wide for the
 * script:
 *
 * <ul>
 *   <li>never a space inside a grapheme cluster, nor before a combining mark or a joiner;
 *   <li>never a second space beside a space glyph the producer drew (browsers draw them);
 *   <li>between letters of scripts that do not separate words by spaces (Thai, Lao, Khmer, Myanmar,
 *       Han, Kana: {@link Scripts#joinsWithoutSpace}), only a gap of a quarter em or more, as wide
 *       as a space of the font: narrower gaps come from positioning, not from the source;
 *   <li>elsewhere a gap of a tenth of an em or more (a tight justified space is wider); PDFBox's
 *       separator stands for gaps it measured in right-to-left or backward runs.
 * </ul>
 *
 * <p>Not thread-safe (it keeps one ICU break iterator); one per parse.
 */
final class WordGaps {

  /** The least gap, in em, that is a space between letters of scripts written without spaces. */
  static final double UNSPACED_SCRIPT_GAP = 0.25;

  /** The least gap, in em, that is a space elsewhere. */
  static final double SPACED_SCRIPT_GAP = 0.1;

  private final BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);

  /**
   * Whether a word separator belongs between two runs of a line.
   *
   * @param before the line so far
   * @param after the next run's text
   * @param gap how far the next run starts to the right of the furthest glyph end so far, in text
   *     space units (negative when it starts over or before it)
   * @param em the type size in the same units
   * @param forward whether the next run continues the line to the right
   */
  boolean isSpace(CharSequence before, String after, double gap, double em, boolean forward) {
    if (before.length() == 0 || after.isEmpty()) {
      return false;
    }
    int last = Character.codePointBefore(before, before.length());
    int next = after.codePointAt(0);
    if (Character.isWhitespace(last)
        || Character.isSpaceChar(last)
        || Character.isWhitespace(next)
        || Character.isSpaceChar(next)) {
      return false;
    }
    if (isMark(next) || isJoiner(last) || isJoiner(next) || insideCluster(last, next)) {
      return false;
    }
    if (!forward || em <= 0) {
      return true;
    }
    boolean unspaced = Scripts.joinsWithoutSpace(last) && Scripts.joinsWithoutSpace(next);
    return gap >= (unspaced ? UNSPACED_SCRIPT_GAP : SPACED_SCRIPT_GAP) * em;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Zero-width joiner and non-joiner. Not viramas: a visible virama (Tamil's pulli, Myanmar's asat)
   * often ends a word; where one joins the next letter into a conjunct, ICU's cluster rules and the
   * gap say so.
   */
  private static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  /** Whether the two characters fall in one extended grapheme cluster. */
  private boolean insideCluster(int last, int next) {
    String pair = new StringBuilder().appendCodePoint(last).appendCodePoint(next).toString();
    clusters.setText(pair);
    return !clusters.isBoundary(Character.charCount(last));
  }
}
