package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.text.Scripts;

/**
 * {@code decl align --format text}: the versions side by side in columns fitted to the width, one
 * block per row, with the score and a flag in the margin: {@code ?} a weak row (below {@code
 * --min-score}), {@code -} a version without counterpart, {@code ~} clauses merged or split.
 */
final class AlignText {

  private static final int MARGIN = 7;
  private static final int GUTTER = 3;

  private final int width;
  private final boolean color;
  private final double minScore;

  AlignText(int width, boolean color, double minScore) {
    this.width = width;
    this.color = color;
    this.minScore = minScore;
  }

  void write(Writer out, MultiAlignment alignment) throws IOException {
    int versions = alignment.versions().size();
    int column = Math.max(12, (width - MARGIN - GUTTER * (versions - 1)) / versions);
    List<String> heads = new ArrayList<>();
    for (ClauseDocument doc : alignment.versions()) {
      heads.add(doc.lang() == null ? doc.path() : doc.lang() + " " + doc.path());
    }
    out.write(line("", cells(heads, column, true), column) + "\n\n");
    for (Row row : alignment.rows()) {
      List<String> ids = new ArrayList<>();
      List<List<String>> texts = new ArrayList<>();
      for (int v = 0; v < versions; v++) {
        ids.add(
            row.merged().get(v)
                ? "(merged above)"
                : ids(alignment.versions().get(v), row.units().get(v)));
        texts.add(TextWrap.lines(alignment.text(row, v), column));
      }
      out.write(line(margin(row), cells(ids, column, true), column) + "\n");
      int height = texts.stream().mapToInt(List::size).max().orElse(0);
      for (int k = 0; k < height; k++) {
        List<String> cells = new ArrayList<>();
        for (List<String> lines : texts) {
          cells.add(k < lines.size() ? lines.get(k) : "");
        }
        out.write(line("", cells, column) + "\n");
      }
      out.write("\n");
    }
  }

  private String margin(Row row) {
    boolean gap = row.hasGap();
    boolean uneven = row.hasMerge() || row.units().stream().anyMatch(u -> u.size() > 1);
    String flag = gap ? "-" : row.score() < minScore ? "?" : uneven ? "~" : " ";
    String text = flag + " " + String.format(Locale.ROOT, "%.2f", row.score());
    if (!color || flag.isBlank()) {
      return text;
    }
    return (gap ? "\033[31m" : "\033[33m") + text + "\033[0m";
  }

  private static String ids(ClauseDocument doc, List<Integer> ns) {
    if (ns.isEmpty()) {
      return "(none)";
    }
    List<String> ids = new ArrayList<>();
    for (int n : ns) {
      Clause unit = doc.units().get(n - 1);
      ids.add(unit.id() + (unit.label() == null ? "" : " " + unit.label()));
    }
    return String.join(" + ", ids);
  }

  private List<String> cells(List<String> texts, int column, boolean bold) {
    List<String> cells = new ArrayList<>();
    for (String text : texts) {
      String cut = TextWrap.lines(text, column).get(0);
      cells.add(bold && color ? "\033[1m" + cut + "\033[0m" : cut);
    }
    return cells;
  }

  private static String line(String margin, List<String> cells, int column) {
    StringBuilder line = new StringBuilder();
    line.append(margin).append(" ".repeat(Math.max(0, MARGIN - visible(margin))));
    for (int k = 0; k < cells.size(); k++) {
      String cell = cells.get(k);
      line.append(cell);
      if (k < cells.size() - 1) {
        line.append(" ".repeat(Math.max(0, column - visible(cell) + GUTTER)));
      }
    }
    return line.toString().stripTrailing();
  }

  /** Display width without colour codes. */
  private static int visible(String text) {
    return Scripts.width(text.replaceAll("\033\\[[0-9;]*m", ""));
  }
}
