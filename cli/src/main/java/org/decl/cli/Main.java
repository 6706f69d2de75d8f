package org.decl.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;
import org.decl.Suggestions;
import org.decl.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of {@code decl}. {@link #run} lets tests and other programs capture the output. */
public final class Main {

  static final String[] EXIT_CODES = {
    "0:success (for check: no finding at or above --fail-on)",
    "1:findings, or a document that could not be processed",
    "2:usage or configuration error (bad option, bad query, bad manifest)",
  };

  private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(new Context(System.in, out, err, Terminal.detect(System.getenv())), args);
    out.flush();
    System.exit(code);
  }

  /** Runs decl with no standard input and no terminal; returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /** Runs decl with the given standard input and no terminal; returns the exit code. */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(new Context(in, out, err, Terminal.none()), args);
  }

  static int run(Context context, String... args) {
    // picocli looks up converters for java.time and java.sql types at start-up; decl's options
    // use none, and loading java.time alone costs a short command such as search 10-20 ms
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, "java\\.(time|sql)\\..*");
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true);
    CommandLine cl = commandLine(context, out, err, args);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line for these arguments: only the command they name, or all commands when they
   * name none or a tool that describes the others (help, completion, man pages).
   */
  static CommandLine commandLine(
      Context context, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new DeclCommand(context));
    String asked = args.length > 0 ? args[0] : "";
    boolean known = DeclCommand.COMMANDS.contains(asked) || DeclCommand.TOOLS.contains(asked);
    if (known && !DeclCommand.DESCRIBING.contains(asked)) {
      cl.addSubcommand(asked, DeclCommand.command(asked));
    } else {
      DeclCommand.COMMANDS.forEach(name -> cl.addSubcommand(name, DeclCommand.command(name)));
      DeclCommand.TOOLS.forEach(name -> cl.addSubcommand(name, DeclCommand.command(name)));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(context.terminal().stdoutIsTty());
    cl.setUsageHelpWidth(Math.min(100, Math.max(60, context.terminal().columns())));
    cl.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            context.terminal().stdoutIsTty() && !context.terminal().noColor()
                ? CommandLine.Help.Ansi.AUTO
                : CommandLine.Help.Ansi.OFF));
    describeExitCodes(cl);
    HelpLayout.install(cl, context.terminal().stdoutIsTty());
    cl.setExecutionStrategy(Main::execute);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          DeclException failure = Batch.asDeclException(null, e);
          LogOptions log = new LogOptions();
          log.verbose = isVerbose(parseResult);
          new Messages(commandLine.getErr(), log, context.terminal().colorsErr()).error(failure);
          return failure.exitCode();
        });
    return cl;
  }

  private static int execute(ParseResult parseResult) {
    Logging.configure(isVerbose(parseResult));
    return new CommandLine.RunLast().execute(parseResult);
  }

  private static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
      if (!r.hasSubcommand()) {
        break;
      }
    }
    return false;
  }

  /** One line: the problem and where to read more. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("decl: " + Printable.of(e.getMessage()));
    if (e instanceof UnmatchedArgumentException unmatched) {
      String suggestion = closestOption(cl.getCommandSpec(), unmatched.getUnmatched());
      if (suggestion != null) {
        err.println("Did you mean: " + suggestion + "?");
      }
    }
    CommandSpec spec = cl.getCommandSpec();
    err.println("Run '" + spec.qualifiedName() + " --help' for usage.");
    return 2;
  }

  /** The option or command name closest to a mistyped one, within two edits. */
  static String closestOption(CommandSpec spec, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>(spec.subcommands().keySet());
    spec.options().forEach(o -> names.addAll(List.of(o.names())));
    return Suggestions.closest(unmatched.get(0).split("=", 2)[0], names);
  }

  /** The exit codes every command shares, unless the command describes its own (search). */
  private static void describeExitCodes(CommandLine cl) {
    if (cl.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
      cl.getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(exitCodes());
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      describeExitCodes(sub);
    }
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : EXIT_CODES) {
      int colon = line.indexOf(':');
      codes.put("  " + line.substring(0, colon), line.substring(colon + 1));
    }
    return codes;
  }
}
