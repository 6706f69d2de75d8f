package org.decl.check;

import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;

/**
 * What decl check needs of one version, and all that its cache keeps: the split clauses, the
 * extraction's warnings, the detected language; or why the file could not be read.
 *
 * @param key what the content was read from: content hash, tool version, options
 * @param mediaType the file's media type, or null when it could not be read
 * @param pages its number of pages
 * @param detected the detected language (BCP 47), {@code und} when it cannot be told
 * @param confidence the detector's confidence
 * @param letters how many letters the detection saw
 * @param warnings extraction warnings
 * @param units headings and clauses in document order
 * @param damage the damage found in the units' text, worked out once when the version is read
 * @param translationKey what {@code translation} was worked out from (see {@link
 *     Translations#key}), or null
 * @param translation the findings of the translation check against the work's original
 * @param failure why the file could not be read, or null
 * @param failureRule the rule a failure breaks ({@link Rules#UNREADABLE_FILE} or {@link
 *     Rules#NO_TEXT_LAYER}), or null
 */
public record VersionText(
    String key,
    String mediaType,
    int pages,
    String detected,
    double confidence,
    int letters,
    List<String> warnings,
    List<Clause> units,
    List<Damage> damage,
    String translationKey,
    List<Translated> translation,
    String failure,
    String failureRule) {

  /**
   * Damage in one unit's text.
   *
   * @param rule the rule it breaks
   * @param unit the unit's index in {@link #units()}, or -1 for damage of the whole document
   * @param message what to say
   */
  public record Damage(String rule, int unit, String message) {}

  /**
   * A finding of decl diff's translation check.
   *
   * @param rule its rule
   * @param clause the clause id it names
   * @param unit the index in {@link #units()} of the first unit of this version concerned, or -1
   *     when none is (a clause of the original missing here)
   * @param message what to say
   */
  public record Translated(String rule, String clause, int unit, String message) {}

  public VersionText {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    units = units == null ? List.of() : List.copyOf(units);
    damage = damage == null ? List.of() : List.copyOf(damage);
    translation = translation == null ? List.of() : List.copyOf(translation);
  }

  /** The same version with the findings of its translation check. */
  VersionText withTranslation(String key, List<Translated> findings) {
    return new VersionText(
        this.key,
        mediaType,
        pages,
        detected,
        confidence,
        letters,
        warnings,
        units,
        damage,
        key,
        findings,
        failure,
        failureRule);
  }

  static VersionText failed(String key, String rule, String why) {
    return new VersionText(
        key, null, 0, "und", 0, 0, List.of(), List.of(), List.of(), null, List.of(), why, rule);
  }

  boolean readable() {
    return failure == null;
  }

  /** The version as a clause document, for alignment and diff. */
  public ClauseDocument document(String path, String lang) {
    return new ClauseDocument(path, mediaType, lang, units, warnings);
  }
}
