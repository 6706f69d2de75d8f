package org.decl.search;

import java.util.List;

/**
 * What to search for.
 *
 * @param query the query, in Lucene's syntax
 * @param langs languages to search in (their analysed text); empty for all
 * @param works works to search in; empty for all
 * @param kinds kinds or roles to keep ({@code heading}, {@code clause}, {@code recital}, …); empty
 *     for all
 * @param limit the most hits to return
 * @param show languages whose corresponding clauses to show beside each hit; empty for none
 * @param showAll true to show the corresponding clauses in every other language
 */
public record SearchRequest(
    String query,
    List<String> langs,
    List<String> works,
    List<String> kinds,
    int limit,
    List<String> show,
    boolean showAll) {

  public SearchRequest {
    langs = List.copyOf(langs);
    works = List.copyOf(works);
    kinds = List.copyOf(kinds);
    show = List.copyOf(show);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), 10, List.of(), false);
  }
}
