package org.decl.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.clause.ClauseDocument;

/**
 * Rows of a many-version alignment, made from each version's alignment with the pivot, each version
 * on its own: one row per pivot unit, whatever the other versions do. Where a version merges pivot
 * units, its units go in the first of their rows, and the rows after are marked as merged for that
 * version alone; the other versions keep their rows 1-1. Units a version adds come in rows of their
 * own, where that version puts them.
 */
final class ManyVersions {

  private final ClauseDocument pivot;
  private final List<Alignment> alignments;

  ManyVersions(ClauseDocument pivot, List<Alignment> alignments) {
    this.pivot = pivot;
    this.alignments = alignments;
  }

  MultiAlignment rows() {
    int versions = alignments.size() + 1;
    List<RowBuilder> ordered = new ArrayList<>();
    for (int k = 0; k < pivot.units().size(); k++) {
      RowBuilder row = new RowBuilder(versions);
      row.add(0, List.of(k + 1), 1);
      ordered.add(row);
    }
    // Rows a version adds, after the pivot row they follow (-1: before the first).
    Map<Integer, List<RowBuilder>> added = new LinkedHashMap<>();
    for (int v = 1; v < versions; v++) {
      int after = -1;
      for (Bead bead : alignments.get(v - 1).beads()) {
        if (bead.source().isEmpty()) {
          RowBuilder row = new RowBuilder(versions);
          row.add(v, bead.target(), bead.score());
          added.computeIfAbsent(after, a -> new ArrayList<>()).add(row);
          continue;
        }
        int first = bead.source().get(0) - 1;
        ordered.get(first).add(v, bead.target(), bead.score());
        for (int k = 1; k < bead.source().size(); k++) {
          ordered.get(bead.source().get(k) - 1).merge(v, bead.score());
        }
        after = Math.max(after, bead.source().get(bead.source().size() - 1) - 1);
      }
    }
    List<Row> rows = new ArrayList<>();
    added.getOrDefault(-1, List.of()).forEach(r -> rows.add(r.row()));
    for (int k = 0; k < ordered.size(); k++) {
      rows.add(ordered.get(k).row());
      added.getOrDefault(k, List.of()).forEach(r -> rows.add(r.row()));
    }
    List<ClauseDocument> docs = new ArrayList<>();
    docs.add(pivot);
    alignments.forEach(a -> docs.add(a.target()));
    return new MultiAlignment(docs, rows);
  }

  /** A row being filled, version by version. */
  private static final class RowBuilder {
    private final List<List<Integer>> units = new ArrayList<>();
    private final List<Boolean> merged = new ArrayList<>();
    private double score = 1;

    RowBuilder(int versions) {
      for (int v = 0; v < versions; v++) {
        units.add(new ArrayList<>());
        merged.add(false);
      }
    }

    void add(int version, List<Integer> ns, double beadScore) {
      units.get(version).addAll(ns);
      score = Math.min(score, beadScore);
    }

    /** The version's units for this row are those of a row above. */
    void merge(int version, double beadScore) {
      merged.set(version, true);
      score = Math.min(score, beadScore);
    }

    Row row() {
      units.forEach(ns -> ns.sort(null));
      return new Row(units, score, merged);
    }
  }
}
