package org.decl.cli;

import java.util.Map;

/**
 * What the program is talking to: whether standard output and standard error are terminals, how
 * wide the terminal is, and whether the user asked for no colour (NO_COLOR). The {@code bin/decl}
 * launcher tells the JVM what the shell knows ({@code DECL_STDOUT_TTY}, {@code DECL_STDERR_TTY},
 * {@code COLUMNS}); without it, a console means both are terminals.
 */
public record Terminal(boolean stdoutIsTty, boolean stderrIsTty, int columns, boolean noColor) {

  /** Not a terminal at all: for tests and for programs that call {@link Main#run}. */
  public static Terminal none() {
    return new Terminal(false, false, 80, false);
  }

  static Terminal detect(Map<String, String> env) {
    boolean console = System.console() != null;
    boolean out =
        env.containsKey("DECL_STDOUT_TTY") ? "1".equals(env.get("DECL_STDOUT_TTY")) : console;
    boolean err =
        env.containsKey("DECL_STDERR_TTY") ? "1".equals(env.get("DECL_STDERR_TTY")) : console;
    int columns = 80;
    try {
      columns = Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
    } catch (NumberFormatException ignored) {
      // keep 80
    }
    return new Terminal(out, err, Math.max(20, columns), env.containsKey("NO_COLOR"));
  }

  /** Whether to colour standard output under the given {@code --color} choice. */
  boolean colorsOut(ColorMode mode) {
    return mode == ColorMode.always || (mode == ColorMode.auto && stdoutIsTty && !noColor);
  }

  boolean colorsErr() {
    return stderrIsTty && !noColor;
  }
}
