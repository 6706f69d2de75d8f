package org.decl.align;

import java.util.Collections;
import java.util.List;

/**
 * One row of a many-version alignment: the units of each version that translate each other.
 *
 * @param units for each version, in the order of {@link MultiAlignment#versions()}, its units by
 *     {@code n}; an empty list where the version has no counterpart, or where it is {@code merged}
 * @param score the lowest score of the beads that made the row, from 0 to 1
 * @param merged for each version, whether it merges this row's original unit with the one before:
 *     its units for both are in the nearest row above where it has units (and this row's cell is
 *     empty without being a gap)
 */
public record Row(List<List<Integer>> units, double score, List<Boolean> merged) {

  public Row {
    units = units.stream().map(List::copyOf).toList();
    merged = List.copyOf(merged);
    if (merged.size() != units.size()) {
      throw new IllegalArgumentException("a row needs a merged flag per version");
    }
  }

  /** A row no version merges into the row above. */
  public Row(List<List<Integer>> units, double score) {
    this(units, score, Collections.nCopies(units.size(), false));
  }

  /** Whether a version has no counterpart in this row: no unit, and none in the row above. */
  public boolean gap(int version) {
    return units.get(version).isEmpty() && !merged.get(version);
  }

  /** Whether some version has no counterpart in this row. */
  public boolean hasGap() {
    for (int v = 0; v < units.size(); v++) {
      if (gap(v)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some version merges this row into the row above. */
  public boolean hasMerge() {
    return merged.contains(true);
  }
}
