package org.decl.align;

import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;

/**
 * Two versions aligned: every unit of each in exactly one bead, beads in document order.
 *
 * @param source the first version, usually the original
 * @param target the second version, usually the translation
 * @param beads the beads, in order
 */
public record Alignment(ClauseDocument source, ClauseDocument target, List<Bead> beads) {

  public Alignment {
    beads = List.copyOf(beads);
  }

  /** The text of a bead's source units, joined by a space. */
  public String sourceText(Bead bead) {
    return text(source, bead.source());
  }

  /** The text of a bead's target units, joined by a space. */
  public String targetText(Bead bead) {
    return text(target, bead.target());
  }

  /** The same alignment as rows of a many-version alignment. */
  public MultiAlignment asMulti() {
    return new MultiAlignment(
        List.of(source, target),
        beads.stream().map(b -> new Row(List.of(b.source(), b.target()), b.score())).toList());
  }

  static String text(ClauseDocument document, List<Integer> units) {
    StringBuilder text = new StringBuilder();
    for (int n : units) {
      Clause unit = document.units().get(n - 1);
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(unit.text());
    }
    return text.toString();
  }
}
