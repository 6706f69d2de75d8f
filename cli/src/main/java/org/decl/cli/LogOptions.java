package org.decl.cli;

import picocli.CommandLine.Option;

/** {@code -q/--quiet} and {@code -v/--verbose}, shared by every command. */
public final class LogOptions {

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on standard error but errors.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print more on standard error, and stack traces with errors.")
  boolean verbose;
}
