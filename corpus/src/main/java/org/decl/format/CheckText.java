package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.decl.Level;
import org.decl.check.CheckFinding;
import org.decl.check.CheckReport;
import org.decl.text.Plural;

/**
 * {@code --format text}: findings grouped by work and version, one line each with its level, rule,
 * clause and place, then a summary line. Coloured on a terminal only.
 */
final class CheckText {

  private CheckText() {}

  static void write(CheckReport report, ReportOptions options, Writer out) throws IOException {
    String group = null;
    for (CheckFinding f : report.findings()) {
      String header = f.work() + (f.lang() == null ? "" : " " + f.lang());
      if (!header.equals(group)) {
        group = header;
        out.write(paint(header, "1", options) + "\n");
      }
      String where = f.clause() == null ? "" : f.clause() + "  ";
      String place = f.file() + (f.line() == null ? "" : ":" + f.line());
      out.write(
          String.format(
              Locale.ROOT,
              "  %s %-25s %s%s%s%n      %s%n",
              paint(
                  String.format(Locale.ROOT, "%-7s", f.level().label()), color(f.level()), options),
              f.rule(),
              where,
              f.message(),
              options.known(f) ? paint(" (in the baseline)", "2", options) : "",
              paint(place, "2", options)));
    }
    out.write(summary(report, options) + "\n");
  }

  /** One line: how many files, how many findings of each level, and whether the run fails. */
  static String summary(CheckReport report, ReportOptions options) {
    long errors = report.count(Level.ERROR);
    long warnings = report.count(Level.WARNING);
    long infos = report.count(Level.INFO);
    long failing = report.findings().stream().filter(options::fails).count();
    long known = report.findings().stream().filter(options::known).count();
    StringBuilder s = new StringBuilder();
    s.append(Plural.of(report.files(), "file")).append(" checked: ");
    if (report.findings().isEmpty()) {
      return s.append("no findings.").toString();
    }
    s.append(Plural.of(errors, "error")).append(", ").append(Plural.of(warnings, "warning"));
    s.append(", ").append(infos).append(" info");
    if (known > 0) {
      s.append(" (").append(known).append(" in the baseline)");
    }
    s.append(failing > 0 ? "; fails" : "; passes");
    s.append(" (--fail-on ").append(options.failOn().label()).append(")");
    return s.append('.').toString();
  }

  private static String color(Level level) {
    return switch (level) {
      case ERROR -> "1;31";
      case WARNING -> "33";
      case INFO -> "36";
    };
  }

  private static String paint(String text, String sgr, ReportOptions options) {
    return options.color() ? "\u001B[" + sgr + "m" + text + "\u001B[0m" : text;
  }
}
