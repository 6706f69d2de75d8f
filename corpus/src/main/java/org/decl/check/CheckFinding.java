package org.decl.check;

import org.decl.Level;

/**
 * One thing decl check found: the {@code findings} of {@code decl check --format json}.
 *
 * @param rule the rule's id
 * @param level its level in this run
 * @param work the work's id
 * @param lang the version's language, or null for a finding about a whole work
 * @param file the file concerned, as the corpus names it (relative to where decl runs)
 * @param line the 1-based line in that file, or null where the format has no lines (PDF, Word)
 * @param clause the structural id of the clause concerned, or null
 * @param message one line for a person
 */
public record CheckFinding(
    String rule,
    Level level,
    String work,
    String lang,
    String file,
    Integer line,
    String clause,
    String message) {

  /** What a baseline matches on: everything but the line, which moves with every edit above. */
  public String baselineKey() {
    return String.join("\u0000", rule, work, String.valueOf(lang), String.valueOf(clause), message);
  }
}
