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

  /**
   * Where the rule is documented, with an example: a page of decl's docs/ and its section. decl
   * check's own rules have a section each in check.md; the translation rules a row of the table in
   * diff.md.
   */
  public String docs() {
    return translation ? "diff.md#translation-check" : "check.md#" + id;
  }

  /**
   * The rule's id as a name in UpperCamelCase ({@code NumberMismatch}), as SARIF viewers show it.
   */
  public String name() {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
