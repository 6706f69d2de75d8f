package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.search.Hit;

/**
 * {@code decl search --format tsv}: work, lang, n, id, kind, score, text, then per language shown,
 * in the order asked (every tag held that a filter matches: two for zh-Hans and zh-Hant with {@code
 * --show zh}), the counterpart's id, link score and text, three empty columns where there is none,
 * so that the columns stay put. With {@code --header}, a first line names the columns: {@code
 * en.id}, {@code en.score}, {@code en.text} for a language shown.
 */
record SearchTsv(SearchLayout layout) implements SearchFormat.HitWriter {

  @Override
  public void write(Writer out, List<Hit> hits) throws IOException {
    if (layout.header()) {
      List<String> names =
          new ArrayList<>(List.of("work", "lang", "n", "id", "kind", "score", "text"));
      for (String lang : layout.shown()) {
        names.addAll(List.of(lang + ".id", lang + ".score", lang + ".text"));
      }
      out.write(String.join("\t", names) + "\n");
    }
    for (Hit h : hits) {
      List<String> columns =
          new ArrayList<>(
              List.of(
                  h.work(),
                  h.lang(),
                  String.valueOf(h.n()),
                  h.id(),
                  h.kind(),
                  score(h.score()),
                  h.text()));
      for (String lang : layout.shown()) {
        Hit.Translation t = h.translations().get(lang);
        if (t == null) { // none, or the hit's own language
          columns.addAll(List.of("", "", ""));
        } else {
          columns.addAll(List.of(t.id(), score(t.score()), t.text()));
        }
      }
      out.write(String.join("\t", columns) + "\n");
    }
  }

  /** The counts of {@code --count}: work, lang, hits. */
  static SearchFormat.CountWriter counts(boolean header) {
    return (out, counts) -> {
      if (header) {
        out.write("work\tlang\thits\n");
      }
      for (var c : counts) {
        out.write(c.work() + "\t" + c.lang() + "\t" + c.hits() + "\n");
      }
    };
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.3f", score);
  }
}
