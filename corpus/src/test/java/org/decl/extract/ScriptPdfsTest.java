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
import org.decl.testkit.BrowserPdf;
import org.decl.testkit.Declaration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long sample declaration in every language we have, printed to PDF by a real browser (headless
 * Chromium, its own shaping and fonts), must come back paragraph for paragraph, in order, verbatim:
 * right-to-left lines in reading order, clusters whole, no space invented or lost.
 *
 * <p>Not every script is there yet (issue 13): a version whose paragraphs all come back is held to
 * all of them; the others to at least as many verbatim paragraphs as browser-pdf-verbatim.tsv
 * records, so that no change loses ground. See docs/extract.md for what still breaks.
 */
class ScriptPdfsTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!BrowserPdf.available()) {
      if (ci) {
        throw new AssertionError(
            BrowserPdf.CHROMIUM + " is missing: run make deps (scripts/deps.sh)");
      }
      Assumptions.abort(BrowserPdf.CHROMIUM + " is missing: run make deps (scripts/deps.sh)");
    }
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    if (extractor != null) {
      extractor.close();
    }
  }

  static Stream<Declaration.Version> versions() {
    return Declaration.versions().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void readsABrowserPrintedPdfBackParagraphForParagraph(Declaration.Version version) {
    byte[] pdf = BrowserPdf.print(version.lang(), version.rtl(), version.paragraphs());

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
    try (InputStream in = ScriptPdfsTest.class.getResourceAsStream("browser-pdf-verbatim.tsv")) {
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
