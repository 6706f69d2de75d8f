package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The decl command itself: version, help, and what it says without a command. */
class DeclCommandTest {

  @Test
  void printsItsVersion() {
    Decl.Run run = Decl.run("--version");

    assertEquals(0, run.exitCode());
    assertTrue(run.outLines().get(0).matches("decl \\d+\\.\\d+\\.\\d+.*"), run.out());
  }

  @Test
  void listsItsCommandsAndExitCodesInHelp() {
    Decl.Run run = Decl.run("--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("  extract "), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().contains("2   usage or configuration error"), run.out());
  }

  @Test
  void showsExamplesInEachCommandsHelp() {
    Decl.Run run = Decl.run("extract", "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Examples:"), run.out());
    assertTrue(run.out().contains("decl extract examples/paris-2016/fr.txt"), run.out());
  }

  @Test
  void saysWhichCommandsThereAreWhenNoneIsGiven() {
    Decl.Run run = Decl.run();

    assertEquals(2, run.exitCode());
    assertEquals(
        "decl: a command is missing: one of init, extract, split, index, search, align, diff, check",
        run.errLines().get(0));
  }

  @Test
  void helpCommandPrintsWhatHelpOptionPrints() {
    Decl.Run help = Decl.run("help", "check");
    Decl.Run option = Decl.run("check", "--help");
    Decl.Run root = Decl.run("help");

    assertEquals(0, help.exitCode());
    assertEquals(option, help);
    assertEquals(Decl.run("--help"), root);
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    Decl.Run run = Decl.run("help", "nosuch");

    assertEquals(
        new Decl.Run(2, "", "decl: Unknown subcommand 'nosuch'.\nRun 'decl --help' for usage.\n"),
        run);
  }

  @Test
  void listsEveryCommandWithHelpAndCompletionLast() {
    List<String> lines = Decl.run("--help").outLines();
    int start = lines.indexOf("Commands:");

    assertEquals(
        List.of(
            "Commands:",
            "  init                 Write a corpus.yaml for the documents in a folder, and a",
            "                       .decl/.gitignore.",
            "  extract              Print the clean text of each document, paragraph by",
            "                       paragraph.",
            "  split                Print the numbered clauses of each document.",
            "  index                Build or update the search index of a corpus, or of",
            "                       documents named one by one.",
            "  search               Print the clauses that match a query, best first, with",
            "                       the matching words marked.",
            "  align                Align the clauses of two versions of a declaration, or of",
            "                       every version of a work.",
            "  diff                 Compare two versions of a declaration.",
            "  check                Validate a corpus: every version of every work in",
            "                       corpus.yaml.",
            "  help                 Display help information about the specified command.",
            "  generate-completion  Print the completion script of decl for bash, zsh or",
            "                       fish."),
        lines.subList(start, start + 18));
  }

  @Test
  void neverWrapsAnExampleWhenNotOnATerminal() {
    List<String> lines = Decl.run("check", "--help").outLines();

    assertEquals(
        List.of(
            "Examples:",
            "  decl check examples            # exit 1 if anything is an error",
            "  decl check --fail-on warning --format junit -o report.xml",
            "  decl check --format sarif -o decl.sarif      # GitHub code scanning",
            "  decl check --format github     # annotations in a GitHub Actions log",
            "  decl check --format json -o known.json && decl check --baseline known.json",
            "  decl check --changed-since origin/main --rule length-ratio=off",
            "  decl check --lang zh           # the zh-Hans and zh-Hant versions, against the"
                + " original",
            "  decl check --list-rules",
            "  decl check --explain number-mismatch"),
        lines.subList(lines.indexOf("Examples:"), lines.size()));
  }

  @Test
  void wrapsAnExampleOnATerminalOnlyAtSpaces() {
    String example = "  decl check --changed-since origin/main --rule length-ratio=off  # CI";

    assertEquals(
        List.of(
            "  decl check --changed-since",
            "      origin/main --rule",
            "      length-ratio=off  # CI"),
        HelpLayout.lines(example, 28, 6));
    assertEquals(List.of(example), HelpLayout.lines(example, 0, 6));
    assertEquals(
        List.of("  decl", "      --a-very-long-option-name"),
        HelpLayout.lines("  decl --a-very-long-option-name", 12, 6));
  }
}
