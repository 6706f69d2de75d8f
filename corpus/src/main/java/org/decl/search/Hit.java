package org.decl.search;

import java.util.Map;

/**
 * A clause that matches a query.
 *
 * @param work its work
 * @param lang its language
 * @param n its position in its version
 * @param id its structural id
 * @param kind heading or clause
 * @param role its role
 * @param label its printed number, or null
 * @param text its text
 * @param score the relevance score (BM25)
 * @param highlight the text with each match between {@link #START} and {@link #END}
 * @param translations the corresponding clauses in other languages, by language: every language
 *     asked for, null where that version has no counterpart
 */
public record Hit(
    String work,
    String lang,
    int n,
    String id,
    String kind,
    String role,
    String label,
    String text,
    float score,
    String highlight,
    Map<String, Translation> translations) {

  /** Marks the start of a match in {@link #highlight}. */
  public static final String START = "\u0002";

  /** Marks the end of a match in {@link #highlight}. */
  public static final String END = "\u0003";

  /** The highlight with the marks replaced: {@code <em>}…{@code </em>}, colours, brackets. */
  public String highlight(String open, String close) {
    return highlight.replace(START, open).replace(END, close);
  }

  /**
   * A corresponding clause in another language: the units its version's alignment with the original
   * links to the hit (through the original when neither is the original), one or, where a version
   * merges or splits, several.
   *
   * @param n the position of its (first) unit in its version
   * @param id the id of its (first) unit
   * @param text the text of its units, joined by a space
   * @param score the link's alignment score, from 0 to 1: the lowest of the beads it went through
   */
  public record Translation(int n, String id, String text, double score) {

    /**
     * Below this score a link is weak: shown, but marked as one to check. On the test kit's
     * declaration in 45 languages, the median link scores 0.95 and one in twenty right links scores
     * under 0.3, against one in six wrong ones (docs/search.md).
     */
    public static final double WEAK = 0.3;

    /** Whether the aligner was unsure of this link. */
    public boolean weak() {
      return score < WEAK;
    }
  }
}
