package org.decl.diff;

import java.util.List;

/**
 * One difference between two drafts in the same language.
 *
 * @param rule what changed: {@code clause-added}, {@code clause-removed}, {@code clause-moved},
 *     {@code clause-changed}, {@code clause-renumbered}
 * @param before the units of the first draft, by {@code n}; empty for an added clause
 * @param after the units of the second draft, by {@code n}; empty for a removed clause
 * @param clause the clause's id (the second draft's when it has the clause)
 * @param label the printed number, the second draft's when it has one, or null
 * @param words the word-level changes inside the clause; for an added or removed clause, its whole
 *     text inserted or deleted
 */
public record Change(
    String rule,
    List<Integer> before,
    List<Integer> after,
    String clause,
    String label,
    List<WordDiff.Run> words) {

  public Change {
    before = List.copyOf(before);
    after = List.copyOf(after);
    words = List.copyOf(words);
  }
}
