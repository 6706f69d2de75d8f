package org.decl.search;

import java.util.List;

/**
 * What to search for.
 *
 * @param query the query, in Lucene's syntax
 * @param langs language filters to search in ({@code zh} for every {@code zh-*} tag, {@code
 *     zh-Hant} for that one and its extensions); empty for all
 * @param works works to search in; empty for all
 * @param kinds kinds or roles to keep ({@code heading}, {@code clause}, {@code recital}, …); empty
 *     for all
 * @param limit the most hits to return
 * @param show language filters whose corresponding clauses to show beside each hit, matched as
 *     {@code langs} are; empty for none
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

  /** The same request, searching these languages. */
  public SearchRequest withLangs(List<String> langs) {
    return new SearchRequest(query, langs, works, kinds, limit, show, showAll);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), 10, List.of(), false);
  }
}
