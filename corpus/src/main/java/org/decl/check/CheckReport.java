package org.decl.check;

import java.util.List;
import java.util.Set;
import org.decl.Level;

/**
 * What a run of decl check found.
 *
 * @param findings in corpus order: by work, then version, then where in the file
 * @param files the number of version files checked
 * @param checked the versions checked, as {@code work/lang}, in corpus order
 */
public record CheckReport(List<CheckFinding> findings, int files, List<String> checked) {

  public CheckReport {
    findings = List.copyOf(findings);
    checked = List.copyOf(checked);
  }

  public long count(Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }

  /** The findings at or above a level that a baseline does not already hold. */
  public List<CheckFinding> failing(Level failOn, Set<String> baseline) {
    return findings.stream()
        .filter(f -> f.level().compareTo(failOn) >= 0)
        .filter(f -> !baseline.contains(f.baselineKey()))
        .toList();
  }
}
