package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.decl.search.Hit;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The people's format of {@code decl search}: where each hit is, its text with the matches marked,
 * then its counterparts, one per language shown. The work and language columns are as wide as the
 * widest in the output, and the tags of the counterparts as the widest shown, so that long tags
 * ({@code zh-Hant}, {@code sr-Latn-RS}) keep the columns and the wrapped lines in line.
 */
record SearchText(SearchLayout layout) implements SearchFormat.HitWriter {

  @Override
  public void write(Writer out, List<Hit> hits) throws IOException {
    int works = SearchLayout.widest(hits.stream().map(Hit::work).toList());
    int langs = SearchLayout.widest(hits.stream().map(Hit::lang).toList());
    int tags = Math.max(2, SearchLayout.widest(layout.shown()));
    String under = " ".repeat(tags + 4);
    boolean first = true;
    for (Hit h : hits) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      String where =
          SearchLayout.pad(h.work(), works)
              + "  "
              + SearchLayout.pad(h.lang(), langs)
              + "  "
              + h.id()
              + (h.label() == null ? "" : "  " + h.label());
      out.write(layout.paint(where, Style.fg_cyan) + "\n");
      wrap(out, layout.marked(h), "    ", "    ");
      for (String lang : layout.shownFor(h)) {
        Hit.Translation t = h.translations().get(lang);
        String text =
            t == null
                ? "(no counterpart in " + lang + ")"
                : (t.weak() ? "(weak link " + score(t) + ") " : "") + t.text();
        String tag = layout.paint("  " + SearchLayout.pad(lang, tags) + "  ", Style.faint);
        wrap(out, text, tag, under);
      }
    }
  }

  private static String score(Hit.Translation t) {
    return String.format(Locale.ROOT, "%.2f", t.score());
  }

  /** The text wrapped to the terminal, its first line after {@code first}, the others indented. */
  private void wrap(Writer out, String text, String first, String rest) throws IOException {
    int width = layout.columns() > 0 ? Math.max(20, layout.columns() - rest.length()) : 0;
    List<String> lines = TextWrap.lines(text, width);
    for (int i = 0; i < lines.size(); i++) {
      out.write((i == 0 ? first : rest) + lines.get(i) + "\n");
    }
  }
}
