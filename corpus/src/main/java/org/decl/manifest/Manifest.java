package org.decl.manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.decl.LanguageTags;

/**
 * A corpus: its corpus.yaml, read and checked.
 *
 * @param file the manifest file
 * @param root the folder it describes; every version lies inside it
 * @param works the works, in manifest order
 * @param glossary terms that must correspond: one map per entry, language to term
 * @param rules check levels set for rules, rule id to level, in manifest order
 * @param ruleLines where each rule's level is set, for messages
 */
public record Manifest(
    Path file,
    Path root,
    List<Work> works,
    List<Map<String, String>> glossary,
    Map<String, String> rules,
    Map<String, int[]> ruleLines) {

  public Manifest {
    works = List.copyOf(works);
    glossary = List.copyOf(glossary);
  }

  /** The language tags of the versions, each once, in manifest order. */
  public List<String> languages() {
    return works.stream()
        .flatMap(w -> w.versions().stream())
        .map(Version::lang)
        .distinct()
        .toList();
  }

  /**
   * The corpus cut down to the versions a language filter asks for, each work with its original
   * (see {@link Work#withLanguages}); works without such a version are left out.
   *
   * @param filters canonical tags
   * @throws LanguageTags.UnmatchedException for a filter that matches no version of any work
   */
  public Manifest withLanguages(List<String> filters) {
    LanguageTags.select(filters, languages());
    List<Work> kept = new ArrayList<>();
    for (Work work : works) {
      work.withLanguages(filters).ifPresent(kept::add);
    }
    return new Manifest(file, root, kept, glossary, rules, ruleLines);
  }

  public Optional<Work> work(String id) {
    return works.stream().filter(w -> w.id().equals(id)).findFirst();
  }
}
