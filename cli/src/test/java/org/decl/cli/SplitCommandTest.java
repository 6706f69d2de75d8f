package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decl split, run as a user runs it. */
class SplitCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = Repo.file("examples/paris-2016/fr.txt").toString();

  @TempDir Path dir;

  @Test
  void printsEachUnitWithItsId() {
    Decl.Run run = Decl.run("split", SEED);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(27, run.outLines().size());
    assertEquals("0.1   DECLARATION DE PARIS", run.outLines().get(0));
    assertTrue(
        run.outLines().get(14).startsWith("2.7   Nous soutiendrons et diversifierons le réseau"));
    assertEquals("3.0   ACTIONS COLLECTIVES POUR UN GOUVERNEMENT OUVERT", run.outLines().get(23));
  }

  @Test
  void printsTheJsonlFieldsOfTheDesignBriefThenTheRole() throws IOException {
    Decl.Run run = Decl.run("split", "--format", "jsonl", "--lang", "fr", SEED);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode unit = JSON.readTree(run.outLines().get(14));
    List<String> fields = new ArrayList<>();
    unit.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("doc", "lang", "n", "id", "kind", "label", "text", "role"), fields);
    assertEquals(15, unit.get("n").asInt());
    assertEquals("2.7", unit.get("id").asText());
    assertEquals("clause", unit.get("kind").asText());
    assertTrue(unit.get("label").isNull());
    assertEquals("commitment", unit.get("role").asText());
  }

  @Test
  void writesAYamlFileAPersonCanReview() throws IOException {
    Decl.Run run =
        Decl.run("split", "--format", "yaml", "--lang", "fr", "-o", dir.toString(), SEED);

    assertEquals(0, run.exitCode(), run.err());
    String yaml = Files.readString(dir.resolve("fr.yaml"));
    assertTrue(yaml.contains("    id: \"2.7\"\n    kind: clause\n    role: commitment\n"), yaml);
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    assertEquals("fr", doc.get("lang").asText());
    assertEquals(27, doc.get("units").size());
  }

  @Test
  void cutsClausesIntoSentences() {
    Decl.Run run = Decl.run("split", "--unit", "sentence", "--format", "tsv", "--lang", "fr", SEED);

    assertEquals(0, run.exitCode(), run.err());
    List<String> ids = run.outLines().stream().map(l -> l.split("\t")[3]).toList();
    assertTrue(ids.contains("2.4.1") && ids.contains("2.4.2"), ids.toString());
    assertTrue(ids.contains("3.2.3"), ids.toString());
  }

  @Test
  void readsArticlesFromStandardInput() {
    byte[] text =
        "Article 1\n\n1. Everyone has the right to information.\n\n2. States shall:\n\n(a) publish;\n\n(b) explain.\n"
            .getBytes(StandardCharsets.UTF_8);

    Decl.Run run = Decl.runWithInput(text, "split", "--format", "tsv", "--lang", "en", "-");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "-\ten\t1\tart1\theading\tArticle 1\tArticle 1",
            "-\ten\t2\tart1.1\tclause\t1.\tEveryone has the right to information.",
            "-\ten\t3\tart1.2\tclause\t2.\tStates shall:",
            "-\ten\t4\tart1.2.a\tclause\t(a)\tpublish;",
            "-\ten\t5\tart1.2.b\tclause\t(b)\texplain."),
        run.outLines());
  }

  @Test
  void splitsTheRestOfTheBatchWhenOneFileFails() {
    Decl.Run run = Decl.run("split", "no-such.pdf", SEED);

    assertEquals(1, run.exitCode());
    assertEquals(List.of("decl: no-such.pdf: no such file"), run.errLines());
    assertTrue(run.out().contains("==> " + SEED + " <=="), run.out());
  }

  @Test
  void rejectsAnUnknownUnitAsAUsageError() {
    Decl.Run run = Decl.run("split", "--unit", "word", SEED);

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "decl: Invalid value for option '--unit': expected one of [clause, sentence]"),
        run.err());
  }

  @Test
  void rejectsAnUnknownFormatAsAUsageError() {
    Decl.Run run = Decl.run("split", "--format", "json", SEED);

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("expected one of [text, jsonl, tsv, yaml]"), run.err());
  }
}
