package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.decl.DeclException;
import org.decl.testkit.BadFiles;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot be extracted are refused with the file named and the reason given. */
class BadInputTest {

  private static Extractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void open() {
    // OCR off: a scan is refused as without a text layer (OcrTest reads scans)
    extractor =
        new Extractor(
            ExtractOptions.defaults()
                .withLanguageDetection(false)
                .withOcr(OcrOptions.defaults().withMode(OcrMode.NEVER)));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void reportsAMissingFile() {
    assertRefused(dir.resolve("nowhere.pdf"), "no such file");
  }

  @Test
  void reportsADirectory() {
    assertRefused(dir, "is a directory, not a document");
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    assertRefused(Files.writeString(dir.resolve("empty.txt"), ""), "empty file");
  }

  @Test
  void reportsAZeroBytePdf() throws IOException {
    assertRefused(Files.write(dir.resolve("zero.pdf"), new byte[0]), "empty file");
  }

  @Test
  void reportsATextFileWithNothingButWhitespace() throws IOException {
    assertRefused(
        Files.writeString(dir.resolve("blank.txt"), " \n\n \t\n"), "no text in the document");
  }

  @Test
  void reportsATruncatedPdf() throws IOException {
    byte[] pdf = typesetPdf();
    Path file = Files.write(dir.resolve("truncated.pdf"), BadFiles.truncated(pdf, 0.3));

    DeclException e = assertThrows(DeclException.class, () -> extractor.extract(Source.file(file)));

    assertEquals(file.toString(), e.file());
    assertTrue(e.problem().startsWith("damaged PDF"), e.problem());
  }

  @Test
  void reportsAPasswordProtectedPdf() throws IOException {
    byte[] locked = BadFiles.passwordProtectedPdf(typesetPdf());
    assertRefused(
        Files.write(dir.resolve("locked.pdf"), locked),
        "password-protected PDF; decl cannot read it without the password");
  }

  @Test
  void saysAScannedPdfHasNoTextLayer() throws IOException {
    assertRefused(
        Files.write(dir.resolve("scan.pdf"), BadFiles.scannedPdf(2)),
        "no text layer in 2 pages: a scanned PDF? Run OCR on it first (for example ocrmypdf) and"
            + " extract again");
  }

  @Test
  void reportsGarbageNamedLikeAPdf() throws IOException {
    assertRefused(
        Files.write(dir.resolve("garbage.pdf"), BadFiles.garbage(20_000, 7)),
        "not a PDF (no %PDF header): damaged, or not a PDF at all");
  }

  @Test
  void reportsGarbageNamedLikeText() throws IOException {
    assertRefused(
        Files.write(dir.resolve("garbage.txt"), BadFiles.garbage(20_000, 7)),
        "binary data, not text (and not a format decl reads)");
  }

  @Test
  void refusesADocxZipBomb() throws IOException {
    assertRefused(
        Files.write(dir.resolve("bomb.docx"), BadFiles.zipBombDocx()),
        "refused: looks like a zip bomb (it expands far beyond its own size)");
  }

  @Test
  void givesUpOnADocumentThatTakesTooLongToParse() throws IOException {
    List<String> long_ = Collections.nCopies(4, String.join(" ", Texts.paragraphs("fr")));
    Path file = Files.write(dir.resolve("long.pdf"), PdfMaker.of(long_).toBytes());
    try (Extractor impatient =
        new Extractor(ExtractOptions.defaults().withTimeout(Duration.ofMillis(1)))) {
      DeclException e =
          assertThrows(DeclException.class, () -> impatient.extract(Source.file(file)));
      assertEquals("gave up after 1 ms: the document takes too long to parse", e.problem());
    }
  }

  @Test
  void extractsAFiftyMegabyteTextFile() throws IOException {
    String paragraph = String.join(" ", Texts.paragraphs("fr")) + "\n\n";
    Path file = dir.resolve("large.txt");
    int copies = 50_000_000 / paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
    Files.writeString(file, paragraph.repeat(copies));
    assertTrue(Files.size(file) >= 50_000_000);

    ExtractedDocument doc = extractor.extract(Source.file(file));

    assertEquals(copies, doc.paragraphs().size());
    assertEquals(paragraph.strip(), doc.paragraphs().get(copies - 1).text());
  }

  @Test
  void leavesTheReaderUsableAfterAFailure() throws IOException {
    reportsAPasswordProtectedPdf();
    Path good = Files.write(dir.resolve("good.pdf"), typesetPdf());

    assertEquals(Texts.paragraphs("fr"), extractor.extract(Source.file(good)).texts());
  }

  private void assertRefused(Path file, String problem) {
    DeclException e = assertThrows(DeclException.class, () -> extractor.extract(Source.file(file)));
    assertEquals(file.toString(), e.file());
    assertEquals(problem, e.problem());
    assertEquals(1, e.exitCode());
  }

  private static byte[] typesetPdf() {
    return PdfMaker.of(Texts.paragraphs("fr")).pageSize(PDRectangle.A5).toBytes();
  }
}
