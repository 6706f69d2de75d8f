package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.decl.testkit.TextLayouts;
import org.decl.testkit.TextLayouts.Blanks;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our sample declaration in eleven scripts, hard-wrapped at 64 columns the ways other tools leave
 * text: without blank lines (pdftotext), with blank lines between paragraphs, and with a blank line
 * after every line (the seed's case); with long words hyphenated; with and without pages, running
 * headers and page numbers. Extraction must give back the paragraphs exactly, but for the ends and
 * spaces no reader could see, which {@link LayoutComparison} computes from the layout.
 */
class PlainTextLayoutsTest {

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
                Stream.of(Blanks.values())
                    .flatMap(
                        blanks ->
                            Stream.of(
                                Arguments.of(lang, blanks, false),
                                Arguments.of(lang, blanks, true))));
  }

  @ParameterizedTest(name = "{0}, blank lines {1}, paginated {2}")
  @MethodSource("layouts")
  void joinsHardWrappedLinesBackIntoTheParagraphs(String lang, Blanks blanks, boolean paginated) {
    List<String> paragraphs = Texts.paragraphs(lang);
    TextLayouts layout = TextLayouts.of(paragraphs).width(64).blanks(blanks).hyphenate(true);
    if (paginated) {
      layout.pages(15, "Declaration on Open and Accountable Government — draft");
    }
    byte[] text = layout.render().getBytes(StandardCharsets.UTF_8);

    List<String> extracted = extractor.extract(Source.bytes(lang + ".txt", text)).texts();

    LayoutComparison result = LayoutComparison.of(paragraphs, extracted, layout, blanks);
    assertTrue(result.unexcused().isEmpty(), String.join("\n", result.unexcused()));
  }
}
