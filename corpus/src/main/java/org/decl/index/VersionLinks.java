package org.decl.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;

/**
 * A version of a work linked to the work's original by their alignment: each unit with the units of
 * the original its bead holds and the bead's score, and with the id it is stored under.
 *
 * <p>Ids come from the version's own structure, unless it has no numbering the original's can be
 * matched with: when more than {@link #FOREIGN_IDS} of its units have an id the original does not
 * have (its article headings could not be read, say, so its ids are positional like {@code 3.1}
 * where the original has {@code art1.1}), its ids are taken from the alignment: a unit of a 1-1
 * bead takes its original's id; a unit that merges several of the original's takes the first one's;
 * where one unit of the original is split into several, the first part takes its id and the others
 * that id with {@code -2}, {@code -3}…; a unit with no counterpart takes the id before it with
 * {@code +1}, {@code +2}… ({@code 0+1} at the very start).
 */
final class VersionLinks {

  /**
   * Above this share of ids the original lacks, a version's ids are taken from its alignment. A
   * version of the same structure has none (a clause it adds or splits, one or two in a hundred); a
   * version whose article headings were not read has all its operative part's (about two thirds of
   * a declaration's units): see docs/indexing.md.
   */
  static final double FOREIGN_IDS = 0.1;

  private VersionLinks() {}

  /** The share of a version's units whose id the original has not. */
  static double foreignIds(List<Clause> original, List<Clause> version) {
    if (version.isEmpty()) {
      return 0;
    }
    Set<String> ids = new HashSet<>();
    original.forEach(c -> ids.add(c.id()));
    long foreign = version.stream().filter(c -> !ids.contains(c.id())).count();
    return (double) foreign / version.size();
  }

  /** The original's own units, as stored: their ids, no link. */
  static List<LinkedUnit> original(List<Clause> units) {
    return units.stream().map(c -> new LinkedUnit(c, c.id(), null)).toList();
  }

  /** A version's units with their own ids, each linked to nothing. */
  static List<LinkedUnit> unlinked(List<Clause> units) {
    return units.stream().map(c -> new LinkedUnit(c, c.id(), new Link(List.of(), 0))).toList();
  }

  /** A version's units linked to the original's by their alignment. */
  static List<LinkedUnit> linked(Aligner aligner, ClauseDocument original, ClauseDocument version) {
    Alignment alignment = aligner.align(original, version);
    List<Clause> units = version.units();
    boolean adopt = foreignIds(original.units(), units) > FOREIGN_IDS;
    String[] ids = new String[units.size()];
    Link[] links = new Link[units.size()];
    Set<String> taken = new HashSet<>();
    String previous = "0";
    int added = 0;
    for (Bead bead : alignment.beads()) {
      List<Integer> sources = bead.source();
      for (int k = 0; k < bead.target().size(); k++) {
        int t = bead.target().get(k) - 1;
        links[t] = new Link(sources, bead.score());
        if (!adopt) {
          ids[t] = units.get(t).id();
          continue;
        }
        String id;
        if (sources.isEmpty()) {
          id = previous + "+" + ++added;
        } else {
          String first = original.units().get(sources.get(0) - 1).id();
          id = k == 0 ? first : first + "-" + (k + 1);
          previous = first;
          added = 0;
        }
        ids[t] = unique(id, taken);
      }
      if (bead.target().isEmpty() && !sources.isEmpty()) {
        previous = original.units().get(sources.get(sources.size() - 1) - 1).id();
        added = 0;
      }
    }
    List<LinkedUnit> linked = new ArrayList<>(units.size());
    for (int k = 0; k < units.size(); k++) {
      Clause c = units.get(k);
      Clause stored = new Clause(c.n(), ids[k], c.kind(), c.role(), c.label(), c.text(), c.span());
      linked.add(new LinkedUnit(stored, c.id(), links[k]));
    }
    return linked;
  }

  /** The id, or the id with {@code ~2}, {@code ~3}… if another unit of the version has it. */
  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int k = 2; !taken.add(candidate); k++) {
      candidate = id + "~" + k;
    }
    return candidate;
  }
}
