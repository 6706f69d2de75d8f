package org.decl.cli;

import java.io.PrintWriter;
import org.decl.DeclException;
import org.decl.text.Printable;

/**
 * Everything decl says on standard error: one line per error or warning, naming the file first.
 * Stack traces only with {@code --verbose}; warnings and notes not with {@code --quiet}. What a
 * message echoes (a file name, a query) is shown with its control and bidirectional formatting
 * characters escaped ({@link Printable}), so that no input can break a message's line, forge
 * another one or drive the terminal.
 */
final class Messages {

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean color;

  Messages(PrintWriter err, LogOptions log, boolean color) {
    this.err = err;
    this.quiet = log != null && log.quiet;
    this.verbose = log != null && log.verbose;
    this.color = color;
  }

  /** The messages of a command run: to its standard error, coloured if that is a terminal. */
  static Messages of(picocli.CommandLine.Model.CommandSpec spec, LogOptions log, Context context) {
    return new Messages(spec.commandLine().getErr(), log, context.terminal().colorsErr());
  }

  void error(DeclException e) {
    err.println(paint("decl: ", "1;31") + Printable.of(e.getMessage()));
    if (verbose && e.getCause() != null) {
      e.getCause().printStackTrace(err);
    }
    err.flush();
  }

  void warning(String file, String message) {
    if (!quiet) {
      err.println(
          paint("decl: ", "1;33")
              + (file == null ? "" : Printable.of(file) + ": ")
              + "warning: "
              + Printable.of(message));
      err.flush();
    }
  }

  void note(String message) {
    if (!quiet) {
      err.println(Printable.of(message));
      err.flush();
    }
  }

  void detail(String message) {
    if (verbose) {
      err.println(message);
      err.flush();
    }
  }

  boolean quiet() {
    return quiet;
  }

  boolean verbose() {
    return verbose;
  }

  PrintWriter writer() {
    return err;
  }

  private String paint(String text, String sgr) {
    return color ? "\u001B[" + sgr + "m" + text + "\u001B[0m" : text;
  }
}
