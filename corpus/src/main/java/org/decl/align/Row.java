package org.decl.align;

import java.util.List;

/**
 * One row of a many-version alignment: the units of each version that translate each other.
 *
 * @param units for each version, in the order of {@link MultiAlignment#versions()}, its units by
 *     {@code n}; an empty list where the version has no counterpart
 * @param score the lowest score of the beads that made the row, from 0 to 1
 */
public record Row(List<List<Integer>> units, double score) {

  public Row {
    units = units.stream().map(List::copyOf).toList();
  }
}
