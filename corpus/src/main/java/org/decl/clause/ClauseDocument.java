package org.decl.clause;

import java.util.List;

/**
 * A document split into its numbered units.
 *
 * @param path the file as the user named it
 * @param mediaType its media type
 * @param lang its language (BCP 47), declared or detected; null if neither was asked for
 * @param units the headings and clauses, in document order
 * @param warnings what went wrong without stopping the work
 */
public record ClauseDocument(
    String path, String mediaType, String lang, List<Clause> units, List<String> warnings) {

  public ClauseDocument {
    units = List.copyOf(units);
    warnings = List.copyOf(warnings);
  }

  /** The clauses alone, without headings. */
  public List<Clause> clauses() {
    return units.stream().filter(u -> u.kind() == Kind.CLAUSE).toList();
  }
}
