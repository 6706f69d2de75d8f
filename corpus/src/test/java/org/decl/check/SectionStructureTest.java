package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.extract.ExtractOptions;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The section-structure finding on the test kit's declaration, English the original: each section
 * that differs is named once, a long list is cut after five with how many more there are. The rules
 * that would explain the change clause by clause are off, so that the structure is reported.
 */
class SectionStructureTest {

  @TempDir Path corpus;

  @Test
  void namesEachMissingSectionOnceAndCutsALongList() throws IOException {
    // without its article headings, the Arabic articles are no longer sections art1 to art15
    List<String> messages = sectionStructure("ar", withoutHeadings("ar", "art"));

    assertEquals(
        List.of(
            "2: sections differ from the original (en): missing art1, art2, art3, art4, art5 … and"
                + " 10 more; not in the original 3, 4, 5, 6, 7 … and 1 more"),
        messages);
  }

  @Test
  void namesASectionThatLostItsHeading() throws IOException {
    List<String> messages = sectionStructure("zh-Hans", withoutHeadings("zh-Hans", "1."));

    assertEquals(
        List.of("1: sections differ from the original (en): without the original's heading 1"),
        messages);
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

  /** The section-structure findings of a corpus of the English original and this version. */
  private List<String> sectionStructure(String lang, List<String> paragraphs) throws IOException {
    Files.createDirectories(corpus.resolve("w"));
    Files.writeString(
        corpus.resolve("w/en.txt"),
        String.join("\n\n", Declarations.paragraphs(Declarations.declaration("en"))) + "\n");
    Files.writeString(corpus.resolve("w/" + lang + ".txt"), String.join("\n\n", paragraphs) + "\n");
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: w\n    original: en\n    versions:\n      - {lang: en, path: w/en.txt}\n"
            + "      - {lang: "
            + lang
            + ", path: w/"
            + lang
            + ".txt}\nrules:\n  missing-clause: off\n  extra-clause: off\n"
            + "  merged-clauses: off\n  split-clause: off\n");
    Manifest manifest = ManifestReader.read(corpus);
    CorpusChecker.Options options =
        new CorpusChecker.Options(
            RuleLevels.of(manifest, java.util.Map.of()),
            1,
            false,
            "test",
            ExtractOptions.defaults(),
            null);
    return new CorpusChecker(manifest, options)
        .check(manifest, CorpusChecker.Listener.NONE).findings().stream()
            .filter(f -> f.rule().equals(Rules.SECTION_STRUCTURE))
            .map(f -> f.clause() + ": " + f.message())
            .toList();
  }
}
