package org.decl.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.diff.Finding;

/**
 * The findings of a translation check placed on the rows of an alignment: a finding about the pair
 * (version 0, version {@code v}) goes to the first row that holds one of its source units in
 * version 0 or one of its target units in version {@code v}.
 */
final class RowFindings {

  /** One finding, with the version it compares against the original. */
  record Placed(int version, Finding finding) {}

  private final Map<Integer, List<Placed>> byRow = new HashMap<>();
  private final List<Placed> unplaced = new ArrayList<>();

  /**
   * Places findings.
   *
   * @param findings for each version index from 1, the findings of the pair (0, that version)
   */
  RowFindings(MultiAlignment alignment, Map<Integer, List<Finding>> findings) {
    Map<Long, Integer> rowOf = new HashMap<>();
    List<Row> rows = alignment.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<List<Integer>> units = rows.get(r).units();
      for (int v = 0; v < units.size(); v++) {
        for (int n : units.get(v)) {
          rowOf.putIfAbsent(key(v, n), r);
        }
      }
    }
    findings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              int v = e.getKey();
              if (v < 1 || v >= alignment.versions().size()) {
                throw new IllegalArgumentException(
                    "findings for version " + v + " of " + alignment.versions().size());
              }
              for (Finding f : e.getValue()) {
                Integer row = find(rowOf, 0, f.source());
                if (row == null) {
                  row = find(rowOf, v, f.target());
                }
                Placed placed = new Placed(v, f);
                if (row == null) {
                  unplaced.add(placed);
                } else {
                  byRow.computeIfAbsent(row, k -> new ArrayList<>()).add(placed);
                }
              }
            });
  }

  /** The findings of a row, by its 0-based index; empty if none. */
  List<Placed> of(int row) {
    return byRow.getOrDefault(row, List.of());
  }

  /** The findings that name no unit of any row: about a whole version, say. */
  List<Placed> unplaced() {
    return unplaced;
  }

  /** How many findings there are in all. */
  int count() {
    return unplaced.size() + byRow.values().stream().mapToInt(List::size).sum();
  }

  private static Integer find(Map<Long, Integer> rowOf, int version, List<Integer> units) {
    return units.stream()
        .map(n -> rowOf.get(key(version, n)))
        .filter(r -> r != null)
        .min(Integer::compare)
        .orElse(null);
  }

  private static long key(int version, int n) {
    return ((long) version << 32) | n;
  }
}
