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
 * @param translations the corresponding clauses in other languages, by language
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
   * A corresponding clause in another language.
   *
   * @param n its position in its version
   * @param id its id
   * @param text its text
   */
  public record Translation(int n, String id, String text) {}
}
