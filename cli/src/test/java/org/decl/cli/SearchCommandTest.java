package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code decl search} prints, exactly, over an index built here of two works: a charter in
 * English (the original), French and three long tags, Traditional Chinese ({@code zh-Hant}),
 * Serbian in Latin script for Serbia ({@code sr-Latn-RS}) and German in the 1996 spelling ({@code
 * de-1996}); and a pact in English and French.
 */
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The charter's versions, the original first: a title and three articles each. */
  private static final Map<String, String> CHARTER = new LinkedHashMap<>();

  static {
    CHARTER.put("en", LanguageTagsCommandTest.VERSIONS.get("en"));
    CHARTER.put(
        "fr",
        """
        Charte des archives ouvertes

        Article 1
        Chacun a le droit de lire les archives publiques de la ville.

        Article 2
        La ville publie son budget chaque année.

        Article 3
        Chaque demande reçoit une réponse dans les trente jours.
        """);
    // the same texts as LanguageTagsCommandTest's, Serbian under a longer tag
    CHARTER.put("zh-Hant", LanguageTagsCommandTest.VERSIONS.get("zh-Hant"));
    CHARTER.put("sr-Latn-RS", LanguageTagsCommandTest.VERSIONS.get("sr-Latn"));
    CHARTER.put("de-1996", LanguageTagsCommandTest.VERSIONS.get("de-1996"));
  }

  @TempDir static Path corpus;

  private static String index;

  @BeforeAll
  static void indexTheCorpus() throws IOException {
    StringBuilder yaml = new StringBuilder("works:\n  - id: charter\n    original: en\n");
    yaml.append("    versions:\n");
    Files.createDirectories(corpus.resolve("charter"));
    for (Map.Entry<String, String> v : CHARTER.entrySet()) {
      Files.writeString(corpus.resolve("charter/" + v.getKey() + ".txt"), v.getValue());
      yaml.append("      - {lang: " + v.getKey() + ", path: charter/" + v.getKey() + ".txt}\n");
    }
    Files.createDirectories(corpus.resolve("pact"));
    Files.writeString(
        corpus.resolve("pact/en.txt"),
        "Budget Pact\n\nThe parties publish the budget of each year in open records.\n");
    Files.writeString(
        corpus.resolve("pact/fr.txt"),
        "Pacte budgétaire\n\nLes parties publient le budget de chaque année en archives"
            + " ouvertes.\n");
    yaml.append(
        """
          - id: pact
            original: en
            versions:
              - {lang: en, path: pact/en.txt}
              - {lang: fr, path: pact/fr.txt}
        """);
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    index = corpus.resolve(".decl/index").toString();

    Decl.Run run = Decl.run("index", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
  }

  private static Decl.Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index));
    all.addAll(List.of(args));
    return Decl.run(all.toArray(String[]::new));
  }

  @Test
  void showKeepsTheOrderAskedInEveryFormat() throws IOException {
    String[] asked = {"--lang", "en", "--work", "charter", "--show", "zh-Hant,fr,de-1996"};

    Decl.Run text = search(concat(asked, "budget"));
    Decl.Run jsonl = search(concat(asked, "--format", "jsonl", "budget"));
    Decl.Run json = search(concat(asked, "--format", "json", "budget"));
    Decl.Run tsv = search(concat(asked, "--format", "tsv", "--header", "budget"));
    Decl.Run kwic = search(concat(asked, "--format", "kwic", "budget"));

    assertEquals(
        """
        charter  en  art2.1
            The city publishes its [budget] every year.
          zh-Hant  本市每年公佈其預算。
          fr       La ville publie son budget chaque année.
          de-1996  Die Stadt veröffentlicht jedes Jahr ihren Haushalt.
        """,
        text.out());
    assertEquals(List.of("zh-Hant", "fr", "de-1996"), keys(jsonl.outLines().get(0)));
    assertEquals(List.of("zh-Hant", "fr", "de-1996"), keys(JSON.readTree(json.out()).get(0)));
    assertEquals(
        "work\tlang\tn\tid\tkind\tscore\ttext\tzh-Hant.id\tzh-Hant.score\tzh-Hant.text"
            + "\tfr.id\tfr.score\tfr.text\tde-1996.id\tde-1996.score\tde-1996.text",
        tsv.outLines().get(0));
    List<String> row = List.of(tsv.outLines().get(1).split("\t", -1));
    assertEquals("本市每年公佈其預算。", row.get(9));
    assertEquals("La ville publie son budget chaque année.", row.get(12));
    assertEquals("Die Stadt veröffentlicht jedes Jahr ihren Haushalt.", row.get(15));
    assertEquals(
        """
        charter en      art2.1                   The city publishes its [budget] every year.
                zh-Hant art2.1  本市每年公佈其預算。
                fr      art2.1  La ville publie son budget chaque année.
                de-1996 art2.1  Die Stadt veröffentlicht jedes Jahr ihren Haushalt.
        """,
        kwic.out());
  }

  private static List<String> keys(String jsonLine) throws IOException {
    return keys(JSON.readTree(jsonLine));
  }

  private static List<String> keys(JsonNode hit) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = hit.get("translations").fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  @Test
  void longTagsArePaddedSoTheColumnsLineUp() {
    Decl.Run text =
        search("--work", "charter", "--show", "en", "--lang", "sr,zh-Hant", "id:art2.1");
    Decl.Run kwic =
        search("--format", "kwic", "--lang", "sr-Latn-RS,en,zh-Hant", "budžet OR budget OR 預算");

    assertEquals(0, text.exitCode(), text.err());
    assertEquals(
        """
        charter  sr-Latn-RS  art2.1
            Grad svake godine objavljuje svoj budžet.
          en  The city publishes its budget every year.

        charter  zh-Hant     art2.1
            本市每年公佈其預算。
          en  The city publishes its budget every year.
        """,
        text.out());
    assertEquals(
        """
        charter zh-Hant    art2.1                            本市每年公佈其[預算]。
        charter sr-Latn-RS art2.1        Grad svake godine objavljuje svoj [budžet].
        pact    en         0.1                                             [Budget] Pact
        charter en         art2.1                   The city publishes its [budget] every year.
        pact    en         1.1                     The parties publish the [budget] of each year in open records.
        """,
        kwic.out());
  }

  @Test
  void aQueryOfFieldsOnlyShowsTheClauseInKwicAndText() {
    Decl.Run kwic = search("--format", "kwic", "id:art2.1 AND lang:fr");
    Decl.Run text = search("id:art2.1 AND lang:fr");

    assertEquals(0, kwic.exitCode(), kwic.err());
    assertEquals("charter fr art2.1  La ville publie son budget chaque année.\n", kwic.out());
    assertEquals("charter  fr  art2.1\n    La ville publie son budget chaque année.\n", text.out());
  }

  @Test
  void nothingMatchingExitsOneLikeGrep() throws IOException {
    Decl.Run text = search("--lang", "fr", "nulpart");
    Decl.Run json = search("--format", "json", "nulpart");
    Decl.Run jsonl = search("--format", "jsonl", "nulpart");
    Decl.Run count = search("--count", "--format", "tsv", "nulpart");
    Decl.Run countJson = search("--count", "--format", "json", "nulpart");
    Decl.Run found = search("--count", "--format", "tsv", "budget");

    for (Decl.Run run : List.of(text, json, jsonl, count, countJson)) {
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("", run.err(), "a script has the exit code");
    }
    assertEquals("", text.out());
    assertEquals("[]\n", json.out());
    assertEquals("", jsonl.out());
    assertEquals("", count.out());
    assertEquals("[]\n", countJson.out());
    assertEquals(0, found.exitCode(), found.err());
    // a person at a terminal is told
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context terminal =
        new Context(
            InputStream.nullInputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Terminal(false, true, 80, true));
    assertEquals(1, Main.run(terminal, "search", "--index", index, "nulpart"));
    assertEquals("No clause matches nulpart.\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void jsonIsOneArrayOfTheObjectsJsonlWrites() throws IOException {
    Decl.Run jsonl = search("--format", "jsonl", "--show", "fr", "--limit", "0", "budget");
    Decl.Run json = search("--format", "json", "--show", "fr", "--limit", "0", "budget");
    Decl.Run counts = search("--count", "--format", "json", "budget OR Haushalt");

    assertEquals(0, json.exitCode(), json.err());
    JsonNode array = JSON.readTree(json.out());
    assertTrue(array.isArray(), json.out());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : jsonl.outLines()) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(lines.size(), array.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(lines.get(i), array.get(i));
    }
    assertTrue(lines.size() >= 5, jsonl.out());
    JsonNode countArray = JSON.readTree(counts.out());
    assertTrue(countArray.isArray(), counts.out());
    assertEquals("charter", countArray.get(0).get("work").asText());
    assertEquals("de-1996", countArray.get(0).get("lang").asText());
    assertEquals(1, countArray.get(0).get("hits").asInt());
  }

  @Test
  void tsvHeaderNamesTheColumns() {
    Decl.Run counts =
        search("--count", "--format", "tsv", "--header", "budget OR budžet OR 預算 OR Haushalt");
    Decl.Run notTsv = search("--header", "budget");

    assertEquals(
        List.of(
            "work\tlang\thits",
            "charter\tde-1996\t1",
            "charter\ten\t1",
            "charter\tfr\t1",
            "charter\tsr-Latn-RS\t1",
            "charter\tzh-Hant\t1",
            "pact\ten\t2",
            "pact\tfr\t1"),
        counts.outLines());
    assertEquals(2, notTsv.exitCode());
    assertEquals("decl: --header goes with --format tsv\n", notTsv.err());
  }

  @Test
  void outputGoesToAFileWholeAndNeverOverTheIndex(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hits.json");
    Decl.Run shown = search("--format", "json", "--show", "en", "--lang", "fr", "budget");
    Decl.Run written =
        search("--format", "json", "--show", "en", "--lang", "fr", "-o", file.toString(), "budget");
    Path segments;
    try (Stream<Path> files = Files.list(Path.of(index))) {
      segments =
          files.filter(f -> f.getFileName().toString().startsWith("segments")).findFirst().get();
    }
    byte[] before = Files.readAllBytes(segments);
    Decl.Run overIndex = search("-o", segments.toString(), "budget");

    assertEquals(0, written.exitCode(), written.err());
    assertEquals("", written.out());
    assertEquals(shown.out(), Files.readString(file));
    assertEquals(2, overIndex.exitCode());
    assertEquals(1, overIndex.errLines().size(), overIndex.err());
    assertTrue(overIndex.err().contains("is an input of this command"), overIndex.err());
    assertArrayEquals(before, Files.readAllBytes(segments));
    assertFalse(search("budget").out().isEmpty(), "the index still opens");
  }

  @Test
  void queryErrorsAreOneLineWithA1BasedColumn() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("records)", "decl: bad query: unexpected ')' at column 8 of 'records)'");
    errors.put("AND records", "decl: bad query: unexpected 'AND' at column 1 of 'AND records'");
    errors.put("\"open records", "decl: bad query: unclosed quote at column 1 of '\"open records'");
    errors.put(
        "records /reco",
        "decl: bad query: unclosed regular expression (/) at column 9 of 'records /reco'");
    errors.put(
        "open AND",
        "decl: bad query: unexpected end of the query at column 9 of 'open AND' (a term, a"
            + " closing quote or a bracket is missing)");

    errors.forEach(
        (query, message) -> {
          Decl.Run run = search("--", query);
          assertEquals(2, run.exitCode(), query);
          assertEquals(message + "\n", run.err(), query);
        });
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }
}
