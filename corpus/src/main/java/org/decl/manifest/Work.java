package org.decl.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.decl.LanguageTags;

/**
 * A declaration and its language versions.
 *
 * @param id its id in the corpus: lower-case letters, digits, dots, dashes, underscores
 * @param title its title, or null
 * @param original the language of the version the others are checked against, or null
 * @param versions its language versions
 */
public record Work(String id, String title, String original, List<Version> versions) {

  public Work {
    versions = List.copyOf(versions);
  }

  /** The version in a language, if there is one. */
  public Optional<Version> version(String lang) {
    return versions.stream().filter(v -> v.lang().equals(lang)).findFirst();
  }

  /**
   * The versions a language filter asks for ({@link LanguageTags#matches}: {@code zh} is every
   * {@code zh-*} version, {@code zh-Hant} only that one and its extensions), with the original they
   * are checked and aligned against, in manifest order; empty when the filters match none.
   *
   * @param filters canonical tags
   */
  public Optional<Work> withLanguages(List<String> filters) {
    List<String> tags = versions.stream().map(Version::lang).toList();
    List<String> kept = new ArrayList<>();
    for (String tag : tags) {
      if (filters.stream().anyMatch(f -> LanguageTags.matches(f, tag))) {
        kept.add(tag);
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Version first = originalVersion();
    return Optional.of(
        new Work(
            id,
            title,
            original,
            versions.stream().filter(v -> v == first || kept.contains(v.lang())).toList()));
  }

  /** The original version: the one named by {@code original}, else the first. */
  public Version originalVersion() {
    return original == null ? versions.get(0) : version(original).orElse(versions.get(0));
  }
}
