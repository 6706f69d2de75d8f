package org.decl.align;

import java.util.List;
import org.decl.clause.ClauseDocument;

/**
 * Two or more versions of a work aligned through the first (the original), one row per clause.
 *
 * @param versions the versions, the pivot first
 * @param rows the rows, in the pivot's order (rows for units the pivot lacks come where the version
 *     that has them puts them)
 */
public record MultiAlignment(List<ClauseDocument> versions, List<Row> rows) {

  public MultiAlignment {
    versions = List.copyOf(versions);
    rows = List.copyOf(rows);
  }

  /** The text of a row's units in one version, joined by a space. */
  public String text(Row row, int version) {
    return text(version, row.units().get(version));
  }

  /** The text of some units of one version, joined by a space. */
  public String text(int version, List<Integer> units) {
    return Alignment.text(versions.get(version), units);
  }
}
