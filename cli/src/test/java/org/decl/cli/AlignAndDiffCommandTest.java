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
import org.decl.testkit.DocxMaker;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decl align and decl diff as a translator runs them: the bundled Paris versions side by side, a
 * whole work through its original, pre-segmented files scored against a reference, a translation
 * with a slip, two drafts of the same text, and the mistakes people make on the command line.
 */
class AlignAndDiffCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path corpus;

  private static String fr;
  private static String en;
  private static String ar;

  @BeforeAll
  static void copyTheCorpus() throws IOException {
    Path paris = corpus.resolve("paris-2016");
    Files.createDirectories(paris);
    Files.copy(Repo.file("examples/paris-2016/fr.txt"), paris.resolve("fr.txt"));
    Files.copy(Repo.file("examples/paris-2016/de.txt"), paris.resolve("de.txt"));
    Files.copy(Repo.file("examples/corpus.yaml"), corpus.resolve("corpus.yaml"));
    MakeCorpus.generate(Repo.file("examples/sources/paris-2016"), paris);
    fr = paris.resolve("fr.txt").toString();
    en = paris.resolve("en.pdf").toString();
    ar = corpus.resolve("ar.docx").toString();
    DocxMaker.of(Texts.paragraphs("ar")).write(Path.of(ar));
  }

  @Test
  void alignsTheEnglishPdfWithTheFrenchOriginalClauseByClause() throws IOException {
    Decl.Run run = Decl.run("align", "--format", "jsonl", fr, en);

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> beads = jsonLines(run.out());
    assertEquals(27, beads.size());
    for (int n = 1; n <= beads.size(); n++) {
      JsonNode bead = beads.get(n - 1);
      assertEquals(List.of(n), ints(bead.get("source")));
      assertEquals(List.of(n), ints(bead.get("target")));
      assertTrue(bead.get("score").asDouble() > 0.2, bead.toString());
    }
    assertEquals("PARIS DECLARATION", beads.get(0).get("targetText").asText());
  }

  @Test
  void alignsEveryVersionOfAWorkThroughItsOriginal() throws IOException {
    Decl.Run run =
        Decl.run("align", "--work", "paris-2016", "--format", "jsonl", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> rows = jsonLines(run.out());
    assertEquals(27, rows.size());
    for (int n = 1; n <= rows.size(); n++) {
      JsonNode row = rows.get(n - 1).get("versions");
      assertEquals(List.of("fr", "en", "es", "de"), fieldNames(row));
      for (String lang : List.of("fr", "en", "es", "de")) {
        assertEquals(List.of(n), ints(row.get(lang).get("n")), lang + " row " + n);
      }
    }
  }

  @Test
  void aMergeInOneVersionMergesNoOtherVersionsRows() throws IOException {
    List<String> merged = new ArrayList<>(Texts.paragraphs("ar"));
    merged.set(5, merged.get(5) + " " + merged.remove(6)); // two recitals in one
    List<String> files = new ArrayList<>(List.of("align"));
    for (String lang : List.of("fr", "ru", "el")) {
      files.add(
          write("four-" + lang + ".txt", String.join("\n\n", Texts.paragraphs(lang))).toString());
    }
    files.add(write("four-ar.txt", String.join("\n\n", merged)).toString());
    List<String> jsonl = new ArrayList<>(files);
    jsonl.addAll(1, List.of("--format", "jsonl"));

    Decl.Run rows = Decl.run(jsonl.toArray(String[]::new));
    Decl.Run text = Decl.run(files.toArray(String[]::new));

    assertEquals(0, rows.exitCode(), rows.err());
    List<JsonNode> lines = jsonLines(rows.out());
    assertEquals(20, lines.size(), "a row per unit of the original");
    for (int n = 1; n <= lines.size(); n++) {
      JsonNode row = lines.get(n - 1).get("versions");
      for (String lang : List.of("fr", "ru", "el")) {
        assertEquals(List.of(n), ints(row.get(lang).get("n")), lang + " row " + n);
      }
    }
    JsonNode arabic = lines.get(6).get("versions").get("ar");
    assertTrue(arabic.get("merged").asBoolean(), arabic.toString());
    assertEquals(List.of(), ints(arabic.get("n")));
    assertEquals(List.of(6), ints(lines.get(5).get("versions").get("ar").get("n")));
    assertTrue(text.out().contains("(merged above)"), text.out());
  }

  @Test
  void printsTheVersionsSideBySide() throws IOException {
    Path lisbon = write("lisbon-fr.txt", String.join("\n\n", Texts.paragraphs("fr")));
    Decl.Run run = Decl.run("align", lisbon.toString(), ar);

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertTrue(lines.get(0).matches(" +fr .*lisbon-fr\\.txt +ar .*ar\\.docx"), lines.get(0));
    String firstRow = lines.get(2);
    assertTrue(firstRow.matches(" +\\d\\.\\d\\d 0\\.1 +0\\.1"), firstRow);
  }

  @Test
  void scoresPreSegmentedFilesAgainstAReference() throws IOException {
    Path source = write("source.txt", String.join("\n", Texts.paragraphs("fr")) + "\n");
    Path target = write("target.txt", String.join("\n\n", Texts.paragraphs("ru")) + "\n");
    List<String> gold = new ArrayList<>();
    for (int n = 1; n <= Texts.paragraphs("fr").size(); n++) {
      gold.add("{\"source\": [" + n + "], \"target\": [" + n + "]}");
    }
    Path reference = write("gold.jsonl", String.join("\n", gold) + "\n");

    Decl.Run run =
        Decl.run(
            "align",
            "--segmented",
            "--gold",
            reference.toString(),
            source.toString(),
            target.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "21 beads against 21 in " + reference + " (units without counterpart left out)",
            "strict  precision 1.000  recall 1.000  F1 1.000",
            "lax     precision 1.000  recall 1.000  F1 1.000"),
        run.outLines());
  }

  @Test
  void refusesAReferenceThatDoesNotFitTheDocuments() throws IOException {
    Path source = write("short.txt", "Un.\nDeux.\n");
    Path target = write("court.txt", "One.\nTwo.\n");
    Path reference =
        write(
            "wrong.jsonl",
            "{\"source\": [1], \"target\": [1]}\n{\"source\": [2], \"target\": [9]}\n");

    Decl.Run run =
        Decl.run(
            "align",
            "--segmented",
            "--gold",
            reference.toString(),
            source.toString(),
            target.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "decl: "
                + reference
                + ":2: target unit 9 does not exist: "
                + target
                + " has units 1 to 2 (does the gold file belong to these documents?)"),
        run.errLines());
  }

  @Test
  void alignsWithAUsersDictionaryAndNamesItsBadLine() throws IOException {
    Path source = write("dict-source.txt", "Le chat dort.\nLe chien aboie.\n");
    Path target = write("dict-target.txt", "The cat sleeps.\nThe dog barks.\n");
    Path good = write("fr-en.tsv", "# French to English\nchat\tcat\nchien\tdog\t0.9\n");
    Path bad = write("bad.tsv", "chat\tcat\nchien dog\n");

    Decl.Run run =
        Decl.run(
            "align",
            "--segmented",
            "--format",
            "tsv",
            "--dictionary",
            good.toString(),
            source.toString(),
            target.toString());
    Decl.Run refused =
        Decl.run(
            "align",
            "--segmented",
            "--dictionary",
            bad.toString(),
            source.toString(),
            target.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, run.outLines().size());
    assertEquals(2, refused.exitCode());
    assertEquals(
        List.of("decl: " + bad + ":2: expected: source word, tab, target word[, tab, weight]"),
        refused.errLines());
  }

  @Test
  void namesTheFileItCannotRead() {
    Decl.Run run = Decl.run("align", fr, corpus.resolve("missing.pdf").toString());

    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains("missing.pdf"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void alignsSentencesWithinClauses() throws IOException {
    Decl.Run run = Decl.run("align", "--unit", "sentence", "--format", "tsv", fr, en);

    assertEquals(0, run.exitCode(), run.err());
    String twoSentences =
        run.outLines().stream()
            .filter(l -> l.contains("Nous avons rejoint"))
            .findFirst()
            .orElseThrow();
    assertTrue(twoSentences.split("\t")[4].startsWith("We joined"), twoSentences);
  }

  @Test
  void reportsAChangedNumberInATranslation() throws IOException {
    String text =
        Files.readString(Repo.file("examples/sources/paris-2016/en.txt"), StandardCharsets.UTF_8);
    // five written 5 is the same number as the original's cinq; 6 is another
    Path altered =
        write("en-altered.txt", text.replace("over the next five years", "over the next 6 years"));

    Decl.Run run =
        Decl.run("diff", "--format", "jsonl", "--langs", "fr,en", fr, altered.toString());

    assertEquals(1, run.exitCode(), run.err());
    List<JsonNode> findings = jsonLines(run.out());
    assertEquals(1, findings.size(), run.out());
    assertEquals("number-mismatch", findings.get(0).get("rule").asText());
    assertEquals("error", findings.get(0).get("level").asText());
    assertEquals("2.3", findings.get(0).get("clause").asText());
  }

  @Test
  void countsOneFindingInTheSingular() throws IOException {
    String text =
        Files.readString(Repo.file("examples/sources/paris-2016/en.txt"), StandardCharsets.UTF_8);
    Path altered =
        write("en-one.txt", text.replace("over the next five years", "over the next 6 years"));

    Decl.Run run = Decl.run("diff", "--langs", "fr,en", fr, altered.toString());

    assertEquals(1, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals(
        altered + " against " + fr + ": 1 error, 0 warnings, 0 notes", lines.get(lines.size() - 1));
  }

  @Test
  void checksTheBundledTranslationsClean() {
    Decl.Run run = Decl.run("diff", "--corpus", corpus.toString(), fr, en);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(en + " against " + fr + ": 0 errors, 0 warnings, 0 notes"), run.outLines());
  }

  @Test
  void showsTheWordsThatChangedBetweenTwoDrafts() throws IOException {
    String text = Files.readString(Path.of(fr), StandardCharsets.UTF_8);
    Path draft = write("fr-draft2.txt", text.replace("Nous réitérons", "Nous réaffirmons"));

    Decl.Run run = Decl.run("diff", fr, draft.toString());
    Decl.Run strict = Decl.run("diff", "--fail-on", "info", fr, draft.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("clause-changed 2.1  n [9] → [9]", run.outLines().get(0));
    assertTrue(
        run.outLines().get(1).startsWith("    Nous [-réitérons-]{+réaffirmons+} notre"), run.out());
    assertEquals(1, strict.exitCode());
  }

  @Test
  void refusesATranslationCheckBetweenTwoFilesInOneLanguage() {
    Decl.Run run = Decl.run("diff", "--mode", "translation", "--lang", "fr", fr, fr);

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "decl: both documents are in fr: a translation check compares two languages; give the"
                + " right ones with --langs, or compare the drafts with --mode revision"),
        run.errLines());
  }

  @Test
  void refusesAScoreOutsideZeroToOne() {
    Decl.Run run = Decl.run("align", "--min-score", "3", fr, en);

    assertEquals(2, run.exitCode());
    assertEquals(List.of("decl: --min-score must be between 0 and 1"), run.errLines());
  }

  @Test
  void writesATranslationMemoryForCatTools() throws Exception {
    Path tmx = corpus.resolve("out/paris.tmx");

    Decl.Run run = Decl.run("align", "--format", "tmx", "-o", tmx.toString(), fr, en);

    assertEquals(0, run.exitCode(), run.err());
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = factory.newDocumentBuilder().parse(tmx.toFile());
    assertEquals(27, doc.getElementsByTagName("tu").getLength());
    assertEquals(
        "fr",
        doc.getElementsByTagName("header")
            .item(0)
            .getAttributes()
            .getNamedItem("srclang")
            .getNodeValue());
  }

  @Test
  void refusesXliffForAWholeWork() {
    Decl.Run run =
        Decl.run("align", "--work", "paris-2016", "--format", "xliff", corpus.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "decl: XLIFF holds one target language: align two versions, or use --format tmx for a"
                + " work"),
        run.errLines());
  }

  @Test
  void writesReportsAsOneSelfContainedPage() throws Exception {
    Path aligned = corpus.resolve("out/paris.html");
    Path revised = corpus.resolve("out/revision.html");
    String text = Files.readString(Path.of(fr), StandardCharsets.UTF_8);
    Path draft = write("fr-draft3.txt", text.replace("Nous réitérons", "Nous réaffirmons"));

    Decl.Run align =
        Decl.run(
            "align",
            "--work",
            "paris-2016",
            "--format",
            "html",
            "-o",
            aligned.toString(),
            corpus.toString());
    Decl.Run diff =
        Decl.run("diff", "--format", "html", "-o", revised.toString(), fr, draft.toString());

    assertEquals(0, align.exitCode(), align.err());
    assertEquals(0, diff.exitCode(), diff.err());
    var builder = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
    String page = Files.readString(aligned, StandardCharsets.UTF_8);
    builder.parse(aligned.toFile());
    assertTrue(page.contains("PARISER ERKLÄRUNG") && !page.contains("<link"), "self-contained");
    var revision = builder.parse(revised.toFile());
    assertEquals("réitérons", revision.getElementsByTagName("del").item(0).getTextContent());
    assertEquals("réaffirmons", revision.getElementsByTagName("ins").item(0).getTextContent());
  }

  private static Path write(String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> ints = new ArrayList<>();
    array.forEach(n -> ints.add(n.asInt()));
    return ints;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
