package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.index.CorpusIndexer;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decl index and decl search, run as a researcher runs them: the bundled Paris corpus (French,
 * English PDF, Spanish DOCX, German) beside a second work in Russian, Greek (PDF), Arabic (DOCX)
 * and Chinese.
 */
class IndexAndSearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path corpus;

  private static String index;

  @BeforeAll
  static void indexTheCorpus() throws IOException {
    Path paris = corpus.resolve("paris-2016");
    Files.createDirectories(paris);
    Files.copy(Repo.file("examples/paris-2016/fr.txt"), paris.resolve("fr.txt"));
    Files.copy(Repo.file("examples/paris-2016/de.txt"), paris.resolve("de.txt"));
    MakeCorpus.generate(Repo.file("examples/sources/paris-2016"), paris);
    Path lisbon = corpus.resolve("lisbon-2021");
    Files.createDirectories(lisbon);
    Files.writeString(lisbon.resolve("ru.txt"), String.join("\n\n", Texts.paragraphs("ru")));
    Files.writeString(lisbon.resolve("zh.txt"), String.join("\n\n", Texts.paragraphs("zh")));
    PdfMaker.of(Texts.paragraphs("el")).write(lisbon.resolve("el.pdf"));
    DocxMaker.of(Texts.paragraphs("ar")).write(lisbon.resolve("ar.docx"));
    writeManifest(true);
    index = corpus.resolve(".decl/index").toString();

    Decl.Run run = Decl.run("index", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("8 added, 0 updated, 0 unchanged, 0 removed (8 versions"), run.err());
  }

  private static void writeManifest(boolean withGerman) throws IOException {
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        """
        works:
          - id: paris-2016
            original: fr
            versions:
              - {lang: fr, path: paris-2016/fr.txt}
              - {lang: en, path: paris-2016/en.pdf}
              - {lang: es, path: paris-2016/es.docx}
        """
            + (withGerman ? "      - {lang: de, path: paris-2016/de.txt}\n" : "")
            + """
          - id: lisbon-2021
            versions:
              - {lang: ru, path: lisbon-2021/ru.txt}
              - {lang: el, path: lisbon-2021/el.pdf}
              - {lang: ar, path: lisbon-2021/ar.docx}
              - {lang: zh, path: lisbon-2021/zh.txt}
        """);
  }

  private static List<JsonNode> search(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--index", index, "--format", "jsonl"));
    all.addAll(List.of(args));
    Decl.Run run = Decl.run(all.toArray(String[]::new));
    assertEquals(
        run.out().isEmpty() ? 1 : 0, run.exitCode(), "1 when nothing matches: " + run.err());
    List<JsonNode> hits = new ArrayList<>();
    for (String line : run.outLines()) {
      hits.add(JSON.readTree(line));
    }
    return hits;
  }

  private static List<String> texts(List<JsonNode> hits) {
    return hits.stream().map(h -> h.get("text").asText()).toList();
  }

  @Test
  void stemmingFindsInflectedFormsInEachLanguage() throws IOException {
    assertTrue(
        texts(search("--lang", "fr", "libertés")).stream().anyMatch(t -> t.contains("liberté d")));
    assertTrue(
        texts(search("--lang", "en", "freedoms")).stream().anyMatch(t -> t.contains("freedom of")));
    assertTrue(
        texts(search("--lang", "es", "libertad")).stream().anyMatch(t -> t.contains("libertades")));
    assertTrue(
        texts(search("--lang", "de", "Regierung")).stream()
            .anyMatch(t -> t.contains("Regierungen")));
    assertFalse(search("--lang", "ru", "управлением").isEmpty(), "Russian stem of управление");
  }

  @Test
  void aChinesePhraseIsFoundWithoutSpaces() throws IOException {
    List<JsonNode> hits = search("--lang", "zh", "\"开放政府\"");

    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).get("highlight").asText().contains("<em>开放政府</em>"), hits.toString());
  }

  @Test
  void theExactFieldFoldsCaseAndAccentsButDoesNotStem() throws IOException {
    assertTrue(
        texts(search("exact:LIBERTE")).stream().anyMatch(t -> t.contains("liberté d’expression")));
    assertTrue(search("exact:liberts").isEmpty());
  }

  @Test
  void showGivesTheAlignedClauseOfEachLanguage() throws IOException {
    JsonNode hit = search("--lang", "fr", "--show", "en,es", "--limit", "1", "libertés").get(0);

    JsonNode en = hit.get("translations").get("en");
    assertEquals(hit.get("id").asText(), en.get("id").asText());
    assertTrue(en.get("text").asText().startsWith("We will protect freedom of expression"));
    assertTrue(hit.get("translations").has("es"));
    assertFalse(hit.get("translations").has("de"));
  }

  @Test
  void showSaysWhereAVersionHasNoCounterpart(@TempDir Path copy) throws IOException {
    Path work = copy.resolve("c");
    copyTree(corpus, work);
    Path de = work.resolve("paris-2016/de.txt");
    List<String> paragraphs = new ArrayList<>(List.of(Files.readString(de).split("\n\\s*\n")));
    assertTrue(paragraphs.removeIf(p -> p.startsWith("In Anerkennung dessen, dass digitale")));
    Files.writeString(de, String.join("\n\n", paragraphs));
    Decl.Run indexed = Decl.run("index", work.toString());
    assertTrue(indexed.err().contains("1 updated, 7 unchanged"), indexed.err());
    String idx = work.resolve(".decl/index").toString();
    String[] query = {"search", "--index", idx, "--lang", "fr", "--limit", "1", "--show"};
    String recital = "\"Reconnaissant que les technologies\"";

    Decl.Run text = Decl.run(concat(query, "de,en", recital));
    Decl.Run jsonl = Decl.run(concat(query, "de,en", "--format", "jsonl", recital));
    Decl.Run tsv = Decl.run(concat(query, "de,en", "--format", "tsv", recital));
    Decl.Run ru = Decl.run(concat(query, "ru", recital));

    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("\n  de  (no counterpart in de)\n"), text.out());
    assertTrue(text.out().contains("\n  en  Recognizing that digital technologies"), text.out());
    JsonNode translations = JSON.readTree(jsonl.outLines().get(0)).get("translations");
    assertTrue(translations.has("de") && translations.get("de").isNull(), jsonl.out());
    assertEquals("1.4", translations.get("en").get("id").asText());
    assertTrue(translations.get("en").get("score").asDouble() > 0.3, jsonl.out());
    String[] columns = tsv.outLines().get(0).split("\t", -1);
    assertEquals(7 + 3 + 3, columns.length, tsv.out());
    assertEquals(List.of("", "", ""), List.of(columns).subList(7, 10), "no de counterpart");
    assertEquals("1.4", columns[10]);
    assertTrue(
        ru.out().contains("(no counterpart in ru)"), "a language the work lacks: " + ru.out());
    // the next recital is shown beside its own translation, not the one that took its place
    JsonNode next =
        JSON.readTree(
                Decl.run(
                        concat(
                            query,
                            "de",
                            "--format",
                            "jsonl",
                            "exact:redevabilite AND exact:standards"))
                    .outLines()
                    .get(0))
            .get("translations")
            .get("de");
    assertTrue(
        next.get("text").asText().startsWith("Entschlossen, in unseren Regierungen"),
        next.toString());
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void everyQueryFormWorks() throws IOException {
    assertFalse(search("--lang", "en", "\"open government\"").isEmpty(), "phrase");
    assertFalse(search("--lang", "en", "\"government open\"~3").isEmpty(), "proximity");
    assertFalse(search("--lang", "en", "transparen*").isEmpty(), "wildcard");
    assertFalse(search("--lang", "en", "goverment~1").isEmpty(), "fuzzy");
    int both = search("--limit", "0", "journalists OR periodistas").size();
    int en = search("--limit", "0", "journalists").size();
    assertTrue(both > en, "OR");
    assertTrue(
        texts(search("--lang", "en", "--limit", "0", "government NOT open")).stream()
            .noneMatch(t -> t.toLowerCase().matches(".*\\bopen\\b.*")),
        "NOT");
    assertTrue(
        search("--limit", "0", "lang:es AND transparencia").stream()
            .allMatch(h -> h.get("lang").asText().equals("es")),
        "field");
    assertTrue(
        search("--limit", "0", "--work", "lisbon-2021", "--kind", "heading", "*").stream()
            .allMatch(h -> h.get("kind").asText().equals("heading")),
        "work and kind filters");
  }

  @Test
  void optionsComeRepeatedOrCommaSeparatedAndTheNotesCanBeSilenced() {
    Decl.Run repeated =
        Decl.run("search", "--index", index, "--lang", "fr", "--lang", "en", "--limit", "1", "*");
    Decl.Run separated = Decl.run("search", "--index", index, "--lang=fr,en", "--limit=1", "*");
    Decl.Run quiet =
        Decl.run("search", "--index", index, "-q", "--lang", "fr,en", "--limit", "1", "*");

    assertEquals(0, repeated.exitCode(), repeated.err());
    assertEquals(repeated.out(), separated.out());
    assertTrue(repeated.err().contains("clauses match; the best 1 shown"), repeated.err());
    assertEquals(repeated.out(), quiet.out());
    assertEquals("", quiet.err());
  }

  @Test
  void colourIsAskedForOrLeftOut() {
    Decl.Run always = Decl.run("search", "--index", index, "--color", "always", "libertés");
    Decl.Run auto = Decl.run("search", "--index", index, "libertés");

    assertTrue(always.out().contains("\u001B[1m\u001B[31m"), always.out());
    assertFalse(auto.out().contains("\u001B["), auto.out());
    assertTrue(auto.out().contains("[liberté]"), auto.out());
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    Decl.Run limit = Decl.run("search", "--index", index, "--limit", "-1", "x");
    Decl.Run format = Decl.run("search", "--index", index, "--format", "xml", "x");
    Decl.Run typo = Decl.run("search", "--index", index, "--limt", "3", "x");
    Decl.Run noQuery = Decl.run("search", "--index", index);

    assertEquals(2, limit.exitCode());
    assertTrue(limit.err().contains("--limit must be 0 (all) or more"), limit.err());
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("text, jsonl, json, tsv, kwic"), format.err());
    assertEquals(2, typo.exitCode());
    assertTrue(typo.err().contains("Did you mean: --limit?"), typo.err());
    assertEquals(2, noQuery.exitCode());
    assertTrue(noQuery.err().contains("QUERY"), noQuery.err());
  }

  @Test
  void helpListsEveryOptionWithExamples() {
    Decl.Run run = Decl.run("search", "--help");

    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--index=DIR",
            "--lang=TAG",
            "--work=ID",
            "--kind=KIND",
            "--limit=N",
            "--show=LANGS",
            "--format=FORMAT",
            "--count",
            "--header",
            "-o, --output=FILE",
            "--color=WHEN",
            "-q, --quiet",
            "-v, --verbose",
            "-h, --help",
            "-V, --version",
            "Default: 10.",
            "Default: text.",
            "Exit codes (as grep's):",
            "decl search --format kwic 'transparen*'")) {
      assertTrue(run.out().contains(option), option + " in\n" + run.out());
    }
    assertTrue(Decl.run("search", "--version").out().startsWith("decl "));
  }

  @Test
  void aMalformedQueryIsAUsageErrorWithItsColumn() {
    Decl.Run run = Decl.run("search", "--index", index, "\"open government");

    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("column"), run.err());
  }

  @Test
  void withoutAnIndexItSaysHowToBuildOne(@TempDir Path empty) {
    Decl.Run run = Decl.run("search", "--index", empty.resolve("none").toString(), "liberté");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("decl index"), run.err());
  }

  @Test
  void countsHitsPerWorkAndLanguage() {
    Decl.Run run =
        Decl.run("search", "--index", index, "--count", "--format", "tsv", "transparen*");

    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = run.outLines();
    assertEquals(
        List.of("de", "en", "es", "fr"), rows.stream().map(r -> r.split("\t")[1]).toList());
    assertTrue(rows.stream().allMatch(r -> r.startsWith("paris-2016\t")), run.out());
    assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.split("\t")[2]) >= 5), run.out());
  }

  @Test
  void kwicLinesUpTheMatches() {
    Decl.Run run =
        Decl.run("search", "--index", index, "--format", "kwic", "--lang", "en", "transparency");

    assertEquals(0, run.exitCode(), run.err());
    List<Integer> columns = run.outLines().stream().map(l -> l.indexOf("[transparency")).toList();
    assertFalse(columns.isEmpty());
    assertTrue(columns.stream().distinct().count() == 1, run.out());
  }

  @Test
  void aSecondRunIndexesOnlyWhatChanged(@TempDir Path copy) throws IOException {
    Path work = copy.resolve("c");
    copyTree(corpus, work);
    String idx = work.resolve(".decl/index").toString();

    Decl.Run again = Decl.run("index", work.toString());
    assertTrue(again.err().contains("0 added, 0 updated, 8 unchanged, 0 removed"), again.err());

    Path de = work.resolve("paris-2016/de.txt");
    Files.writeString(
        de, Files.readString(de) + "\n\nEin neuer Absatz über Quellenoffenheitsprüfung.\n");
    Decl.Run changed = Decl.run("index", work.toString());
    assertTrue(changed.err().contains("0 added, 1 updated, 7 unchanged"), changed.err());
    assertTrue(changed.err().contains("updated  paris-2016/de"), changed.err());
    assertEquals(1, searchIn(idx, "Quellenoffenheitsprüfung").size());
    // the links are made again from the updated version and the unchanged ones alike
    Decl.Run shown =
        Decl.run(
            "search",
            "--index",
            idx,
            "--format",
            "jsonl",
            "--lang",
            "fr",
            "--show",
            "all",
            "--limit",
            "1",
            "libertés");
    JsonNode translations = JSON.readTree(shown.outLines().get(0)).get("translations");
    assertTrue(
        translations.has("en") && translations.has("es") && translations.has("de"), shown.out());

    Files.writeString(
        work.resolve("corpus.yaml"),
        Files.readString(work.resolve("corpus.yaml"))
            .replace("      - {lang: de, path: paris-2016/de.txt}\n", ""));
    Decl.Run removed = Decl.run("index", work.toString());
    assertTrue(removed.err().contains("7 unchanged, 1 removed"), removed.err());
    assertTrue(searchIn(idx, "Quellenoffenheitsprüfung").isEmpty());
  }

  @Test
  void anIndexAnOlderDeclWroteIsBuiltAnew(@TempDir Path copy) throws IOException {
    Path work = copy.resolve("c");
    copyTree(corpus, work);
    Path idx = work.resolve(".decl/index");
    deleteTree(idx);
    // an older layout: a field the current one indexes differently
    try (IndexWriter old =
        new IndexWriter(FSDirectory.open(idx), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document clause = new Document();
      clause.add(new StringField("type", "clause", Field.Store.NO));
      clause.add(new IntPoint("n", 1));
      old.addDocument(clause);
      old.setLiveCommitData(Map.of("decl", "decl-index-2").entrySet());
      old.commit();
    }

    Decl.Run run = Decl.run("index", work.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("8 added, 0 updated, 0 unchanged"), run.err());
    assertFalse(searchIn(idx.toString(), "libertés").isEmpty());
  }

  @Test
  void aSecondWriterIsToldTheIndexIsLocked(@TempDir Path copy) throws IOException {
    Path work = copy.resolve("c");
    copyTree(corpus, work);
    try (Extractor extractor = new Extractor(ExtractOptions.defaults());
        CorpusIndexer first = new CorpusIndexer(work.resolve(".decl/index"), extractor, 1)) {
      Decl.Run second = Decl.run("index", work.toString());

      assertEquals(2, second.exitCode());
      assertTrue(second.err().contains("index is locked"), second.err());
    }
  }

  @Test
  void aRunKilledMidWayLeavesTheLastIndexUsable(@TempDir Path copy) throws Exception {
    Path work = copy.resolve("c");
    copyTree(corpus, work);
    Path de = work.resolve("paris-2016/de.txt");
    StringBuilder longer = new StringBuilder(Files.readString(de));
    for (int i = 0; i < 100_000; i++) {
      longer.append("\n\nAbsatz ").append(i).append(" über Rechenschaft und Offenheit.");
    }
    Files.writeString(de, longer);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "index",
                "-j",
                "1",
                work.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread.sleep(3000); // started, reading and indexing the long version: not yet committed
    child.destroyForcibly().waitFor();

    Path idx = work.resolve(".decl/index");
    try (FSDirectory dir = FSDirectory.open(idx);
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean);
    }
    assertFalse(searchIn(idx.toString(), "Rechenschaftspflicht").isEmpty());
    Decl.Run resumed = Decl.run("index", work.toString());
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.err().contains("1 updated, 7 unchanged"), resumed.err());
  }

  private static List<JsonNode> searchIn(String idx, String query) throws IOException {
    Decl.Run run = Decl.run("search", "--index", idx, "--format", "jsonl", "--limit", "0", query);
    List<JsonNode> hits = new ArrayList<>();
    for (String line : run.outLines()) {
      hits.add(JSON.readTree(line));
    }
    return hits;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }
}
