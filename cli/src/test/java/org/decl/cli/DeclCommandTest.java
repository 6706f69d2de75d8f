package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
