package org.decl.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  public Optional<Work> work(String id) {
    return works.stream().filter(w -> w.id().equals(id)).findFirst();
  }
}
