package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.decl.Level;
import org.decl.align.Alignment;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Change;
import org.decl.diff.Finding;
import org.decl.diff.WordDiff.Run;
import org.decl.text.Plural;

/**
 * What decl diff prints: translation findings one per line with the clauses concerned under them,
 * or draft changes with their words marked as {@code git diff --word-diff} does ({@code [-gone-]}
 * and {@code {+new+}}, or red and green on a terminal); or the same as JSON lines.
 */
final class DiffText {

  private final boolean color;

  DiffText(boolean color) {
    this.color = color;
  }

  void findings(Writer out, Alignment alignment, List<Finding> findings, boolean jsonl)
      throws IOException {
    if (jsonl) {
      for (Finding f : findings) {
        out.write(Json.line(FindingJson.of(f)) + "\n");
      }
      return;
    }
    for (Finding f : findings) {
      out.write(
          paint(levelColor(f.level()), String.format("%-7s", f.level().label()))
              + " "
              + paint("1", f.rule())
              + " "
              + f.clause()
              + ": "
              + f.message()
              + "\n");
      quote(out, alignment.source(), f.source());
      quote(out, alignment.target(), f.target());
    }
  }

  /** The last line of a translation check: what was checked, and the findings by level. */
  static String summary(Alignment alignment, List<Finding> findings) {
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    findings.forEach(f -> counts.merge(f.level(), 1, Integer::sum));
    return alignment.target().path()
        + " against "
        + alignment.source().path()
        + ": "
        + Plural.of(counts.getOrDefault(Level.ERROR, 0), "error")
        + ", "
        + Plural.of(counts.getOrDefault(Level.WARNING, 0), "warning")
        + ", "
        + Plural.of(counts.getOrDefault(Level.INFO, 0), "note");
  }

  /** The last line of a revision diff: the drafts, and how many changes. */
  static String summary(ClauseDocument before, ClauseDocument after, List<Change> changes) {
    return before.path() + " → " + after.path() + ": " + Plural.of(changes.size(), "change");
  }

  void changes(Writer out, List<Change> changes, boolean jsonl) throws IOException {
    if (jsonl) {
      for (Change c : changes) {
        out.write(Json.line(ChangeJson.of(c)) + "\n");
      }
      return;
    }
    for (Change c : changes) {
      String where =
          c.before().isEmpty()
              ? "n " + c.after()
              : c.after().isEmpty() ? "n " + c.before() : "n " + c.before() + " → " + c.after();
      String numbers =
          c.labelText() != null
              ? "  label " + c.labelText()
              : c.label() == null ? "" : " (" + c.label() + ")";
      out.write(paint("1", c.rule()) + " " + c.idText() + numbers + "  " + where + "\n");
      out.write("    " + words(c.words()) + "\n");
    }
  }

  private void quote(Writer out, ClauseDocument doc, List<Integer> ns) throws IOException {
    for (int n : ns) {
      var unit = doc.units().get(n - 1);
      List<String> lines = TextWrap.lines(unit.text(), 100);
      out.write(
          "    "
              + (doc.lang() == null ? "" : doc.lang() + " ")
              + unit.id()
              + "  "
              + lines.get(0)
              + (lines.size() > 1 ? " …" : "")
              + "\n");
    }
  }

  private String words(List<Run> runs) {
    StringBuilder text = new StringBuilder();
    for (Run run : runs) {
      switch (run.kind()) {
        case KEPT -> text.append(run.text());
        case DELETED -> text.append(color ? paint("31", run.text()) : "[-" + run.text() + "-]");
        case INSERTED -> text.append(color ? paint("32", run.text()) : "{+" + run.text() + "+}");
      }
    }
    return text.toString();
  }

  private static String levelColor(Level level) {
    return switch (level) {
      case ERROR -> "1;31";
      case WARNING -> "33";
      case INFO -> "36";
    };
  }

  private String paint(String code, String text) {
    return color ? "\033[" + code + "m" + text + "\033[0m" : text;
  }

  /** A finding in {@code --format jsonl}. */
  record FindingJson(
      String rule,
      String level,
      List<Integer> source,
      List<Integer> target,
      String clause,
      String message) {

    static FindingJson of(Finding f) {
      return new FindingJson(
          f.rule(), f.level().label(), f.source(), f.target(), f.clause(), f.message());
    }
  }

  /**
   * A change between drafts in {@code --format jsonl}: the units' {@code n}, ids and printed
   * numbers on each side (lists, since a merged or split clause has several units on a side; empty
   * on the side that lacks the clause), the clause's id and label as before, and the words.
   */
  record ChangeJson(
      String rule,
      String level,
      List<Integer> before,
      List<Integer> after,
      List<String> beforeIds,
      List<String> afterIds,
      List<String> beforeLabels,
      List<String> afterLabels,
      String clause,
      String label,
      List<WordJson> words) {

    record WordJson(String kind, String text) {}

    static ChangeJson of(Change c) {
      return new ChangeJson(
          c.rule(),
          Level.INFO.label(),
          c.before(),
          c.after(),
          c.beforeIds(),
          c.afterIds(),
          c.beforeLabels(),
          c.afterLabels(),
          c.clause(),
          c.label(),
          c.words().stream()
              .map(r -> new WordJson(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.text()))
              .toList());
    }
  }
}
