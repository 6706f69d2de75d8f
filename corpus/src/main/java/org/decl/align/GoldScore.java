package org.decl.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An alignment scored against a reference, as aligner papers report it. Beads with an empty side
 * (units without counterpart) are left out of both counts, as is usual.
 *
 * <ul>
 *   <li><b>strict</b>: a bead counts if the reference has exactly the same bead;
 *   <li><b>lax</b>: a bead counts if it shares at least one source and one target unit with a
 *       reference bead (for precision), and a reference bead is found if some bead shares a source
 *       and a target unit with it (for recall).
 * </ul>
 *
 * @param beads the beads scored (non-empty on both sides)
 * @param reference the reference beads (non-empty on both sides)
 * @param strict strict precision, recall and F1
 * @param lax lax precision, recall and F1
 */
public record GoldScore(int beads, int reference, Measure strict, Measure lax) {

  /** Precision, recall and their harmonic mean, each from 0 to 1. */
  public record Measure(double precision, double recall, double f1) {

    static Measure of(int rightFound, int found, int rightOfReference, int reference) {
      double p = found == 0 ? 0 : (double) rightFound / found;
      double r = reference == 0 ? 0 : (double) rightOfReference / reference;
      return new Measure(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Scores beads against reference beads. */
  public static GoldScore of(List<Bead> beads, List<Bead> reference) {
    List<Bead> test = beads.stream().filter(b -> !b.isGap()).toList();
    List<Bead> gold = reference.stream().filter(b -> !b.isGap()).toList();
    Set<List<List<Integer>>> goldSet = new HashSet<>();
    gold.forEach(b -> goldSet.add(key(b)));
    Set<List<List<Integer>>> testSet = new HashSet<>();
    test.forEach(b -> testSet.add(key(b)));
    int strictRight = (int) test.stream().filter(b -> goldSet.contains(key(b))).count();
    int strictFound = (int) gold.stream().filter(b -> testSet.contains(key(b))).count();
    int laxRight = (int) test.stream().filter(overlapping(gold)).count();
    int laxFound = (int) gold.stream().filter(overlapping(test)).count();
    return new GoldScore(
        test.size(),
        gold.size(),
        Measure.of(strictRight, test.size(), strictFound, gold.size()),
        Measure.of(laxRight, test.size(), laxFound, gold.size()));
  }

  private static List<List<Integer>> key(Bead bead) {
    return List.of(
        bead.source().stream().sorted().toList(), bead.target().stream().sorted().toList());
  }

  /** Whether a bead shares a source and a target unit with one of the others. */
  private static Predicate<Bead> overlapping(List<Bead> others) {
    Map<Integer, List<Bead>> bySource = new HashMap<>();
    for (Bead other : others) {
      other.source().forEach(n -> bySource.computeIfAbsent(n, k -> new ArrayList<>()).add(other));
    }
    return bead -> {
      Set<Integer> target = new HashSet<>(bead.target());
      for (int n : bead.source()) {
        for (Bead other : bySource.getOrDefault(n, List.of())) {
          if (other.target().stream().anyMatch(target::contains)) {
            return true;
          }
        }
      }
      return false;
    };
  }
}
