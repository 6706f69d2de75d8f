package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test kit's declaration in every one of its languages (47, every script), as one work whose
 * original is English: the corpus checks clean, and every clause of every version is shown beside
 * its own English clause.
 */
class ManyLanguagesCorpusTest {

  @TempDir static Path corpus;

  private static List<String> langs;

  @BeforeAll
  static void writeCorpus() throws IOException {
    langs = Declarations.languages();
    StringBuilder yaml =
        new StringBuilder("works:\n  - id: open-gov\n    original: en\n    versions:\n");
    Files.createDirectories(corpus.resolve("open-gov"));
    for (String lang : langs) {
      String text = Declarations.text(Declarations.declaration(lang));
      Files.writeString(corpus.resolve("open-gov/" + lang + ".txt"), text, StandardCharsets.UTF_8);
      yaml.append("      - {lang: ")
          .append(lang)
          .append(", path: open-gov/")
          .append(lang)
          .append(".txt}\n");
    }
    Files.writeString(corpus.resolve("corpus.yaml"), yaml, StandardCharsets.UTF_8);
  }

  @Test
  void aFaithfulCorpusInEveryScriptChecksWithoutErrorsOrWarnings() {
    Decl.Run run = Decl.run("check", "--fail-on", "warning", corpus.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out().contains(langs.size() + " files checked: 0 errors, 0 warnings"), run.out());
  }

  @Test
  void everyClauseIsShownBesideItsOwnOriginal() throws IOException {
    assertEquals(0, Decl.run("index", "-q", corpus.toString()).exitCode());

    Decl.Run run =
        Decl.run(
            "search",
            "--index",
            corpus.resolve(".decl/index").toString(),
            "--show",
            "en",
            "--format",
            "jsonl",
            "--limit",
            "0",
            "*");

    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper json = new ObjectMapper();
    List<String> wrong = new ArrayList<>();
    int hits = 0;
    for (String line : run.out().strip().split("\n")) {
      JsonNode hit = json.readTree(line);
      if (hit.get("lang").asText().equals("en")) {
        continue;
      }
      hits++;
      JsonNode en = hit.get("translations").get("en");
      if (en == null || en.isNull() || !en.get("id").asText().equals(hit.get("id").asText())) {
        wrong.add(hit.get("lang").asText() + " " + hit.get("id").asText() + " -> " + en);
      }
    }
    assertEquals((langs.size() - 1) * 65, hits);
    assertEquals(List.of(), wrong);
  }
}
