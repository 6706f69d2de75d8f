package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.TextLayouts;
import org.decl.testkit.TextLayouts.Blanks;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our sample declaration in eleven scripts: a title and subtitle, a preamble of four recitals and
 * an enacting formula, three articles with numbered paragraphs and lettered items, a separator and
 * a closing line. Every version, in every layout and format, splits into the same units.
 */
class ScriptsSplitTest {

  /** The structure every version has: id, kind, role; in the order of the paragraphs. */
  private static final List<String> STRUCTURE =
      List.of(
          "0.1 heading title",
          "0.2 heading title",
          "1.0 heading heading",
          "1.1 clause recital",
          "1.2 clause recital",
          "1.3 clause recital",
          "1.4 clause recital",
          "1.5 clause formula",
          "art1 heading article",
          "art1.1 clause paragraph",
          "art1.2 clause paragraph",
          "art1.2.a clause item",
          "art1.2.b clause item",
          "art1.2.c clause item",
          "art2 heading article",
          "art2.1 clause paragraph",
          "art2.2 clause paragraph",
          "art3 heading article",
          "art3.1 clause paragraph",
          "2.1 clause closing");

  /**
   * The labels as each language prints them: Article 1, 1., 2., (a), (b), (c), Article 2, 1., 2.,
   * Article 3.
   */
  private static final Map<String, List<String>> LABELS =
      Map.ofEntries(
          Map.entry(
              "fr",
              List.of(
                  "Article premier",
                  "1.",
                  "2.",
                  "a)",
                  "b)",
                  "c)",
                  "Article 2",
                  "1.",
                  "2.",
                  "Article 3")),
          Map.entry(
              "ru",
              List.of(
                  "Статья 1", "1.", "2.", "а)", "б)", "в)", "Статья 2", "1.", "2.", "Статья 3")),
          Map.entry(
              "el",
              List.of("Άρθρο 1", "1.", "2.", "α)", "β)", "γ)", "Άρθρο 2", "1.", "2.", "Άρθρο 3")),
          Map.entry(
              "ar",
              List.of(
                  "المادة 1", "١.", "٢.", "(أ)", "(ب)", "(ج)", "المادة 2", "١.", "٢.", "المادة 3")),
          Map.entry(
              "he",
              List.of("סעיף 1", "1.", "2.", "(א)", "(ב)", "(ג)", "סעיף 2", "1.", "2.", "סעיף 3")),
          Map.entry(
              "zh", List.of("第一条", "一、", "二、", "（一）", "（二）", "（三）", "第二条", "一、", "二、", "第三条")),
          Map.entry(
              "ja", List.of("第1条", "１．", "２．", "（１）", "（２）", "（３）", "第2条", "１．", "２．", "第3条")),
          Map.entry(
              "hi",
              List.of(
                  "अनुच्छेद 1",
                  "1.",
                  "2.",
                  "(क)",
                  "(ख)",
                  "(ग)",
                  "अनुच्छेद 2",
                  "1.",
                  "2.",
                  "अनुच्छेद 3")),
          Map.entry(
              "th",
              List.of("ข้อ 1", "1.", "2.", "(ก)", "(ข)", "(ค)", "ข้อ 2", "1.", "2.", "ข้อ 3")),
          Map.entry(
              "am",
              List.of("አንቀጽ 1", "1.", "2.", "(ሀ)", "(ለ)", "(ሐ)", "አንቀጽ 2", "1.", "2.", "አንቀጽ 3")),
          Map.entry(
              "hy",
              List.of(
                  "Հոդված 1", "1.", "2.", "ա)", "բ)", "գ)", "Հոդված 2", "1.", "2.", "Հոդված 3")));

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static Stream<Arguments> layouts() {
    return Texts.languages().stream()
        .flatMap(
            lang ->
                Stream.of(
                    Arguments.of(lang, "clean"),
                    Arguments.of(lang, "wrapped"),
                    Arguments.of(lang, "docx")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("layouts")
  void splitsEveryVersionIntoTheSameUnits(String lang, String layout) {
    List<String> paragraphs = Texts.paragraphs(lang);
    byte[] document =
        switch (layout) {
          case "clean" -> String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
          case "wrapped" ->
              TextLayouts.of(paragraphs)
                  .width(64)
                  .blanks(Blanks.BETWEEN_PARAGRAPHS)
                  .hyphenate(true)
                  .render()
                  .getBytes(StandardCharsets.UTF_8);
          default -> DocxMaker.of(paragraphs).heading(0).toBytes();
        };
    String name = lang + (layout.equals("docx") ? ".docx" : ".txt");

    ClauseDocument doc =
        Splitter.split(extractor.extract(Source.bytes(name, document)), Granularity.CLAUSE);

    List<String> want = expected(lang, paragraphs);
    List<String> got = rows(doc);
    if (lang.equals("th") && layout.equals("wrapped")) {
      // Thai spaces separate phrases; a line break may have taken one (see TypesetDocumentsTest)
      want = want.stream().map(ScriptsSplitTest::withoutSpacesInText).toList();
      got = got.stream().map(ScriptsSplitTest::withoutSpacesInText).toList();
    }
    assertEquals(want, got);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.decl.testkit.Texts#languages")
  void splitsTypesetPdfsIntoTheSameIdsAndLabels(String lang) {
    if (List.of("hi", "am", "hy").contains(lang)) {
      return; // our typesetter cannot shape these scripts: see TypesetDocumentsTest
    }
    List<String> paragraphs = Texts.paragraphs(lang);
    byte[] pdf = PdfMaker.testPages(paragraphs).toBytes();

    ClauseDocument doc =
        Splitter.split(extractor.extract(Source.bytes(lang + ".pdf", pdf)), Granularity.CLAUSE);

    List<String> structure =
        doc.units().stream().map(u -> u.id() + " " + u.kind().id() + " " + u.label()).toList();
    List<String> want =
        expected(lang, paragraphs).stream()
            .map(r -> r.substring(0, r.indexOf(" | ")))
            .map(ScriptsSplitTest::withoutRole)
            .toList();
    assertEquals(want, structure);
  }

  /** The expected rows: "id kind role label | text", texts from the paragraphs, labels stripped. */
  private static List<String> expected(String lang, List<String> paragraphs) {
    List<String> bodies = new ArrayList<>(paragraphs);
    bodies.remove("* * *");
    List<String> labels = LABELS.get(lang);
    List<String> rows = new ArrayList<>();
    int label = 0;
    for (int i = 0; i < STRUCTURE.size(); i++) {
      String text = bodies.get(i);
      String printed = null;
      if (i >= 8 && i <= 17) {
        printed = labels.get(label++);
        if (!STRUCTURE.get(i).contains("heading")) {
          text = text.substring(printed.length()).strip();
        }
      }
      String role = STRUCTURE.get(i);
      if (lang.equals("th") && role.startsWith("1.5")) {
        role = "1.5 clause recital"; // Thai writes no colon to announce the articles
      }
      rows.add(role + " " + printed + " | " + text);
    }
    return rows;
  }

  private static List<String> rows(ClauseDocument doc) {
    return doc.units().stream()
        .map(
            u -> u.id() + " " + u.kind().id() + " " + u.role() + " " + u.label() + " | " + u.text())
        .toList();
  }

  private static String withoutSpacesInText(String row) {
    int bar = row.indexOf(" | ");
    return row.substring(0, bar) + row.substring(bar).replace(" ", "");
  }

  private static String withoutRole(String row) {
    String[] parts = row.split(" ");
    return parts[0]
        + " "
        + parts[1]
        + " "
        + String.join(" ", java.util.Arrays.copyOfRange(parts, 3, parts.length));
  }
}
