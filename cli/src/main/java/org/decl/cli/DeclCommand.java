package org.decl.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code decl} command: the subcommands of the pipeline.
 *
 * <p>This command and {@code decl search} describe their options with picocli's programmatic API,
 * where the other commands use its annotations: reading annotations costs a run 60-70 ms (Java 17
 * makes a proxy class for each annotation type at run time), about a seventh of a one-off search
 * (docs/benchmarks.md). Parsing, help and completion are picocli's all the same.
 */
final class DeclCommand implements Callable<Integer> {

  /** The commands, in the order of the pipeline. */
  static final List<String> COMMANDS =
      List.of("extract", "split", "index", "search", "align", "diff", "check");

  private final Context context;
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  DeclCommand(Context context) {
    this.context = context;
    spec.name("decl").versionProvider(new VersionProvider());
    standardHelpOptions(spec);
    spec.usageMessage()
        .description(
            "Multilingual declaration texts: extract their text, split it into numbered clauses,"
                + " and work with every language version side by side.")
        .synopsisSubcommandLabel("COMMAND")
        .footerHeading("%nExamples:%n")
        .footer(
            "  decl extract examples/paris-2016/fr.txt",
            "  decl extract --format json examples/paris-2016/en.pdf | jq .lang",
            "  decl split examples/paris-2016/es.docx",
            "  decl index examples && cd examples && decl search --show en 'liberté'",
            "  decl check examples",
            "",
            "Run 'decl COMMAND --help' for the options of a command.");
  }

  Context context() {
    return context;
  }

  /** The command as picocli runs it. */
  CommandSpec spec() {
    return spec;
  }

  /** {@code -h/--help} and {@code -V/--version}, as picocli's standard help options. */
  static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /**
   * A new command object. Main registers only the command a run asks for, because picocli reads
   * each registered command's options by reflection, and every command read costs start-up time.
   */
  static Object command(String name) {
    return switch (name) {
      case "extract" -> new ExtractCommand();
      case "split" -> new SplitCommand();
      case "index" -> new IndexCommand();
      case "search" -> new SearchCommand();
      case "align" -> new AlignCommand();
      case "diff" -> new DiffCommand();
      case "check" -> new CheckCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
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
