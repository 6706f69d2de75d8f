package org.decl.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.clause.Clause;

/**
 * Clauses moved elsewhere in the other version. The search keeps beads in order, so a moved clause
 * first comes out as a unit without counterpart on each side; a source gap and a target gap that
 * clearly translate each other, and are not simply facing each other (the search had already
 * weighed pairing those), are made one bead, kept at the source clause's place.
 */
final class Moves {

  /** A moved pair must fit at least this well, as confident as a good 1-1 bead. */
  private static final double MIN_SCORE = 0.8;

  /** Beyond this many candidate pairs, gaps are left as they are. */
  private static final long MAX_PAIRS = 1_000_000;

  private final CostModel model;
  private final Signals[] source;
  private final Signals[] target;

  Moves(CostModel model, Signals[] source, Signals[] target) {
    this.model = model;
    this.source = source;
    this.target = target;
  }

  List<Bead> paired(List<Bead> beads, List<Clause> sourceUnits, List<Clause> targetUnits) {
    List<Integer> sourceGaps = new ArrayList<>();
    List<Integer> targetGaps = new ArrayList<>();
    for (int k = 0; k < beads.size(); k++) {
      Bead bead = beads.get(k);
      if (bead.target().isEmpty()) {
        sourceGaps.add(k);
      } else if (bead.source().isEmpty()) {
        targetGaps.add(k);
      }
    }
    if (sourceGaps.isEmpty()
        || targetGaps.isEmpty()
        || (long) sourceGaps.size() * targetGaps.size() > MAX_PAIRS) {
      return beads;
    }
    Map<Integer, Integer> sourceIndex = index(sourceUnits);
    Map<Integer, Integer> targetIndex = index(targetUnits);
    List<double[]> candidates = new ArrayList<>();
    for (int s : sourceGaps) {
      for (int t : targetGaps) {
        if (facing(beads, s, t)) {
          continue;
        }
        Signals a = source[sourceIndex.get(beads.get(s).source().get(0))];
        Signals b = target[targetIndex.get(beads.get(t).target().get(0))];
        double score = model.score(a, b, true);
        if (score >= MIN_SCORE) {
          candidates.add(new double[] {score, s, t});
        }
      }
    }
    if (candidates.isEmpty()) {
      return beads;
    }
    candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
    Map<Integer, Bead> replaced = new HashMap<>();
    for (double[] c : candidates) {
      int s = (int) c[1];
      int t = (int) c[2];
      if (replaced.containsKey(s) || replaced.containsKey(t)) {
        continue;
      }
      replaced.put(s, new Bead(beads.get(s).source(), beads.get(t).target(), Aligner.round(c[0])));
      replaced.put(t, null);
    }
    List<Bead> out = new ArrayList<>(beads.size());
    for (int k = 0; k < beads.size(); k++) {
      if (!replaced.containsKey(k)) {
        out.add(beads.get(k));
      } else if (replaced.get(k) != null) {
        out.add(replaced.get(k));
      }
    }
    return out;
  }

  /** Whether only gaps lie between two beads: then they face each other. */
  private static boolean facing(List<Bead> beads, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      if (!beads.get(k).isGap()) {
        return false;
      }
    }
    return true;
  }

  private static Map<Integer, Integer> index(List<Clause> units) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int k = 0; k < units.size(); k++) {
      index.put(units.get(k).n(), k);
    }
    return index;
  }
}
