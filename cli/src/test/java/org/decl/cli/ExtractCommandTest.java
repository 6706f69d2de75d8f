package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.decl.testkit.BadFiles;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decl extract, run as a user runs it. */
class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = Repo.file("examples/paris-2016/fr.txt").toString();

  @TempDir Path dir;

  @Test
  void printsTheParagraphsOfTheSeedSeparatedByBlankLines() {
    Decl.Run run = Decl.run("extract", SEED);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> paragraphs = List.of(run.out().split("\n\n"));
    assertEquals(29, paragraphs.size());
    assertEquals("DECLARATION DE PARIS", paragraphs.get(0));
    assertEquals("Les actions collectives : paris-declaration.ogpsummit.org", paragraphs.get(28));
  }

  @Test
  void printsTheJsonObjectOfTheDesignBrief() throws IOException {
    Decl.Run run = Decl.run("extract", "--format", "json", SEED);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    List<String> fields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of(
            "path",
            "mediaType",
            "lang",
            "langConfidence",
            "title",
            "pages",
            "paragraphs",
            "warnings",
            "damage"),
        fields);
    assertEquals(SEED, doc.get("path").asText());
    assertEquals("text/plain", doc.get("mediaType").asText());
    assertEquals("fr", doc.get("lang").asText());
    assertTrue(doc.get("langConfidence").asDouble() > 0.5);
    assertEquals(29, doc.get("paragraphs").size());
    assertEquals(0, doc.get("warnings").size());
  }

  @Test
  void reportsTheSignsOfDamagedTextInJsonAndOnStandardError() throws IOException {
    // Thai with a space between every two letters, as glyph gaps in a PDF read as spaces give it
    StringBuilder spaced = new StringBuilder();
    for (String p : Texts.paragraphs("th")) {
      int[] cps = p.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        spaced.appendCodePoint(cps[i]);
        if (i % 2 == 1
            && Character.isLetter(cps[i])
            && i + 1 < cps.length
            && Character.isLetter(cps[i + 1])) {
          spaced.append(' ');
        }
      }
      spaced.append("\n\n");
    }
    Path th = dir.resolve("th.txt");
    Files.writeString(th, spaced, StandardCharsets.UTF_8);

    Decl.Run run = Decl.run("extract", "--format", "json", "--lang", "th", th.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode damage = JSON.readTree(run.out()).get("damage");
    assertEquals(1, damage.size(), damage.toPrettyString());
    assertEquals("invented-spaces", damage.get(0).get("kind").asText());
    assertEquals("[1]", damage.get(0).get("pages").toString());
    assertTrue(damage.get(0).get("count").asInt() > 100, damage.toPrettyString());
    assertTrue(
        run.err()
            .startsWith(
                "decl: "
                    + th
                    + ": warning: the text looks damaged: spaces inside words of a script written without"
                    + " them ("),
        run.err());
  }

  @Test
  void printsOneJsonObjectPerParagraphAndOneTsvRow() throws IOException {
    Decl.Run jsonl = Decl.run("extract", "--format", "jsonl", "--lang", "fr", SEED);
    Decl.Run tsv = Decl.run("extract", "--format", "tsv", SEED);

    assertEquals(29, jsonl.outLines().size());
    JsonNode separator = JSON.readTree(jsonl.outLines().get(8));
    assertEquals("separator", separator.get("kind").asText());
    assertEquals(9, separator.get("n").asInt());
    assertEquals("fr", separator.get("lang").asText());
    assertEquals("* * *", separator.get("text").asText());
    assertEquals(29, tsv.outLines().size());
    assertEquals(SEED + "\t1\theading\t1\tDECLARATION DE PARIS", tsv.outLines().get(0));
  }

  @Test
  void readsStandardInput() {
    byte[] text =
        "Article 1\n\nEveryone has the right\nto information.\n".getBytes(StandardCharsets.UTF_8);

    Decl.Run run = Decl.runWithInput(text, "extract", "-");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Article 1\n\nEveryone has the right to information.\n\n", run.out());
  }

  @Test
  void extractsTheRestOfTheBatchWhenOneFileFails() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Considering that openness matters,\n");
    Path missing = dir.resolve("missing.pdf");

    Decl.Run run = Decl.run("extract", missing.toString(), good.toString());

    assertEquals(1, run.exitCode());
    assertEquals(List.of("decl: " + missing + ": no such file"), run.errLines());
    assertTrue(run.out().contains("Considering that openness matters,"), run.out());
  }

  @Test
  void writesOneFilePerDocumentAndNothingForAFailedOne() throws IOException {
    Path pdf = dir.resolve("en.pdf");
    PdfMaker.of(Texts.paragraphs("fr")).write(pdf);
    Path docx = dir.resolve("es.docx");
    DocxMaker.of(Texts.paragraphs("ru")).write(docx);
    Path locked =
        Files.write(
            dir.resolve("locked.pdf"), BadFiles.passwordProtectedPdf(Files.readAllBytes(pdf)));
    Path out = dir.resolve("out");

    Decl.Run run =
        Decl.run(
            "extract",
            "-o",
            out.toString(),
            "--format",
            "json",
            pdf.toString(),
            locked.toString(),
            docx.toString());

    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "decl: "
                + locked
                + ": password-protected PDF; decl cannot read it without the password"),
        run.errLines());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("en.json", "es.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    JsonNode es = JSON.readTree(Files.readString(out.resolve("es.json")));
    assertEquals("ru", es.get("lang").asText());
    assertEquals(Texts.paragraphs("ru").size(), es.get("paragraphs").size());
  }

  @Test
  void refusesTwoDocumentsThatWouldOverwriteEachOther() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("fr.txt");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("fr.txt");
    Files.writeString(a, "Un.");
    Files.writeString(b, "Deux.");

    Decl.Run run =
        Decl.run("extract", "-o", dir.resolve("out").toString(), a.toString(), b.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "decl: two documents would both be written to "
                + dir.resolve("out/fr.txt")
                + "; give them separately"),
        run.errLines());
    assertFalse(Files.exists(dir.resolve("out/fr.txt")));
  }

  @Test
  void printsTheParserTextUntouchedWithRaw() {
    Decl.Run run = Decl.run("extract", "--raw", SEED);

    assertEquals(0, run.exitCode());
    assertTrue(
        run.out().contains("plus  équitable, \n\nPersuadés"), "the seed's own spacing is kept");
  }

  @Test
  void showsTheCauseOnlyWithVerbose() throws IOException {
    Path damaged =
        Files.write(
            dir.resolve("damaged.pdf"),
            BadFiles.truncated(PdfMaker.of(Texts.paragraphs("fr")).toBytes(), 0.3));

    Decl.Run quiet = Decl.run("extract", damaged.toString());
    Decl.Run verbose = Decl.run("extract", "--verbose", damaged.toString());

    assertEquals(1, quiet.exitCode());
    assertEquals(1, quiet.errLines().size(), quiet.err());
    assertTrue(quiet.err().startsWith("decl: " + damaged + ": damaged PDF"), quiet.err());
    assertTrue(verbose.errLines().size() > 3, "a stack trace follows the message");
    assertTrue(verbose.err().contains("\tat "), verbose.err());
  }

  @Test
  void rejectsAnUnknownFormatAsAUsageError() {
    Decl.Run run = Decl.run("extract", "--format", "xml", SEED);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "decl: Invalid value for option '--format': expected one of [text, json, jsonl, tsv] (case-insensitive) but was 'xml'",
            "Run 'decl extract --help' for usage."),
        run.errLines());
  }

  @Test
  void rejectsALanguageTagThatIsNotBcp47() {
    Decl.Run run = Decl.run("extract", "--lang", "french!", SEED);

    assertEquals(2, run.exitCode());
    assertEquals(
        List.of(
            "decl: --lang: 'french!' is not a BCP 47 language tag (such as fr, en-GB, zh-Hant)"),
        run.errLines());
  }

  @Test
  void suggestsTheOptionMeantByATypo() {
    Decl.Run run = Decl.run("extract", "--fromat", "json", SEED);

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Did you mean: --format?"), run.err());
  }

  @Test
  void needsAFile() {
    Decl.Run run = Decl.run("extract");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("decl: Missing required parameter: 'FILE'"), run.err());
  }
}
