package org.decl.cli;

import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.manifest.Manifest;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * A {@code --lang} filter over a corpus's versions, matched as {@code decl search --lang} matches:
 * {@code zh} keeps every {@code zh-*} version, {@code zh-Hant} only that one and its extensions.
 */
final class LanguageFilter {

  private LanguageFilter() {}

  /** The corpus with only the versions the filters match (and their works' originals). */
  static Manifest apply(Manifest manifest, List<String> filters) {
    if (filters == null || filters.isEmpty()) {
      return manifest;
    }
    try {
      return manifest.withLanguages(canonical(filters));
    } catch (LanguageTags.UnmatchedException e) {
      throw DeclException.usage(
          "--lang "
              + e.filter()
              + ": no version in "
              + manifest.file()
              + "; it holds "
              + String.join(", ", manifest.languages()));
    }
  }

  /** The versions of a work the filters match, with its original. */
  static Work apply(Work work, List<String> filters) {
    if (filters == null || filters.isEmpty()) {
      return work;
    }
    List<String> tags = work.versions().stream().map(Version::lang).toList();
    try {
      List<String> asked = canonical(filters);
      LanguageTags.select(asked, tags);
      return work.withLanguages(asked).orElseThrow();
    } catch (LanguageTags.UnmatchedException e) {
      throw DeclException.usage(
          "--lang "
              + e.filter()
              + ": work '"
              + work.id()
              + "' has no version in it; it has "
              + String.join(", ", tags));
    }
  }

  private static List<String> canonical(List<String> tags) {
    List<String> out = new ArrayList<>();
    for (String tag : tags) {
      try {
        out.add(LanguageTags.canonical(tag));
      } catch (IllegalArgumentException e) {
        throw DeclException.usage("--lang: " + e.getMessage());
      }
    }
    return out;
  }
}
