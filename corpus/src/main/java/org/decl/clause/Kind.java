package org.decl.clause;

import java.util.Locale;

/**
 * What a unit is: a heading, or a clause (a recital, a commitment, a numbered paragraph, an item).
 */
public enum Kind {
  HEADING,
  CLAUSE;

  /** The name in machine-readable output: {@code heading}, {@code clause}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
