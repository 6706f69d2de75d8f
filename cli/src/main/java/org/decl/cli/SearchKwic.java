package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.search.Hit;
import org.decl.text.Scripts;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Keyword in context: one line per match, the matches lined up in one column, and under each hit
 * its counterparts in the languages shown, each the start of its text. A hit with nothing marked (a
 * query of fields only, such as {@code role:recital AND lang:fr}) gets one line with its clause's
 * start in the match column, which is the first column of text when nothing at all is marked. Work,
 * language and id are columns of their own, as wide as the widest of each.
 */
record SearchKwic(SearchLayout layout) implements SearchFormat.HitWriter {

  /**
   * One line: where, then the text before the match, the match (null if none), the text after it;
   * or, for a counterpart, its text.
   */
  private record Row(String work, String lang, String id, String left, String match, String right) {

    static Row counterpart(String lang, String id, String text) {
      return new Row("", lang, id, "", null, text);
    }

    boolean marked() {
      return match != null;
    }

    boolean isCounterpart() {
      return work.isEmpty();
    }
  }

  @Override
  public void write(Writer out, List<Hit> hits) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Hit h : hits) {
      rows.addAll(matches(h));
      for (String lang : layout.shownFor(h)) {
        Hit.Translation t = h.translations().get(lang);
        String text =
            t == null
                ? "(no counterpart in " + lang + ")"
                : (t.weak() ? String.format(Locale.ROOT, "(weak link %.2f) ", t.score()) : "")
                    + t.text();
        rows.add(Row.counterpart(lang, t == null ? "" : t.id(), text));
      }
    }
    int works = SearchLayout.widest(rows.stream().map(Row::work).toList());
    int langs = SearchLayout.widest(rows.stream().map(Row::lang).toList());
    int ids = SearchLayout.widest(rows.stream().map(Row::id).toList());
    int where = works + langs + ids + 2;
    int columns = layout.columns();
    int context = columns > 0 ? Math.max(10, (columns - where - 24) / 2) : 40;
    // with no match anywhere (a query of fields only), no room is kept for text before one
    int before = rows.stream().anyMatch(Row::marked) ? context : 0;
    int after = before > 0 ? context : 2 * context;
    for (Row r : rows) {
      String place =
          SearchLayout.pad(r.work(), works)
              + " "
              + SearchLayout.pad(r.lang(), langs)
              + " "
              + SearchLayout.pad(r.id(), ids);
      if (r.isCounterpart()) { // from the first column of text, as wide as a match's line
        String text = head(r.right(), before + after + 2).stripTrailing();
        out.write(layout.paint(place, Style.faint) + "  " + text + "\n");
        continue;
      }
      String left = tail(r.left(), before);
      String line =
          place
              + "  "
              + " ".repeat(Math.max(0, before - Scripts.width(left)))
              + left
              + (r.marked()
                  ? (layout.color()
                      ? layout.paint(r.match(), Style.bold, Style.fg_red)
                      : "[" + r.match() + "]")
                  : "")
              + head(r.right(), after);
      out.write(line.stripTrailing() + "\n");
    }
  }

  /** A row per match of the hit, or one of its clause's start if nothing in it is marked. */
  private static List<Row> matches(Hit h) {
    List<Row> rows = new ArrayList<>();
    String marked = h.highlight() == null ? "" : h.highlight();
    String plain = h.text();
    int offset = 0; // marks seen so far, to map positions in marked onto plain
    for (int start = marked.indexOf(Hit.START);
        start >= 0;
        start = marked.indexOf(Hit.START, start + 1)) {
      int end = marked.indexOf(Hit.END, start);
      int from = start - offset;
      int to = end - offset - 1;
      offset += 2;
      rows.add(
          new Row(
              h.work(),
              h.lang(),
              h.id(),
              plain.substring(0, from),
              plain.substring(from, to),
              plain.substring(to)));
    }
    if (rows.isEmpty()) {
      rows.add(new Row(h.work(), h.lang(), h.id(), "", null, plain));
    }
    return rows;
  }

  /** The end of a text, at most this many columns. */
  private static String tail(String s, int width) {
    int i = s.length();
    int w = 0;
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (w + Scripts.width(cp) > width) {
        break;
      }
      w += Scripts.width(cp);
      i -= Character.charCount(cp);
    }
    return s.substring(i);
  }

  /** The start of a text, at most this many columns. */
  private static String head(String s, int width) {
    int i = 0;
    int w = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (w + Scripts.width(cp) > width) {
        break;
      }
      w += Scripts.width(cp);
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
