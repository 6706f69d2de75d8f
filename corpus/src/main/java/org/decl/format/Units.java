package org.decl.format;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;

/** What the writers say about a version and about the units of a row in it. */
final class Units {

  private Units() {}

  /**
   * The canonical language tag of a version, or a usage error when it has none or an invalid one:
   * TMX and XLIFF tell versions apart by language.
   */
  static String lang(ClauseDocument version, String format) {
    if (version.lang() == null || version.lang().isBlank()) {
      throw DeclException.usage(
          format + " needs the language of every version, and " + version.path() + " has none");
    }
    try {
      return LanguageTags.canonical(version.lang());
    } catch (IllegalArgumentException e) {
      throw DeclException.usage(version.path() + ": " + e.getMessage());
    }
  }

  /** The structural ids of units, space-separated: {@code art1.2 art1.3}; null if none. */
  static String ids(ClauseDocument version, List<Integer> units) {
    return joined(units.stream().map(n -> version.units().get(n - 1).id()).toList());
  }

  /** The printed labels of units, space-separated; null if none has one. */
  static String labels(ClauseDocument version, List<Integer> units) {
    return joined(
        units.stream()
            .map(n -> version.units().get(n - 1).label())
            .filter(Objects::nonNull)
            .toList());
  }

  /** The ordinals of units, space-separated: {@code 12 13}; null if none. */
  static String ns(List<Integer> units) {
    return joined(units.stream().map(String::valueOf).toList());
  }

  /** The unit of a version by its ordinal. */
  static Clause unit(ClauseDocument version, int n) {
    return version.units().get(n - 1);
  }

  /** A score as written in every format: two decimals, a dot. */
  static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  private static String joined(List<String> parts) {
    return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(" "));
  }
}
