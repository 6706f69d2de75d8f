package org.decl.cli;

import picocli.CommandLine.Option;

/** {@code --color auto|always|never}: colour on a terminal only, unless asked. */
final class ColorOption {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the output: auto (on a terminal, unless NO_COLOR is set), always, never.")
  ColorMode color;
}
