package org.decl.extract;

import static org.decl.extract.ParagraphAssert.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.decl.testkit.Declaration;
import org.decl.testkit.PdfMaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long sample declaration typeset by PDFBox (the test kit's {@link PdfMaker}: its own line
 * breaking, one glyph per character, spaces drawn as glyphs) must come back paragraph for
 * paragraph, in order, verbatim, like the browser-printed PDFs of {@link ScriptPdfsTest}: a second
 * producer, with other gaps, other fonts and other line spacing.
 *
 * <p>Only the versions PdfMaker can set right ({@link PdfMaker#canTypeset}): scripts that need a
 * shaping engine (Devanagari, Bengali, Tamil, Khmer, Myanmar) and those without a font here
 * (Hangul) are read from browser PDFs only. A version whose paragraphs all come back is held to all
 * of them; the others to the count pdfbox-pdf-verbatim.tsv records, so that no change loses ground.
 */
class PdfBoxScriptPdfsTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    if (extractor != null) {
      extractor.close();
    }
  }

  static Stream<Declaration.Version> versions() {
    return Declaration.versions().stream()
        .filter(v -> !v.rtl())
        .filter(v -> PdfMaker.canTypeset(String.join(" ", v.paragraphs().subList(0, 6))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void readsAPdfBoxTypesetPdfBackParagraphForParagraph(Declaration.Version version) {
    byte[] pdf = PdfMaker.of(version.paragraphs()).heading(0).lang(version.lang()).toBytes();

    ExtractedDocument doc = extractor.extract(Source.bytes(version.lang() + ".pdf", pdf));

    assertTrue(doc.pages() >= 2, "the PDF has " + doc.pages() + " pages");
    int floor = FLOORS.getOrDefault(version.lang(), version.paragraphs().size());
    if (floor >= version.paragraphs().size()) {
      assertParagraphs(version.paragraphs(), doc.texts());
    } else {
      Set<String> got = new HashSet<>(doc.texts());
      long verbatim = version.paragraphs().stream().filter(got::contains).count();
      assertTrue(
          verbatim >= floor,
          version.lang() + ": " + verbatim + " paragraphs verbatim, " + floor + " before");
    }
  }

  private static final Map<String, Integer> FLOORS = floors();

  private static Map<String, Integer> floors() {
    try (InputStream in =
        PdfBoxScriptPdfsTest.class.getResourceAsStream("pdfbox-pdf-verbatim.tsv")) {
      Map<String, Integer> floors = new HashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(l -> l.split("\t"))
          .forEach(f -> floors.put(f[0], Integer.parseInt(f[1])));
      return floors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
