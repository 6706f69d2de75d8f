package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.decl.DeclException;
import org.decl.testkit.BrowserPdf;
import org.decl.testkit.Declarations;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.ScannedPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scanned declarations: pages of the 47-language declaration typeset (PDFBox, or Chromium for
 * Arabic, which PDFBox cannot shape), rendered to images at 300 dpi and put into a PDF with no text
 * layer, must come back through Tesseract close to the printed text, every paragraph marked OCR.
 *
 * <p>Needs Tesseract and its data for French, Russian, Arabic and Chinese (scripts/deps.sh): a
 * missing piece fails the test under CI=true and skips it elsewhere.
 */
class OcrTest {

  private static final int DPI = 300;
  private static Extractor extractor;

  @BeforeAll
  static void open() {
    for (String lang : List.of("fr", "ru", "ar", "zh-Hans", "zh-Hant")) {
      Optional<String> problem = OcrSetup.problem(lang);
      if (problem.isPresent()) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          throw new AssertionError(problem.get() + " (run make deps: scripts/deps.sh)");
        }
        Assumptions.abort(problem.get());
      }
    }
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    if (extractor != null) {
      extractor.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fr, 0.02", "ru, 0.02", "ar, 0.05", "zh-Hans, 0.05", "zh-Hant, 0.05"})
  void readsAScannedPageWithinTheCharacterErrorRateOfItsScript(String lang, double target) {
    List<String> printed = onePage(lang);
    byte[] scan = ScannedPdf.of(typeset(lang, printed), DPI);

    ExtractedDocument doc =
        extractor.extract(Source.bytes(lang + "-scan.pdf", scan).withLang(lang));

    assertTrue(doc.paragraphs().stream().allMatch(Paragraph::ocr), "every paragraph marked OCR");
    double cer = characterErrorRate(String.join(" ", printed), String.join(" ", doc.texts()));
    System.out.printf(
        Locale.ROOT,
        "OCR %s: CER %.4f over %d characters%n",
        lang,
        cer,
        normalised(String.join(" ", printed))
            .codePointCount(0, normalised(String.join(" ", printed)).length()));
    assertTrue(
        cer <= target,
        String.format(Locale.ROOT, "%s: CER %.4f above %.2f%n%s", lang, cer, target, doc.texts()));
  }

  @Test
  void readsOnlyThePagesWithoutText() {
    List<String> printed = onePage("fr");
    byte[] text = typeset("fr", printed);
    byte[] scan = ScannedPdf.of(text, DPI);
    byte[] both = concatenate(text, scan);

    ExtractedDocument doc = extractor.extract(Source.bytes("mixed.pdf", both).withLang("fr"));

    assertTrue(doc.paragraphs().stream().filter(p -> p.page() == 1).noneMatch(Paragraph::ocr));
    assertTrue(doc.paragraphs().stream().filter(p -> p.page() == 2).allMatch(Paragraph::ocr));
    assertTrue(doc.warnings().stream().noneMatch(w -> w.contains("no text on page")));
  }

  @Test
  void readsEveryPageWithOcrAlways() {
    byte[] text = typeset("fr", onePage("fr"));
    try (Extractor always =
        new Extractor(
            ExtractOptions.defaults()
                .withLanguageDetection(false)
                .withOcr(OcrOptions.defaults().withMode(OcrMode.ALWAYS)))) {
      ExtractedDocument doc = always.extract(Source.bytes("text.pdf", text).withLang("fr"));
      assertTrue(doc.paragraphs().stream().allMatch(Paragraph::ocr));
    }
  }

  @Test
  void keepsTheNoTextLayerErrorWithOcrNever() {
    byte[] scan = ScannedPdf.of(typeset("fr", onePage("fr")), DPI);
    try (Extractor never =
        new Extractor(
            ExtractOptions.defaults()
                .withLanguageDetection(false)
                .withOcr(OcrOptions.defaults().withMode(OcrMode.NEVER)))) {
      DeclException e =
          assertThrows(
              DeclException.class,
              () -> never.extract(Source.bytes("scan.pdf", scan).withLang("fr")));
      assertTrue(e.problem().startsWith("no text layer in 1 page"), e.problem());
    }
  }

  @Test
  void marksNoParagraphOfATextPdf() {
    ExtractedDocument doc =
        extractor.extract(Source.bytes("text.pdf", typeset("fr", onePage("fr"))).withLang("fr"));
    assertFalse(doc.paragraphs().stream().anyMatch(Paragraph::ocr));
  }

  /** The first paragraphs of the declaration, as many as fill about one A5 page. */
  static List<String> onePage(String lang) {
    List<String> all = Declarations.paragraphs(Declarations.declaration(lang));
    List<String> page = new ArrayList<>();
    int width = 0;
    for (String p : all) {
      int w = org.decl.text.Scripts.width(p);
      if (!page.isEmpty() && width + w > 1400) {
        break;
      }
      page.add(p);
      width += w;
    }
    return page;
  }

  /** A PDF of the paragraphs: PDFBox, or the browser for scripts whose letters join (Arabic). */
  static byte[] typeset(String lang, List<String> paragraphs) {
    int script = UScript.getScript(paragraphs.get(0).codePointAt(0));
    if (UScript.isRightToLeft(script) || script == UScript.ARABIC) {
      if (!BrowserPdf.available()) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          throw new AssertionError(BrowserPdf.CHROMIUM + " is missing: run make deps");
        }
        Assumptions.abort(BrowserPdf.CHROMIUM + " is missing");
      }
      return BrowserPdf.print(lang, true, paragraphs);
    }
    return PdfMaker.of(paragraphs).toBytes();
  }

  static byte[] concatenate(byte[] first, byte[] second) {
    try (org.apache.pdfbox.pdmodel.PDDocument a = org.apache.pdfbox.Loader.loadPDF(first);
        org.apache.pdfbox.pdmodel.PDDocument b = org.apache.pdfbox.Loader.loadPDF(second)) {
      new org.apache.pdfbox.multipdf.PDFMergerUtility().appendDocument(a, b);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      a.save(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Edit distance over code points divided by the printed text's length, whitespace collapsed. */
  static double characterErrorRate(String printed, String read) {
    int[] a = normalised(printed).codePoints().toArray();
    int[] b = normalised(read).codePoints().toArray();
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return (double) prev[b.length] / a.length;
  }

  static String normalised(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
