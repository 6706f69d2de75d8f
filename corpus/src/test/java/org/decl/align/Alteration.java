package org.decl.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.text.Marker;
import org.decl.text.Numbering;

/**
 * A change a test makes to a version's paragraphs, and the beads that then link the original
 * paragraphs (left) to the altered ones (right).
 *
 * @param name what was changed, for test names
 * @param paragraphs the altered paragraphs
 * @param beads paragraph indexes, original then altered, for every bead
 * @param findings the rules a translation check must report, once each time listed
 */
record Alteration(
    String name, List<String> paragraphs, List<int[][]> beads, List<String> findings) {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.。।።؟?!])\\s*(?=\\S)");
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  @Override
  public String toString() {
    return name;
  }

  static Alteration unchanged(List<String> original) {
    return new Alteration("unchanged", original, identity(original.size()), List.of());
  }

  static Alteration deleted(List<String> original, int p) {
    List<String> altered = new ArrayList<>(original);
    altered.remove(p);
    List<int[][]> beads = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      beads.add(i == p ? bead(new int[] {i}, new int[0]) : one(i, i < p ? i : i - 1));
    }
    return new Alteration("clause " + p + " deleted", altered, beads, List.of("missing-clause"));
  }

  static Alteration merged(List<String> original, int p) {
    List<String> altered = new ArrayList<>(original);
    altered.set(p, original.get(p) + " " + original.get(p + 1));
    altered.remove(p + 1);
    List<int[][]> beads = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      if (i == p) {
        beads.add(bead(new int[] {p, p + 1}, new int[] {p}));
        i++;
      } else {
        beads.add(one(i, i < p ? i : i - 1));
      }
    }
    return new Alteration(
        "clauses " + p + " and " + (p + 1) + " merged", altered, beads, List.of("merged-clauses"));
  }

  static Alteration split(List<String> original, int p) {
    String text = original.get(p);
    Matcher m = SENTENCE_END.matcher(text);
    if (!m.find() || m.end() >= text.length()) {
      throw new IllegalArgumentException("paragraph " + p + " has one sentence: " + text);
    }
    List<String> altered = new ArrayList<>(original);
    altered.set(p, text.substring(0, m.start()));
    altered.add(p + 1, text.substring(m.end()));
    List<int[][]> beads = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      beads.add(i == p ? bead(new int[] {p}, new int[] {p, p + 1}) : one(i, i < p ? i : i + 1));
    }
    return new Alteration("clause " + p + " split", altered, beads, List.of("split-clause"));
  }

  /** The last digit of the paragraph's text (past its printed number) made another digit. */
  static Alteration numberChanged(List<String> original, int p) {
    String text = original.get(p);
    Marker marker = Numbering.parse(text);
    int from = marker == null ? 0 : marker.end();
    int at = -1;
    Matcher m = DIGIT.matcher(text);
    while (m.find()) {
      if (m.start() >= from) {
        at = m.start();
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException("no number in paragraph " + p + ": " + text);
    }
    int value = Character.digit(text.charAt(at), 10);
    char changed = (char) (text.charAt(at) - value + (value + 1) % 10);
    List<String> altered = new ArrayList<>(original);
    altered.set(p, text.substring(0, at) + changed + text.substring(at + 1));
    return new Alteration(
        "a number of clause " + p + " changed",
        altered,
        identity(original.size()),
        List.of("number-mismatch"));
  }

  /** Paragraph {@code p} moved to just after paragraph {@code after}. */
  static Alteration moved(List<String> original, int p, int after) {
    List<String> altered = new ArrayList<>(original);
    String moving = altered.remove(p);
    altered.add(after, moving);
    List<int[][]> beads = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      int at = i == p ? after : (i > p && i <= after ? i - 1 : i);
      beads.add(one(i, at));
    }
    return new Alteration(
        "clause " + p + " moved after " + after, altered, beads, List.of("moved-clause"));
  }

  /** Every printed paragraph number taken away. */
  static Alteration unnumbered(List<String> original) {
    List<String> altered = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    for (String text : original) {
      Marker marker = Numbering.parse(text);
      altered.add(marker == null ? text : text.substring(marker.end()).strip());
      if (marker != null) {
        findings.add("numbering");
      }
    }
    return new Alteration("numbering removed", altered, identity(original.size()), findings);
  }

  private static List<int[][]> identity(int size) {
    List<int[][]> beads = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      beads.add(one(i, i));
    }
    return beads;
  }

  private static int[][] one(int source, int target) {
    return bead(new int[] {source}, new int[] {target});
  }

  private static int[][] bead(int[] source, int[] target) {
    return new int[][] {source, target};
  }
}
