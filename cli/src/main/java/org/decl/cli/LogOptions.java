package org.decl.cli;

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
}
