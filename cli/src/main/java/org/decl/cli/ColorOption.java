package org.decl.cli;

import picocli.CommandLine.Option;

/** {@code --color auto|always|never}: colour on a terminal only, unless asked. */
final class ColorOption {

  private static final String DESCRIPTION =
      "Colour the output: auto (on a terminal, unless NO_COLOR is set), always, never.";

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = DESCRIPTION)
  ColorMode color;
}
