package org.decl.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** {@code --color auto|always|never}: colour on a terminal only, unless asked. */
final class ColorOption {

  private static final String DESCRIPTION =
      "Colour the output: auto (on a terminal, unless NO_COLOR is set), always, never.";

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = DESCRIPTION)
  ColorMode color;

  /** The same option, for a command built with picocli's programmatic API (DeclCommand). */
  static void addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--color")
            .paramLabel("WHEN")
            .type(ColorMode.class)
            .defaultValue("auto")
            .description(DESCRIPTION)
            .build());
  }

  /** Its value in such a command, once parsed. */
  static ColorMode of(CommandSpec spec) {
    return spec.findOption("--color").getValue();
  }
}
