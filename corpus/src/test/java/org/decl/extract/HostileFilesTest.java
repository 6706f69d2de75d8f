package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.decl.DeclException;
import org.decl.testkit.BadFiles;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents, made by the test kit, cost a bounded time and memory and are refused with a
 * reason of their own; parsing happens in child processes, which are killed on the time limit.
 */
class HostileFilesTest {

  private static Extractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void refusesADocxWhoseZipDirectoryLiesAboutItsSizes() throws IOException {
    Path file = Files.write(dir.resolve("lying.docx"), BadFiles.lyingZipBombDocx(256L << 20));

    assertRefused(file, "refused: looks like a zip bomb (it expands far beyond its own size)");
  }

  @Test
  void refusesZipArchivesNestedTooDeep() throws IOException {
    Path deep = Files.write(dir.resolve("deep.docx"), BadFiles.nestedZipDocx(5));
    Path shallow = Files.write(dir.resolve("shallow.docx"), BadFiles.nestedZipDocx(2));

    assertRefused(deep, "refused: zip archives nested more than 3 deep");
    assertEquals(List.of("Article 1"), extractor.extract(Source.file(shallow)).texts());
  }

  @Test
  void namesXmlNestedTooDeeplyInADocx() throws IOException {
    Path file = Files.write(dir.resolve("nested.docx"), BadFiles.deeplyNestedDocx(100_000));

    assertRefused(file, "the document's XML is nested too deeply");
  }

  @Test
  void readsTheTextOfHtmlNestedAHundredThousandElementsDeep() throws IOException {
    Path file = Files.write(dir.resolve("nested.html"), BadFiles.deeplyNestedHtml(100_000));

    assertEquals(List.of("Article 1"), extractor.extract(Source.file(file)).texts());
  }

  @Test
  void namesAPageTreeNestedTooDeeply() throws IOException {
    Path file = Files.write(dir.resolve("tree.pdf"), BadFiles.deepPageTreePdf(10_000));

    assertRefused(file, "the PDF's page tree is nested more than 256 deep (or contains itself)");
  }

  @Test
  void namesAChainOfReferencesTooLong() throws IOException {
    Path file = Files.write(dir.resolve("chain.pdf"), BadFiles.referenceChainPdf(100_000));

    assertRefused(file, "the PDF's object references are chained or nested more than 256 deep");
  }

  @Test
  void readsEachPageOfAPageTreeThatContainsItselfOnceWithAWarning() throws IOException {
    Path file = Files.write(dir.resolve("self.pdf"), BadFiles.selfContainingPageTreePdf());

    ExtractedDocument doc = extractor.extract(Source.file(file));

    assertEquals(
        List.of(
            "Article 1",
            "Everyone has the right to life.",
            "Article 2",
            "No one shall be held in slavery."),
        doc.texts());
    assertEquals(2, doc.pages());
    assertEquals(
        List.of(
            "the PDF's page tree reaches some pages more than once (it contains itself): each"
                + " page was read once"),
        doc.warnings());
  }

  @Test
  void warnsOfFormsNestedTooDeeplyAndKeepsTheTextAboveThem() throws IOException {
    Path file = Files.write(dir.resolve("forms.pdf"), BadFiles.deepFormsPdf(10_000));

    ExtractedDocument doc = extractor.extract(Source.file(file));

    assertEquals(List.of("Article 1", "Everyone has the right."), doc.texts());
    assertEquals(
        List.of(
            "the PDF's content streams are nested more than 64 deep (forms within forms): text"
                + " drawn deeper may be missing"),
        doc.warnings());
  }

  @Test
  void killsTheParserOfADocumentThatTakesTooLong() throws IOException {
    Path file = Files.write(dir.resolve("long.pdf"), BadFiles.longPdf(2_000));
    Set<Long> before = parserProcesses();
    try (Extractor impatient =
        new Extractor(
            ExtractOptions.defaults()
                .withLanguageDetection(false)
                .withTimeout(Duration.ofSeconds(2)))) {
      DeclException e =
          assertThrows(DeclException.class, () -> impatient.extract(Source.file(file)));

      assertEquals("gave up after 2 s: the document takes too long to parse", e.problem());
      Set<Long> started = parserProcesses();
      started.removeAll(before);
      assertEquals(Set.of(), started, "the timed-out parser process is gone, its core free");
    }
  }

  @Test
  void refusesADocumentThatExhaustsTheParsersHeapAndReadsTheNext() throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    String paragraph = "<p>" + String.join(" ", Texts.paragraphs("fr")) + "</p>\n";
    while (html.length() < 40_000_000) {
      html.append(paragraph);
    }
    Path big = Files.writeString(dir.resolve("big.html"), html.append("</body></html>").toString());
    Path small =
        Files.write(dir.resolve("small.pdf"), PdfMaker.of(Texts.paragraphs("fr")).toBytes());
    String previous = System.setProperty(ParserPool.HEAP_PROPERTY, "64m");
    try (Extractor capped = new Extractor(ExtractOptions.defaults().withLanguageDetection(false))) {
      DeclException e = assertThrows(DeclException.class, () -> capped.extract(Source.file(big)));

      assertTrue(
          e.problem().startsWith("ran out of memory while parsing (the limit is"), e.problem());
      assertEquals(
          Texts.paragraphs("fr").get(0), capped.extract(Source.file(small)).texts().get(0));
    } finally {
      if (previous == null) {
        System.clearProperty(ParserPool.HEAP_PROPERTY);
      } else {
        System.setProperty(ParserPool.HEAP_PROPERTY, previous);
      }
    }
  }

  @Test
  void refusesAStreamLargerThanTheFileLimitWithoutReadingItAll() {
    byte[] text = "Article 1\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    long limit = 1L << 20;

    DeclException e =
        assertThrows(
            DeclException.class, () -> Source.read("-", new ByteArrayInputStream(text), limit));
    Source within = Source.read("-", new ByteArrayInputStream(text, 0, (int) limit), limit);

    assertEquals("-", e.file());
    assertEquals("too large (more than 1 MB; the limit is 1 MB)", e.problem());
    assertEquals(limit, within.content().length);
  }

  private static Set<Long> parserProcesses() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(ParseWorker.class.getName()))
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  private void assertRefused(Path file, String problem) {
    DeclException e = assertThrows(DeclException.class, () -> extractor.extract(Source.file(file)));
    assertEquals(file.toString(), e.file());
    assertEquals(problem, e.problem());
    assertEquals(1, e.exitCode());
  }
}
