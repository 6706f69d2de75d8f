package org.decl.diff;

import java.util.List;
import org.decl.Level;

/**
 * Something a translation check or revision diff found in one bead.
 *
 * @param rule the rule's id, as listed by {@code decl check --list-rules}, e.g. {@code
 *     number-mismatch}
 * @param level how much it matters
 * @param source the units of the first version concerned, by their {@code n}; empty if none
 * @param target the units of the second version concerned, by their {@code n}; empty if none
 * @param clause the structural id of the clause concerned (the target's when it has one)
 * @param message one line for a person, naming what differs
 */
public record Finding(
    String rule,
    Level level,
    List<Integer> source,
    List<Integer> target,
    String clause,
    String message) {

  public Finding {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
