package org.decl.manifest;

import java.util.List;
import java.util.Optional;

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

  /** The original version: the one named by {@code original}, else the first. */
  public Version originalVersion() {
    return original == null ? versions.get(0) : version(original).orElse(versions.get(0));
  }
}
