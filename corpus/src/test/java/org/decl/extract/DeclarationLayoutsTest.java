package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.decl.testkit.Declarations;
import org.decl.testkit.TextLayouts;
import org.decl.testkit.TextLayouts.Blanks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 47-language declaration (65 paragraphs: title, headings, recitals, numbered paragraphs,
 * lettered items, closing) hard-wrapped at 40, 64, 72 and 100 display columns, without blank lines,
 * with blank lines between paragraphs, and with a blank line after every line (the seed's layout),
 * must come back paragraph for paragraph in every script.
 *
 * <p>Only an end no reader could see is excused, and it is computed from the layout, not listed:
 * without blank lines between paragraphs, a paragraph whose last line fills the column (the next
 * paragraph's first word would not have fitted) and ends without a sentence-final mark looks like a
 * wrapped line. A line break between two characters of a script written without spaces (Thai,
 * Khmer, Burmese, Chinese) may have replaced a space or not; there the comparison ignores spaces.
 *
 * <p>Prints, per language and per layout, split F1 of paragraph boundaries (every boundary counted,
 * the excused ones too) and the share of paragraphs that came back verbatim.
 */
class DeclarationLayoutsTest {

  private static final int[] WIDTHS = {40, 64, 72, 100};

  /** The split F1 each language must reach in each layout, over all widths. */
  private static final Map<Blanks, Double> FLOOR =
      Map.of(Blanks.NONE, 0.95, Blanks.BETWEEN_PARAGRAPHS, 0.99, Blanks.EVERY_LINE, 0.95);

  private static Extractor extractor;

  /** Per language, per layout: the tally of all its widths. */
  private static final Map<String, Map<Blanks, Tally>> RESULTS = new TreeMap<>();

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
    printSummary();
  }

  static Stream<String> languages() {
    return Declarations.languages().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void givesBackEveryParagraphOfTheWrappedDeclaration(String lang) {
    List<String> paragraphs = Declarations.paragraphs(Declarations.declaration(lang));
    Map<Blanks, Tally> tallies = new EnumMap<>(Blanks.class);
    List<String> failures = new ArrayList<>();
    for (Blanks blanks : Blanks.values()) {
      Tally tally = new Tally();
      for (int width : WIDTHS) {
        TextLayouts layout = TextLayouts.of(paragraphs).width(width).blanks(blanks);
        byte[] text = layout.render().getBytes(StandardCharsets.UTF_8);
        List<String> extracted = extractor.extract(Source.bytes(lang + ".txt", text)).texts();
        String where = lang + " at " + width + " columns, blank lines " + blanks;
        tally.add(LayoutComparison.of(paragraphs, extracted, layout, blanks), where, failures);
      }
      tallies.put(blanks, tally);
    }
    synchronized (RESULTS) {
      RESULTS.put(lang, tallies);
    }
    // blank lines between paragraphs must give every paragraph back; the other layouts must not
    // fall below what they reach today (see docs/extract.md: the targets are not met yet)
    List<String> separated =
        failures.stream().filter(f -> f.contains(Blanks.BETWEEN_PARAGRAPHS.name())).toList();
    assertTrue(separated.isEmpty(), String.join("\n", separated));
    for (Blanks blanks : Blanks.values()) {
      double f1 = tallies.get(blanks).f1();
      assertTrue(f1 >= FLOOR.get(blanks), lang + ", blank lines " + blanks + ": split F1 " + f1);
    }
  }

  /** Boundary counts and verbatim paragraphs over several extractions. */
  private static final class Tally {
    int tp;
    int fp;
    int fn;
    int paragraphs;
    int verbatim;

    void add(LayoutComparison c, String where, List<String> failures) {
      tp += c.truePositives();
      fp += c.falsePositives();
      fn += c.falseNegatives();
      paragraphs += c.paragraphs();
      verbatim += c.verbatim();
      c.unexcused().forEach(problem -> failures.add(where + ": " + problem));
    }

    void add(Tally t) {
      tp += t.tp;
      fp += t.fp;
      fn += t.fn;
      paragraphs += t.paragraphs;
      verbatim += t.verbatim;
    }

    double f1() {
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    String cell() {
      return String.format("%.3f %5.1f%%", f1(), 100.0 * verbatim / Math.max(1, paragraphs));
    }
  }

  private static void printSummary() {
    StringBuilder out = new StringBuilder();
    out.append("Plain-text layouts of the declaration at ");
    for (int w : WIDTHS) {
      out.append(w).append(' ');
    }
    out.append("columns: split F1 of paragraph boundaries, paragraphs verbatim\n");
    out.append(String.format("%-8s", "lang"));
    for (Blanks b : Blanks.values()) {
      out.append(String.format(" | %-20s", b));
    }
    out.append('\n');
    Map<Blanks, Tally> totals = new EnumMap<>(Blanks.class);
    for (Blanks b : Blanks.values()) {
      totals.put(b, new Tally());
    }
    RESULTS.forEach(
        (lang, tallies) -> {
          out.append(String.format("%-8s", lang));
          for (Blanks b : Blanks.values()) {
            Tally t = tallies.get(b);
            out.append(String.format(" | %-20s", t == null ? "" : t.cell()));
            if (t != null) {
              totals.get(b).add(t);
            }
          }
          out.append('\n');
        });
    out.append(String.format("%-8s", "all"));
    for (Blanks b : Blanks.values()) {
      out.append(String.format(" | %-20s", totals.get(b).cell()));
    }
    out.append('\n');
    System.out.print(out);
  }
}
