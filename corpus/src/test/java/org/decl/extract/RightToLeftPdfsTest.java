package org.decl.extract;

import static org.decl.extract.ParagraphAssert.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decl.testkit.BrowserPdf;
import org.decl.testkit.Declaration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Right-to-left PDFs printed by a real browser come back in reading order, verbatim: Chromium
 * shapes with its own engine, writes glyphs in visual order mapped to the characters they came
 * from, and draws marks as glyphs of their own. pdftotext on the same files is the reference we
 * must not fall behind. (PDFs of our PDFBox typesetter, with presentation forms and brackets mapped
 * to the shapes drawn: TypesetDocumentsTest.)
 */
class RightToLeftPdfsTest {

  /**
   * Vowelled and mixed text: tanween, shadda, sukun and kasra (Arabic), niqqud and a dagesh
   * (Hebrew), the Persian hamza above and non-joiner, a lam-alef, numbers in both digit sets, a
   * Latin word and brackets, in scripts found by bidi class (Syriac, Thaana, N'Ko) as well.
   */
  private static final List<String> VOWELLED =
      List.of(
          "المادةُ الأولى",
          "يُولَدُ جميعُ النّاسِ أحراراً متساوين في الكرامةِ والحقوقِ، وقد وُهِبوا عقلاً وضميراً.",
          "(أ) لكلِّ إنسانٍ حقٌّ في العملِ، وفقاً للمادة 23 من الإعلان (1948)، ولا يجوزُ حرمانُه منه.",
          "تُنشر البيانات على الموقع https://example.org/data بصيغة CSV خلال ٣٠ يوماً.",
          "כָּל בְּנֵי הָאָדָם נוֹלְדוּ בְּנֵי חוֹרִין וְשָׁוִים בְּעֶרְכָּם וּבִזְכֻיּוֹתֵיהֶם (סעיף 1).",
          "همهٔ افراد بشر آزاد به دنیا می‌آیند و از لحاظ حیثیت و حقوق با هم برابرند.",
          "ܟܠܗܘܢ ܒܢܝ̈ܢܫܐ ܚܐܪ̈ܐ ܡܬܝܠܕܝܢ ܘܫܘܝܐ ܐܢܘܢ ܒܐܝܩܪܐ ܘܒܙܕܩܐ.",
          "ހުރިހާ އިންސާނުންވެސް ދުނިޔެއަށް އުފަންވަނީ، ދަރަޖައާއި ޙައްޤުތަކުގައި މިނިވަންކަމާއި.",
          "ߓߊ߯ߘߋߡߊ߲ ߓߏ߯ߣߍ߲ ߓߍ߯ ߦߋ߫ ߤߘߊ߲߫ ߠߎ߬ ߟߊ߫.");

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    if (!BrowserPdf.available()) {
      throw new AssertionError(
          BrowserPdf.CHROMIUM + " is missing: run make deps (scripts/deps.sh)");
    }
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    if (extractor != null) {
      extractor.close();
    }
  }

  @Test
  void readsVowelledAndMixedRightToLeftTextFromABrowserPdfVerbatim() {
    byte[] pdf = BrowserPdf.print("ar", true, VOWELLED);

    assertParagraphs(nfc(VOWELLED), read("vowelled.pdf", pdf));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "fa", "ur", "he"})
  void readsTheBrowserPrintedDeclarationAtLeastAsWellAsPdftotext(String lang, @TempDir Path dir)
      throws IOException {
    Declaration.Version version =
        Declaration.versions().stream().filter(v -> v.lang().equals(lang)).findFirst().get();
    byte[] pdf = BrowserPdf.print(lang, true, version.paragraphs());

    List<String> ours = read(lang + ".pdf", pdf);
    String reference = pdftotext(pdf, dir);

    long verbatim = version.paragraphs().stream().filter(ours::contains).count();
    long byPdftotext = version.paragraphs().stream().filter(reference::contains).count();
    assertTrue(
        verbatim >= byPdftotext,
        lang + ": " + verbatim + " paragraphs verbatim, pdftotext " + byPdftotext);
  }

  private static List<String> read(String name, byte[] pdf) {
    return extractor.extract(Source.bytes(name, pdf)).texts();
  }

  private static List<String> nfc(List<String> texts) {
    return texts.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList();
  }

  /**
   * pdftotext's text, its bidi embedding marks dropped and its lines joined, so a paragraph it
   * reads in order is found in it.
   */
  private static String pdftotext(byte[] pdf, Path dir) throws IOException {
    Path in = dir.resolve("in.pdf");
    Path out = dir.resolve("out.txt");
    Files.write(in, pdf);
    Process p =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", in.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(
            "pdftotext failed: " + new String(p.getInputStream().readAllBytes()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    return Normalizer.normalize(
        text.replaceAll("[\u202A-\u202E\u2066-\u2069\u200E\u200F]", "").replaceAll("\\s+", " "),
        Normalizer.Form.NFC);
  }
}
