package org.decl.format;

import java.nio.file.Path;
import java.util.Set;
import org.decl.Level;
import org.decl.check.CheckFinding;
import org.decl.check.RuleLevels;

/**
 * What a check report's writers need besides the findings.
 *
 * @param failOn the lowest level that fails the run
 * @param baseline the keys of known findings ({@link CheckFinding#baselineKey()}), empty if none
 * @param levels the level of each rule in the run (for the rules listed in SARIF and JUnit)
 * @param tool the tool's version
 * @param color whether to colour text output
 * @param sourceRoot the folder SARIF's file URIs are relative to (the git repository the corpus is
 *     in, else the working folder), or null to leave paths as they are
 * @param docsUrl the base URL of decl's documentation pages (ending in {@code /}), for links to a
 *     rule's documentation, or null for none
 */
public record ReportOptions(
    Level failOn,
    Set<String> baseline,
    RuleLevels levels,
    String tool,
    boolean color,
    Path sourceRoot,
    String docsUrl) {

  public ReportOptions {
    baseline = Set.copyOf(baseline);
  }

  /** Options without a source root or documentation links. */
  public ReportOptions(
      Level failOn, Set<String> baseline, RuleLevels levels, String tool, boolean color) {
    this(failOn, baseline, levels, tool, color, null, null);
  }

  public boolean known(CheckFinding f) {
    return baseline.contains(f.baselineKey());
  }

  /** Whether a finding fails the run: at or above --fail-on and not in the baseline. */
  public boolean fails(CheckFinding f) {
    return f.level().compareTo(failOn) >= 0 && !known(f);
  }
}
