package org.decl.clause;

/**
 * One numbered unit of a declaration: a heading or a clause.
 *
 * @param n the 1-based position of the unit in its document, headings included
 * @param id the structural id, the same in every language version of the same structure: {@code
 *     0.1} (front matter), {@code 2.7} (section 2, clause 7), {@code art5.2.a} (article 5,
 *     paragraph 2, item a); see docs/split.md
 * @param kind heading or clause
 * @param role what the unit does in the declaration: {@code title}, {@code heading}, {@code
 *     article}, {@code recital}, {@code formula}, {@code commitment}, {@code paragraph}, {@code
 *     item}, {@code closing}
 * @param label the number as printed ({@code Article 5}, {@code 2.}, {@code (a)}, {@code 第五条}), or
 *     null
 * @param text the unit's text on one line, without its label (headings keep theirs)
 * @param span where it comes from
 */
public record Clause(
    int n, String id, Kind kind, String role, String label, String text, Span span) {

  /** Every role a unit can have, in the order they appear in a declaration. */
  public static final java.util.List<String> ROLES =
      java.util.List.of(
          "title",
          "heading",
          "article",
          "recital",
          "formula",
          "commitment",
          "paragraph",
          "item",
          "closing");
}
