package org.decl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code decl} command: the subcommands of the pipeline. */
@Command(
    name = "decl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Multilingual declaration texts: extract their text, split it into numbered clauses, and"
            + " work with every language version side by side.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ExtractCommand.class, SplitCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl extract examples/paris-2016/fr.txt",
      "  decl extract --format json examples/paris-2016/en.pdf | jq .lang",
      "",
      "Run 'decl COMMAND --help' for the options of a command.",
    })
final class DeclCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  DeclCommand(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is missing: one of "
            + String.join(
                ", ",
                spec.subcommands().entrySet().stream()
                    .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                    .map(java.util.Map.Entry::getKey)
                    .toList()));
  }
}
