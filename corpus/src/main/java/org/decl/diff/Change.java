package org.decl.diff;

import java.util.List;
import java.util.Objects;
import org.decl.clause.Clause;

/**
 * One difference between two drafts in the same language.
 *
 * @param rule what changed: {@code clause-added}, {@code clause-removed}, {@code clause-moved},
 *     {@code clause-changed}, {@code clause-renumbered}
 * @param from the units of the first draft; empty for an added clause
 * @param to the units of the second draft; empty for a removed clause
 * @param words the word-level changes inside the clause; for an added or removed clause, its whole
 *     text inserted or deleted
 */
public record Change(String rule, List<Clause> from, List<Clause> to, List<WordDiff.Run> words) {

  public Change {
    from = List.copyOf(from);
    to = List.copyOf(to);
    words = List.copyOf(words);
    if (from.isEmpty() && to.isEmpty()) {
      throw new IllegalArgumentException("a change needs a unit on one side at least");
    }
  }

  /** The units of the first draft, by {@code n}; empty for an added clause. */
  public List<Integer> before() {
    return from.stream().map(Clause::n).toList();
  }

  /** The units of the second draft, by {@code n}; empty for a removed clause. */
  public List<Integer> after() {
    return to.stream().map(Clause::n).toList();
  }

  /** The ids of the first draft's units, in order. */
  public List<String> beforeIds() {
    return from.stream().map(Clause::id).toList();
  }

  /** The ids of the second draft's units, in order. */
  public List<String> afterIds() {
    return to.stream().map(Clause::id).toList();
  }

  /** The printed numbers of the first draft's units, null where a unit has none. */
  public List<String> beforeLabels() {
    return from.stream().map(Clause::label).toList();
  }

  /** The printed numbers of the second draft's units, null where a unit has none. */
  public List<String> afterLabels() {
    return to.stream().map(Clause::label).toList();
  }

  /** The clause's id: the second draft's when it has the clause. */
  public String clause() {
    return named().id();
  }

  /** The clause's printed number, the second draft's when it has the clause, or null. */
  public String label() {
    return named().label();
  }

  /** Whether the clause has another id or another printed number in the second draft. */
  public boolean renumbered() {
    return !from.isEmpty()
        && !to.isEmpty()
        && (!beforeIds().equals(afterIds()) || !beforeLabels().equals(afterLabels()));
  }

  /**
   * The ids from one draft to the next, {@code 1.4 → 1.6}, or the one id when it stayed; several
   * units of a side joined with {@code +}.
   */
  public String idText() {
    String a = String.join(" + ", beforeIds());
    String b = String.join(" + ", afterIds());
    return a.isEmpty() ? b : b.isEmpty() || a.equals(b) ? a : a + " → " + b;
  }

  /**
   * The printed numbers from one draft to the next, {@code (2.) → (3.)}, or null when both drafts
   * print the same (or none); a unit without one is {@code (none)}.
   */
  public String labelText() {
    if (from.isEmpty() || to.isEmpty() || beforeLabels().equals(afterLabels())) {
      return null;
    }
    return labels(beforeLabels()) + " → " + labels(afterLabels());
  }

  private static String labels(List<String> labels) {
    return String.join(
        " + ", labels.stream().map(l -> "(" + Objects.toString(l, "none") + ")").toList());
  }

  private Clause named() {
    return to.isEmpty() ? from.get(0) : to.get(0);
  }
}
