package org.decl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.decl.check.Rule;
import org.decl.check.RuleLevels;

/**
 * What {@code decl check --explain RULE} prints, taken from the rule's documentation (check.md and
 * diff.md, which the build puts in the jar) so that the docs and the command say the same.
 */
final class RuleDocs {

  private RuleDocs() {}

  /**
   * The explanation of a rule: what it finds, its levels, an example, how to change or silence it.
   */
  static String explain(Rule rule, RuleLevels levels) {
    StringBuilder s = new StringBuilder();
    s.append(rule.id())
        .append(" (")
        .append(rule.level().label())
        .append(" by default; ")
        .append(rule.group())
        .append(")\n")
        .append(rule.description())
        .append("\n\n");
    Optional<String> section = rule.translation() ? tableRow(rule.id()) : section(rule.id());
    section.ifPresent(text -> s.append(text.strip()).append("\n\n"));
    var level = levels.level(rule.id());
    s.append("Level in this run: ").append(level == null ? "off" : level.label()).append(".\n");
    s.append("Set it for one run with --rule ")
        .append(rule.id())
        .append("=LEVEL (off, info, warning or error), or for the corpus in corpus.yaml:\n")
        .append("    rules:\n      ")
        .append(rule.id())
        .append(": off\n");
    s.append("Documentation: docs/").append(rule.docs()).append('\n');
    return s.toString();
  }

  /** The text under check.md's {@code #### RULE} heading, up to the next heading. */
  static Optional<String> section(String id) {
    List<String> lines = page("check.md");
    int start = lines.indexOf("#### " + id);
    if (start < 0) {
      return Optional.empty();
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      body.add(line);
    }
    return Optional.of(String.join("\n", body));
  }

  /** A translation rule's row of diff.md's table, as "Finds: … Example: …". */
  static Optional<String> tableRow(String id) {
    for (String line : page("diff.md")) {
      if (line.startsWith("| `" + id + "` |")) {
        String[] cells = line.split("\\|");
        String finds = cells.length > 3 ? cells[3].strip() : "";
        String example = cells.length > 4 ? cells[4].strip() : "";
        return Optional.of(
            "Finds: " + finds + "." + (example.isEmpty() ? "" : "\nExample: " + example));
      }
    }
    return Optional.empty();
  }

  private static List<String> page(String name) {
    try (InputStream in = RuleDocs.class.getResourceAsStream("docs/" + name)) {
      if (in == null) {
        throw new IllegalStateException("docs/" + name + " is missing from the decl jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The default base URL of the documentation: the docs/ folder of the decl checkout or
   * installation this jar belongs to (cli/target/decl.jar: the checkout's docs/; PREFIX/share/decl:
   * PREFIX/share/doc/decl/), as a file URI; null when there is none.
   */
  static String localDocsUrl() {
    try {
      Path code =
          Path.of(RuleDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = code.getParent();
      for (Path candidate : List.of(dir.resolve("../../docs"), dir.resolve("../doc/decl"))) {
        if (Files.isRegularFile(candidate.resolve("check.md"))) {
          String uri = candidate.toAbsolutePath().normalize().toUri().toASCIIString();
          return uri.endsWith("/") ? uri : uri + "/";
        }
      }
      return null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
