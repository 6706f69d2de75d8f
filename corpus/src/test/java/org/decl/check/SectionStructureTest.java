package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decl.extract.ExtractOptions;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The section-structure finding on the test kit's declaration, English the original: each section
 * that differs is named once, a long list is cut after five with how many more there are. The rules
 * that would explain the change clause by clause are off, so that the structure is reported.
 */
class SectionStructureTest {

  @TempDir static Path corpus;

  /** The section-structure findings of the corpus, as {@code lang clause: message}. */
  private static List<String> findings;

  @BeforeAll
  static void checkTheCorpus() throws IOException {
    // without its article headings, the Arabic articles are no longer sections art1 to art15
    write("ar/ar.txt", withoutHeadings("ar", "art"));
    write("zh-Hans/zh-Hans.txt", withoutHeadings("zh-Hans", "1."));
    StringBuilder yaml = new StringBuilder("works:\n");
    for (String lang : List.of("ar", "zh-Hans")) {
      write(lang + "/en.txt", Declarations.paragraphs(Declarations.declaration("en")));
      yaml.append("  - id: ").append(lang).append("\n    original: en\n    versions:\n");
      yaml.append("      - {lang: en, path: ").append(lang).append("/en.txt}\n");
      yaml.append("      - {lang: ").append(lang).append(", path: ").append(lang).append("/");
      yaml.append(lang).append(".txt}\n");
    }
    yaml.append("rules:\n");
    for (String rule :
        List.of("missing-clause", "extra-clause", "merged-clauses", "split-clause")) {
      yaml.append("  ").append(rule).append(": off\n");
    }
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    Manifest manifest = ManifestReader.read(corpus);
    CorpusChecker.Options options =
        new CorpusChecker.Options(
            RuleLevels.of(manifest, Map.of()), 2, false, "test", ExtractOptions.defaults(), null);
    findings =
        new CorpusChecker(manifest, options)
            .check(manifest, CorpusChecker.Listener.NONE).findings().stream()
                .filter(f -> f.rule().equals(Rules.SECTION_STRUCTURE))
                .map(f -> f.lang() + " " + f.clause() + ": " + f.message())
                .toList();
  }

  @Test
  void namesEachMissingSectionOnceAndCutsALongList() {
    assertEquals(
        List.of(
            "ar 2: sections differ from the original (en): missing art1, art2, art3, art4, art5 …"
                + " and 10 more; not in the original 3, 4, 5, 6, 7 … and 1 more"),
        findings.stream().filter(f -> f.startsWith("ar ")).toList());
  }

  @Test
  void namesASectionThatLostItsHeading() {
    assertEquals(
        List.of(
            "zh-Hans 1: sections differ from the original (en): without the original's heading 1"),
        findings.stream().filter(f -> f.startsWith("zh-Hans ")).toList());
  }

  /** The version's paragraphs without the headings whose id starts with a prefix. */
  private static List<String> withoutHeadings(String lang, String prefix) {
    List<String> kept = new ArrayList<>();
    for (Declarations.Unit unit : Declarations.declaration(lang)) {
      if (!(unit.heading() && unit.id().startsWith(prefix))) {
        kept.add(unit.text());
      }
    }
    return kept;
  }

  private static void write(String path, List<String> paragraphs) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n\n", paragraphs) + "\n");
  }
}
