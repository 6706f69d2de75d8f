package org.decl.check;

import org.decl.Level;

/**
 * A check: its id (as in corpus.yaml {@code rules:} and {@code --rule}), the level it reports at
 * unless told otherwise, what it looks for in one line, and the group it belongs to in the docs.
 *
 * @param id kebab-case, stable: CI configurations and baselines name it
 * @param level the default level
 * @param group files, text, language, structure, content or corpus
 * @param description one line for {@code decl check --list-rules}
 * @param translation whether its findings come from decl diff's translation check
 */
public record Rule(String id, Level level, String group, String description, boolean translation) {

  /** One of decl check's own rules. */
  public Rule(String id, Level level, String group, String description) {
    this(id, level, group, description, false);
  }

  /** Where the rule is documented, with an example. */
  public String docs() {
    return "docs/check.md#" + id;
  }
}
