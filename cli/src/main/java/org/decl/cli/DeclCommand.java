package org.decl.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code decl} command: the subcommands of the pipeline, and those about decl itself. */
@Command(
    name = "decl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Multilingual declaration texts: extract their text, split it into numbered clauses,"
            + " and work with every language version side by side.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl extract examples/paris-2016/fr.txt",
      "  decl extract --format json examples/paris-2016/en.pdf | jq .lang",
      "  decl split examples/paris-2016/es.docx",
      "  decl index examples && cd examples && decl search --show en 'liberté'",
      "  decl check examples",
      "",
      "Run 'decl help COMMAND' (or 'decl COMMAND --help') for the options of a command.",
    })
final class DeclCommand implements Callable<Integer> {

  /** The commands, in the order of the pipeline. */
  static final List<String> COMMANDS =
      List.of("init", "extract", "split", "index", "search", "align", "diff", "check");

  /** The commands about decl itself, listed after the pipeline (hidden ones included). */
  static final List<String> TOOLS =
      List.of("help", "generate-completion", ManPagesCommand.NAME, LanguagesCommand.NAME);

  /** The tools that describe the other commands, so that a run of one needs them all. */
  static final Set<String> DESCRIBING = Set.of("help", "generate-completion", ManPagesCommand.NAME);

  private final Context context;

  @Spec CommandSpec spec;

  DeclCommand(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  /**
   * A new command object. Main registers only the command a run asks for, because picocli reads
   * each registered command's options by reflection, and every command read costs start-up time.
   */
  static Object command(String name) {
    return switch (name) {
      case "init" -> new InitCommand();
      case "extract" -> new ExtractCommand();
      case "split" -> new SplitCommand();
      case "index" -> new IndexCommand();
      case "search" -> new SearchCommand();
      case "align" -> new AlignCommand();
      case "diff" -> new DiffCommand();
      case "check" -> new CheckCommand();
      case "help" -> new HelpCommand();
      case "generate-completion" -> new CompletionCommand();
      case ManPagesCommand.NAME -> new ManPagesCommand();
      case LanguagesCommand.NAME -> new LanguagesCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "a command is missing: one of " + String.join(", ", COMMANDS));
  }
}
