package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decl.testkit.Declarations;
import org.decl.testkit.Declarations.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Running headers, footers and page numbers leave the text; headings at the tops of pages stay. */
class PageFurnitureTest {

  /** The articles that open pages 2 to 7: their numbers do not follow the pages. */
  private static final int[] ARTICLES_AT_PAGE_TOPS = {1, 3, 4, 6, 9, 10};

  static List<String> languages() {
    return Declarations.languages();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void keepsArticleHeadingsThatOpenPagesAndDropsTheRunningFooter(String lang) {
    List<Unit> units = Declarations.declaration(lang);
    List<String> headings = new ArrayList<>();
    List<TextLine> lines = new ArrayList<>();
    int page = 1;
    lines.add(line(units.get(0).text(), page));
    for (int article : ARTICLES_AT_PAGE_TOPS) {
      lines.add(line("A/RES/71/" + (300 + page) + " " + page, page)); // footer: symbol, page
      page++;
      String heading = articleHeading(units, article);
      headings.add(heading);
      lines.add(line(heading, page));
      for (Unit u : body(units, article)) {
        lines.add(line(u.text(), page));
      }
    }

    List<String> kept = PageFurniture.remove(lines).stream().map(TextLine::text).toList();

    for (String heading : headings) {
      assertTrue(kept.contains(heading), lang + ": lost the heading " + heading);
    }
    assertFalse(kept.stream().anyMatch(t -> t.startsWith("A/RES/71/")), lang + ": kept a footer");
  }

  @Test
  void aHeaderWhoseNumbersStayTheSameOrFollowThePageIsFurniture() {
    assertTrue(
        PageFurniture.numbersFollowThePages(
            Map.of(2, "A/RES/73/195 page 2", 3, "A/RES/73/195 page 3", 4, "A/RES/73/195 page 4"),
            2));
    assertTrue(
        PageFurniture.numbersFollowThePages(
            Map.of(2, "UDHR 1948", 5, "UDHR 1948", 9, "UDHR 1948"), 2));
    // Adlam digits are outside the Basic Multilingual Plane
    assertTrue(
        PageFurniture.numbersFollowThePages(
            Map.of(2, "𞤀𞤐 \uD83A\uDD52", 3, "𞤀𞤐 \uD83A\uDD53", 4, "𞤀𞤐 \uD83A\uDD54"), 2));
  }

  @Test
  void headingsWhoseNumbersCountSomethingElseAreNot() {
    assertFalse(
        PageFurniture.numbersFollowThePages(
            Map.of(2, "دفعہ ۳", 3, "دفعہ ۷", 5, "دفعہ ۸", 6, "دفعہ ۱۲"), 2));
    assertFalse(PageFurniture.numbersFollowThePages(Map.of(2, "제3조", 3, "제5조", 4, "제9조"), 2));
    // two pages in step out of five is a coincidence, not a page number
    assertFalse(
        PageFurniture.numbersFollowThePages(
            Map.of(
                2, "Article 3", 3, "Article 4", 5, "Article 9", 6, "Article 12", 8, "Article 15"),
            2));
  }

  private static String articleHeading(List<Unit> units, int article) {
    return units.stream()
        .filter(u -> u.heading() && u.id().equals("art" + article))
        .findFirst()
        .orElseThrow()
        .text();
  }

  private static List<Unit> body(List<Unit> units, int article) {
    String prefix = "art" + article + ".";
    return units.stream().filter(u -> !u.heading() && u.id().startsWith(prefix)).toList();
  }

  private static TextLine line(String text, int page) {
    return new TextLine(text, page, 1, false, ParagraphKind.TEXT, 0);
  }
}
