package org.decl.index;

import java.util.List;

/**
 * Where a clause of a translation stands in its work's original, as their alignment says.
 *
 * @param original the {@code n} of the original's units the clause's bead holds; empty when the
 *     clause has no counterpart there
 * @param score the bead's alignment score, from 0 (a guess) to 1 (an anchor)
 */
public record Link(List<Integer> original, double score) {

  public Link {
    original = List.copyOf(original);
  }
}
