package org.decl.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** {@code -q/--quiet} and {@code -v/--verbose}, shared by every command. */
public final class LogOptions {

  private static final String QUIET = "Print nothing on standard error but errors.";
  private static final String VERBOSE =
      "Print more on standard error, and stack traces with errors.";

  @Option(
      names = {"-q", "--quiet"},
      description = QUIET)
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = VERBOSE)
  boolean verbose;

  /** The same two options, for a command built with picocli's programmatic API (DeclCommand). */
  static void addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-q", "--quiet").type(boolean.class).description(QUIET).build());
    spec.addOption(
        OptionSpec.builder("-v", "--verbose").type(boolean.class).description(VERBOSE).build());
  }

  /** Their values in such a command, once parsed. */
  static LogOptions of(CommandSpec spec) {
    LogOptions log = new LogOptions();
    log.quiet = Boolean.TRUE.equals(spec.findOption("--quiet").getValue());
    log.verbose = Boolean.TRUE.equals(spec.findOption("--verbose").getValue());
    return log;
  }
}
