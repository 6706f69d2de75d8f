package org.decl.align;

import java.util.List;

/**
 * Units of two versions that translate each other: 1-1 most often, 1-0 or 0-1 for a unit with no
 * counterpart, 2-1, 1-2 or 2-2 where a translation merges or splits.
 *
 * @param source the units of the first version, by their {@code n}; empty if none
 * @param target the units of the second version, by their {@code n}; empty if none
 * @param score how sure the aligner is, from 0 (a guess) to 1 (an anchor: same id or label)
 */
public record Bead(List<Integer> source, List<Integer> target, double score) {

  public Bead {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /** Whether one side has no unit. */
  public boolean isGap() {
    return source.isEmpty() || target.isEmpty();
  }
}
