package org.decl.cli;

import java.nio.file.Path;
import org.decl.DeclException;
import picocli.CommandLine.Option;

/** What decl align and decl diff share: the weak-bead threshold and the one output file. */
final class AlignmentOptions {

  @Option(
      names = "--min-score",
      paramLabel = "SCORE",
      defaultValue = "0.2",
      description = "Flag beads the aligner scores below this (0 to 1). Default: ${DEFAULT-VALUE}.")
  double minScore;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (whole or not at all) instead of standard output.")
  Path output;

  /** The threshold, checked. */
  double minScore() {
    if (minScore < 0 || minScore > 1) {
      throw DeclException.usage("--min-score must be between 0 and 1");
    }
    return minScore;
  }
}
