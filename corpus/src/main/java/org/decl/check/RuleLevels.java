package org.decl.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.decl.DeclException;
import org.decl.Level;
import org.decl.Suggestions;
import org.decl.manifest.Manifest;

/**
 * The level each rule reports at in one run: its default, else what corpus.yaml {@code rules:}
 * says, else what {@code --rule ID=LEVEL} says; {@code off} turns a rule off.
 */
public final class RuleLevels {

  private final Map<String, Level> levels;

  private RuleLevels(Map<String, Level> levels) {
    this.levels = levels;
  }

  /** Every rule at its default level. */
  public static RuleLevels defaults() {
    Map<String, Level> levels = new HashMap<>();
    Rules.all().forEach(r -> levels.put(r.id(), r.level()));
    return new RuleLevels(levels);
  }

  /**
   * The defaults, then the manifest's levels (if there is a manifest), then the overrides.
   *
   * @throws DeclException a configuration error for an unknown rule in the manifest (with its line
   *     and column), a usage error for a bad override
   */
  public static RuleLevels of(Manifest manifest, Map<String, String> overrides) {
    RuleLevels result = defaults();
    Map<String, String> set = manifest == null ? Map.of() : manifest.rules();
    for (Map.Entry<String, String> e : set.entrySet()) {
      if (Rules.byId(e.getKey()).isEmpty()) {
        int[] at = manifest.ruleLines().get(e.getKey());
        throw DeclException.config(
            manifest.file().toString(),
            (at == null ? "" : "line " + at[0] + ", column " + at[1] + ": ")
                + "unknown rule '"
                + e.getKey()
                + "'"
                + Suggestions.didYouMean(e.getKey(), Rules.ids())
                + "; decl check --list-rules lists them");
      }
      result.set(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (Rules.byId(e.getKey()).isEmpty()) {
        throw DeclException.usage(
            "--rule: unknown rule '"
                + e.getKey()
                + "'"
                + Suggestions.didYouMean(e.getKey(), Rules.ids())
                + "; decl check --list-rules lists them");
      }
      result.set(e.getKey(), e.getValue());
    }
    return result;
  }

  private void set(String rule, String label) {
    String level = label.strip().toLowerCase(Locale.ROOT);
    if (level.equals("off")) {
      levels.remove(rule);
    } else {
      try {
        levels.put(rule, Level.of(level));
      } catch (DeclException e) {
        throw DeclException.usage(
            "--rule " + rule + "=" + label + ": use off, info, warning or error");
      }
    }
  }

  /** The level of a rule in this run, or null when it is off. */
  public Level level(String rule) {
    return levels.get(rule);
  }

  public boolean on(String rule) {
    return levels.containsKey(rule);
  }
}
