package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import org.decl.check.CheckReport;

/** The formats of {@code decl check}: for people, for programs, and for CI systems. */
public enum CheckReportFormat {
  text,
  json,
  junit,
  sarif,
  github;

  /** One line for a person: files, findings per level, and whether the run fails. */
  public static String summary(CheckReport report, ReportOptions options) {
    return CheckText.summary(report, options);
  }

  public void write(CheckReport report, ReportOptions options, Writer out) throws IOException {
    switch (this) {
      case text -> CheckText.write(report, options, out);
      case json -> CheckJson.write(report, out);
      case junit -> CheckJunit.write(report, options, out);
      case sarif -> CheckSarif.write(report, options, out);
      case github -> CheckGithub.write(report, options, out);
    }
  }
}
