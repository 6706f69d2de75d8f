package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import org.decl.check.CheckFinding;
import org.decl.check.CheckReport;

/**
 * {@code --format github}: GitHub Actions workflow commands, {@code ::error
 * file=…,line=…,title=…::message}, one per finding, which GitHub shows as annotations on the files
 * of a pull request. Values are escaped as the runner wants them.
 */
final class CheckGithub {

  private CheckGithub() {}

  static void write(CheckReport report, ReportOptions options, Writer out) throws IOException {
    for (CheckFinding f : report.findings()) {
      String command =
          switch (f.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      StringBuilder line = new StringBuilder("::").append(command).append(" file=");
      line.append(property(f.file()));
      if (f.line() != null) {
        line.append(",line=").append(f.line());
      }
      String title = f.rule() + " (" + f.work() + (f.lang() == null ? "" : " " + f.lang()) + ")";
      line.append(",title=").append(property(title));
      line.append("::");
      String where = f.clause() == null ? "" : f.clause() + ": ";
      line.append(data(where + f.message() + (options.known(f) ? " (in the baseline)" : "")));
      out.write(line.append('\n').toString());
    }
    out.write(CheckText.summary(report, options) + "\n");
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
