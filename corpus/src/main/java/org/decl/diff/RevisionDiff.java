package org.decl.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;

/**
 * What changed between two drafts of a declaration in the same language. Clauses are matched by the
 * aligner (which compares words when both drafts share a language, so a clause is found again when
 * it moved or was renumbered), then each match is reported as added, removed, moved, changed (with
 * its word-level changes) or renumbered (another id or printed number, the text otherwise the
 * same); clauses left as they were are not reported.
 */
public final class RevisionDiff {

  private final Aligner aligner = new Aligner();

  /** The changes from one draft to the next, in the first draft's order. */
  public List<Change> compare(ClauseDocument before, ClauseDocument after) {
    Alignment alignment = aligner.align(before, after);
    boolean[] moved = Order.outOfOrder(alignment.beads());
    List<Change> changes = new ArrayList<>();
    for (int k = 0; k < alignment.beads().size(); k++) {
      Bead bead = alignment.beads().get(k);
      List<Clause> a = units(before, bead.source());
      List<Clause> b = units(after, bead.target());
      String beforeText = alignment.sourceText(bead);
      String afterText = alignment.targetText(bead);
      String rule;
      if (b.isEmpty()) {
        rule = "clause-removed";
      } else if (a.isEmpty()) {
        rule = "clause-added";
      } else if (moved[k]) {
        rule = "clause-moved";
      } else if (a.size() != b.size()) {
        rule = "clause-changed";
      } else if (!labels(a).equals(labels(b)) && unnumbered(a).equals(unnumbered(b))) {
        rule = "clause-renumbered";
      } else if (!beforeText.equals(afterText)) {
        rule = "clause-changed";
      } else {
        continue;
      }
      changes.add(new Change(rule, a, b, WordDiff.of(beforeText, afterText)));
    }
    return changes;
  }

  private static List<Clause> units(ClauseDocument doc, List<Integer> ns) {
    return ns.stream().map(n -> doc.units().get(n - 1)).toList();
  }

  /**
   * The units' texts without their printed numbers: a heading keeps its label in its text ({@code
   * Article 29 Access}), so a heading whose only change is its number differs in text too, and is
   * still renumbered, not changed. A clause's text never holds its label.
   */
  private static List<String> unnumbered(List<Clause> units) {
    return units.stream()
        .map(
            u ->
                u.kind() == Kind.HEADING && u.label() != null
                    ? u.text().replaceFirst(Pattern.quote(u.label()), "").strip()
                    : u.text())
        .toList();
  }

  private static List<String> labels(List<Clause> units) {
    return units.stream().map(u -> Objects.toString(u.label(), "")).toList();
  }
}
