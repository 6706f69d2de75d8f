package org.decl.extract;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.text.Scripts;

/**
 * Whether a document puts spaces between the words of a script, counted in the document itself: of
 * the word boundaries ICU finds between two letters of the script inside lines (by dictionary for
 * Thai, Lao, Khmer, Burmese, Chinese and Japanese), how many carry a space. Latin, Cyrillic, Korean
 * or Ethiopic text spaces nearly all of them; Thai and Burmese space phrases, not words, and
 * Chinese none. A line break inside a paragraph then becomes a space only where the script around
 * it spaces its words here.
 *
 * <p>Each script is counted once, on first use, over a bounded sample of the lines that use it.
 */
final class WordSpacing {

  /** Letters of a script read before its share is decided: enough for a stable count. */
  private static final int SAMPLE_CHARS = 20_000;

  private final List<TextLine> lines;
  private final Map<Integer, Boolean> spaced = new HashMap<>();
  private BreakIterator words;

  WordSpacing(List<TextLine> lines) {
    this.lines = lines;
  }

  /**
   * True if a line break between these two characters stands for a space: both sides belong to
   * scripts that space their words in this document (a digit or punctuation mark counts as the
   * script of the nearest letter on its side), and neither is ideographic or full-width (Chinese
   * and Japanese put no space next to those, not even beside digits or Latin words).
   *
   * @param before the text before the break, its last character first to look at
   * @param after the text after the break
   */
  boolean spaceAt(CharSequence before, CharSequence after) {
    int last = Character.codePointBefore(before, before.length());
    int first = Character.codePointAt(after, 0);
    if (Scripts.isIdeographicOrFullwidth(last) || Scripts.isIdeographicOrFullwidth(first)) {
      return false;
    }
    int left = scriptBefore(before);
    int right = scriptAfter(after);
    return left == UScript.COMMON || right == UScript.COMMON || spaces(left) || spaces(right);
  }

  /** True if the document spaces most word boundaries between letters of the script. */
  boolean spaces(int script) {
    return spaced.computeIfAbsent(script, this::count);
  }

  private boolean count(int script) {
    if (words == null) {
      words = BreakIterator.getWordInstance(ULocale.ROOT);
    }
    long withSpace = 0;
    long without = 0;
    long read = 0;
    for (TextLine line : lines) {
      String text = line.text();
      if (!uses(text, script)) {
        continue;
      }
      words.setText(text);
      for (int b = words.next(); b != BreakIterator.DONE && b < text.length(); b = words.next()) {
        int after = text.codePointAt(b);
        int before = text.codePointBefore(b);
        if (isLetterOf(before, script) && isLetterOf(after, script)) {
          without++;
        } else if (before == ' ' && isLetterOf(after, script)) {
          int i = b - 1;
          if (i > 0 && isLetterOf(text.codePointBefore(i), script)) {
            withSpace++;
          }
        }
      }
      read += text.length();
      if (read >= SAMPLE_CHARS) {
        break;
      }
    }
    // a script seen in no word boundary inside a line (a name or two): spaced, the common case
    return withSpace + without == 0 || withSpace * 2 >= withSpace + without;
  }

  private static boolean uses(String text, int script) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isLetterOf(cp, script)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isLetterOf(int cp, int script) {
    return (Character.isLetter(cp)
            || Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.getType(cp) == Character.COMBINING_SPACING_MARK)
        && UScript.getScript(cp) == script;
  }

  /** The script of the last letter before the break, or COMMON when no letter is near. */
  private static int scriptBefore(CharSequence text) {
    int seen = 0;
    for (int i = text.length(); i > 0 && seen < 8; seen++) {
      int cp = Character.codePointBefore(text, i);
      int script = letterScript(cp);
      if (script != UScript.COMMON) {
        return script;
      }
      if (Character.isWhitespace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return UScript.COMMON;
  }

  /** The script of the first letter after the break, or COMMON when no letter is near. */
  private static int scriptAfter(CharSequence text) {
    int seen = 0;
    for (int i = 0; i < text.length() && seen < 8; seen++) {
      int cp = Character.codePointAt(text, i);
      int script = letterScript(cp);
      if (script != UScript.COMMON) {
        return script;
      }
      if (Character.isWhitespace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return UScript.COMMON;
  }

  private static int letterScript(int cp) {
    if (!Character.isLetter(cp)
        && Character.getType(cp) != Character.NON_SPACING_MARK
        && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
      return UScript.COMMON;
    }
    int script = UScript.getScript(cp);
    return script == UScript.INHERITED ? UScript.COMMON : script;
  }
}
