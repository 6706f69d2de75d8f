package org.decl.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.decl.testkit.TextLayouts;
import org.decl.testkit.TextLayouts.Blanks;

/**
 * What one extraction of a plain-text layout gave against the paragraphs it should have given:
 * paragraph boundaries found, false and missed (as offsets in the text without spaces), paragraphs
 * verbatim, and the problems no reader could excuse.
 *
 * <p>An end is excused when no reader could see it, computed from the layout: without blank lines
 * between paragraphs, a paragraph whose last line fills the column (the next paragraph's first word
 * would not have fitted) and ends without a sentence-final mark (Unicode's Sentence_Terminal) looks
 * exactly like a wrapped line. A paragraph may differ in spaces only where a line break fell
 * between two characters of scripts written without spaces: the break may have replaced one.
 */
/** What one extraction gave against the paragraphs it should have given. */
record LayoutComparison(
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int paragraphs,
    int verbatim,
    List<String> unexcused) {

  static LayoutComparison of(
      List<String> paragraphs, List<String> extracted, TextLayouts layout, Blanks blanks) {
    List<String> problems = new ArrayList<>();
    String expectedChars = String.join("", paragraphs).replaceAll("\\s", "");
    String gotChars = String.join("", extracted).replaceAll("\\s", "");
    if (!expectedChars.equals(gotChars)) {
      problems.add("characters differ: " + firstDifference(expectedChars, gotChars));
    }
    List<List<String>> wrapped = layout.wrapped();
    List<Integer> ends = ends(paragraphs);
    Set<Integer> truth = new HashSet<>(ends.subList(0, ends.size() - 1));
    Set<Integer> excused = new HashSet<>();
    for (int p = 0; p + 1 < paragraphs.size(); p++) {
      List<String> lines = wrapped.get(p);
      String last = lines.get(lines.size() - 1);
      if (blanks != Blanks.BETWEEN_PARAGRAPHS
          && !layout.hasRoomFor(last, paragraphs.get(p + 1))
          && !endsSentence(last)) {
        excused.add(ends.get(p));
      }
    }
    List<Integer> gotEnds = ends(extracted);
    Set<Integer> found = new HashSet<>(gotEnds.subList(0, Math.max(0, gotEnds.size() - 1)));
    int tp = 0;
    for (int end : found) {
      if (truth.contains(end)) {
        tp++;
      } else {
        problems.add("false paragraph end: " + context(expectedChars, end));
      }
    }
    for (int end : truth) {
      if (!found.contains(end) && !excused.contains(end)) {
        problems.add("missed paragraph end: " + context(expectedChars, end));
      }
    }
    int fn = truth.size() - tp;
    // verbatim: a paragraph found with both its ends, and its text the same
    Map<List<Integer>, String> bySpan = new HashMap<>();
    for (int i = 0; i < extracted.size(); i++) {
      bySpan.put(List.of(i == 0 ? 0 : gotEnds.get(i - 1), gotEnds.get(i)), extracted.get(i));
    }
    int verbatim = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String want = paragraphs.get(p);
      String got = bySpan.get(List.of(p == 0 ? 0 : ends.get(p - 1), ends.get(p)));
      if (want.equals(got)) {
        verbatim++;
      } else if (got != null && !mayDifferInSpacesOnly(want, got, wrapped.get(p))) {
        problems.add("paragraph " + (p + 1) + "\n  want: " + want + "\n  got:  " + got);
      }
    }
    return new LayoutComparison(tp, found.size() - tp, fn, paragraphs.size(), verbatim, problems);
  }

  /**
   * True if the two differ at most by spaces where a line break fell between two characters of
   * scripts written without spaces: the break may have replaced one.
   */
  private static boolean mayDifferInSpacesOnly(String want, String got, List<String> lines) {
    if (!want.replace(" ", "").equals(got.replace(" ", ""))) {
      return false;
    }
    for (int k = 0; k + 1 < lines.size(); k++) {
      String a = lines.get(k);
      if (TextLayouts.breakMayHideSpace(
          a.codePointBefore(a.length()), lines.get(k + 1).codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The boundaries after each paragraph: offsets in the text with every space removed. */
  private static List<Integer> ends(List<String> paragraphs) {
    List<Integer> ends = new ArrayList<>();
    int offset = 0;
    for (String p : paragraphs) {
      offset += p.replaceAll("\\s", "").length();
      ends.add(offset);
    }
    return ends;
  }

  /** A sentence-final mark (Unicode's Sentence_Terminal), closing quotes and brackets aside. */
  static boolean endsSentence(String line) {
    int i = line.length();
    while (i > 0) {
      int cp = line.codePointBefore(i);
      int type = Character.getType(cp);
      if (type == Character.END_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION
          || cp == '"'
          || cp == '\'') {
        i -= Character.charCount(cp);
        continue;
      }
      return UCharacter.hasBinaryProperty(cp, UProperty.S_TERM);
    }
    return false;
  }

  private static String context(String chars, int at) {
    int from = Math.max(0, at - 30);
    int to = Math.min(chars.length(), at + 30);
    return chars.substring(from, at) + " | " + chars.substring(at, to);
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return "at "
        + i
        + ": want …"
        + a.substring(i, Math.min(a.length(), i + 30))
        + "… got …"
        + b.substring(i, Math.min(b.length(), i + 30))
        + "…";
  }
}
