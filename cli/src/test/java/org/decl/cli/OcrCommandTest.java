package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.extract.OcrSetup;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.ScannedPdf;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned version end to end: decl extract reads it with OCR and marks its paragraphs, decl split
 * marks its units, decl check warns ocr-text. Needs Tesseract with English and French data
 * (scripts/deps.sh): fails under CI=true without them, skips elsewhere.
 */
class OcrCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Path scan;

  @BeforeAll
  static void scanAVersion() throws IOException {
    for (String lang : List.of("en", "fr")) {
      OcrSetup.problem(lang)
          .ifPresent(
              problem -> {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                  throw new AssertionError(problem + " (run make deps: scripts/deps.sh)");
                }
                Assumptions.abort(problem);
              });
    }
    scan = dir.resolve("fr-scan.pdf");
    List<String> paragraphs = Texts.paragraphs("fr").subList(0, 4);
    Files.write(scan, ScannedPdf.of(PdfMaker.of(paragraphs).toBytes(), 300));
  }

  @Test
  void marksEveryParagraphOfAScanAsOcr() throws IOException {
    Decl.Run run = Decl.run("extract", "--lang", "fr", "--format", "jsonl", scan.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() >= 3, run.out());
    for (String line : lines) {
      assertTrue(JSON.readTree(line).path("ocr").asBoolean(), line);
    }
    JsonNode doc =
        JSON.readTree(
            Decl.run("extract", "--lang", "fr", "--format", "json", scan.toString()).out());
    assertEquals(lines.size(), doc.get("ocr").size());
  }

  @Test
  void marksTheUnitsOfAScanInSplit() throws IOException {
    Decl.Run run = Decl.run("split", "--lang", "fr", "--format", "jsonl", scan.toString());

    assertEquals(0, run.exitCode(), run.err());
    for (String line : run.out().lines().toList()) {
      assertTrue(JSON.readTree(line).path("ocr").asBoolean(), line);
    }
  }

  @Test
  void leavesTheTextOfATextPdfUnmarked() {
    Decl.Run run =
        Decl.run("extract", "--format", "jsonl", MakeCorpus.example("en.pdf").toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(!run.out().contains("\"ocr\""), run.out());
  }

  @Test
  void refusesAScanWithOcrNever() {
    Decl.Run run = Decl.run("extract", "--lang", "fr", "--ocr", "never", scan.toString());

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no text layer in 1 page"), run.err());
  }

  @Test
  void checkWarnsThatAVersionWasReadByOcr() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("w"));
    Files.copy(MakeCorpus.example("en.pdf"), corpus.resolve("w/en.pdf"));
    Files.write(
        corpus.resolve("w/en-scan.pdf"),
        ScannedPdf.of(Files.readAllBytes(MakeCorpus.example("en.pdf")), 300));
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        """
        works:
          - id: w
            original: en
            versions:
              - {lang: en, path: w/en.pdf}
              - {lang: en-GB, path: w/en-scan.pdf}
        """);

    Decl.Run run = Decl.run("check", "--format", "json", "--no-cache", corpus.toString());

    JsonNode report = JSON.readTree(run.out());
    List<String> ocr = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("rule").asText().equals("ocr-text")) {
        assertEquals("warning", f.get("level").asText());
        assertEquals("en-GB", f.get("lang").asText());
        ocr.add(f.get("message").asText());
      }
    }
    assertEquals(1, ocr.size(), run.out() + run.err());
    assertTrue(ocr.get(0).contains("read by OCR"), ocr.get(0));
  }
}
