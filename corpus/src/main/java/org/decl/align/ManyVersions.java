package org.decl.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.clause.ClauseDocument;

/**
 * Rows of a many-version alignment, made from each version's alignment with the pivot. Pivot units
 * that any version merges share a row; units a version adds come in rows of their own, where that
 * version puts them.
 */
final class ManyVersions {

  private final ClauseDocument pivot;
  private final List<Alignment> alignments;
  private final int[] group;

  ManyVersions(ClauseDocument pivot, List<Alignment> alignments) {
    this.pivot = pivot;
    this.alignments = alignments;
    this.group = new int[pivot.units().size()];
    for (int k = 0; k < group.length; k++) {
      group[k] = k;
    }
    for (Alignment alignment : alignments) {
      for (Bead bead : alignment.beads()) {
        for (int k = 1; k < bead.source().size(); k++) {
          join(bead.source().get(0) - 1, bead.source().get(k) - 1);
        }
      }
    }
  }

  MultiAlignment rows() {
    int versions = alignments.size() + 1;
    Map<Integer, RowBuilder> byGroup = new LinkedHashMap<>();
    for (int k = 0; k < group.length; k++) {
      byGroup.computeIfAbsent(root(k), g -> new RowBuilder(versions)).add(0, List.of(k + 1), 1);
    }
    List<RowBuilder> ordered = new ArrayList<>(byGroup.values());
    Map<Integer, Integer> place = new java.util.HashMap<>();
    byGroup.keySet().forEach(root -> place.put(root, place.size()));
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
        int root = root(bead.source().get(0) - 1);
        byGroup.get(root).add(v, bead.target(), bead.score());
        after = Math.max(after, place.get(root));
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

  private int root(int k) {
    while (group[k] != k) {
      group[k] = group[group[k]];
      k = group[k];
    }
    return k;
  }

  private void join(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      group[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** A row being filled, version by version. */
  private static final class RowBuilder {
    private final List<List<Integer>> units = new ArrayList<>();
    private double score = 1;

    RowBuilder(int versions) {
      for (int v = 0; v < versions; v++) {
        units.add(new ArrayList<>());
      }
    }

    void add(int version, List<Integer> ns, double beadScore) {
      units.get(version).addAll(ns);
      score = Math.min(score, beadScore);
    }

    Row row() {
      units.forEach(ns -> ns.sort(null));
      return new Row(units, score);
    }
  }
}
