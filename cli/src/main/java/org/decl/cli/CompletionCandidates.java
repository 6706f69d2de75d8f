package org.decl.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.decl.Level;
import org.decl.check.Rule;
import org.decl.check.Rules;

/**
 * The values of options whose type does not list them, for the completion scripts (picocli's {@code
 * completionCandidates}). Each is read when a script is written, not when a command runs.
 */
final class CompletionCandidates {

  private CompletionCandidates() {}

  /** The levels of a finding: info, warning, error. */
  static final class Levels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> labels = new ArrayList<>();
      for (Level level : Level.values()) {
        labels.add(level.label());
      }
      return labels.iterator();
    }
  }

  /** The ids of the rules, as {@code --explain} takes them. */
  static final class RuleIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Rules.all().stream().map(Rule::id).iterator();
    }
  }

  /** Every rule with every level it may be set to ({@code ID=LEVEL}), as {@code --rule} takes. */
  static final class RuleSettings implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> settings = new ArrayList<>();
      for (Rule rule : Rules.all()) {
        settings.add(rule.id() + "=off");
        new Levels().forEach(level -> settings.add(rule.id() + "=" + level));
      }
      return settings.iterator();
    }
  }
}
