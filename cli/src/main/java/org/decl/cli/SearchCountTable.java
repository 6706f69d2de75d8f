package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.decl.search.WorkCount;

/** {@code decl search --count} for people: a row per work and language, then the total. */
final class SearchCountTable {

  private SearchCountTable() {}

  static void write(Writer out, List<WorkCount> counts) throws IOException {
    int total = counts.stream().mapToInt(WorkCount::hits).sum();
    int works = Math.max(5, SearchLayout.widest(counts.stream().map(WorkCount::work).toList()));
    int langs = Math.max(6, SearchLayout.widest(counts.stream().map(WorkCount::lang).toList()));
    String row = "%-" + works + "s  %-" + langs + "s %6s\n"; // zh-Hant-TW as wide as it is
    out.write(String.format(Locale.ROOT, row, "work", "lang", "hits"));
    for (WorkCount c : counts) {
      out.write(String.format(Locale.ROOT, row, c.work(), c.lang(), c.hits()));
    }
    out.write(String.format(Locale.ROOT, row, "total", "", total));
  }
}
