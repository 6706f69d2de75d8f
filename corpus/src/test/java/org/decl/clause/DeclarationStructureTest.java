package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.testkit.Declarations;
import org.decl.testkit.ListDocuments;
import org.decl.testkit.TextLayouts;
import org.decl.testkit.TextLayouts.Blanks;
import org.decl.text.Punctuation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our 65-paragraph declaration in every language of the test kit, each version written with its own
 * language's conventions for article headings ({@code Article premier}, {@code 1. cikk}, {@code
 * 第一条}, {@code סעיף א.}, {@code مادهٔ اول}, {@code 1-бап}, {@code አንቀጽ ፩}): every version gets the
 * original's id and kind for every unit, with its language given or not.
 */
class DeclarationStructureTest {

  private static final String FOLDER = "/org/decl/testkit/declaration/";

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static Stream<Arguments> versions() {
    return read("index.tsv")
        .lines()
        .skip(1)
        .map(l -> l.split("\t")[0])
        .flatMap(lang -> Stream.of(Arguments.of(lang, true), Arguments.of(lang, false)));
  }

  @ParameterizedTest(name = "{0} (language given: {1})")
  @MethodSource("versions")
  void everyVersionGetsTheOriginalsIds(String lang, boolean langGiven) {
    String text = read(lang + ".txt");
    ClauseDocument doc = split(lang, text, langGiven);

    assertEquals(expected(paragraphs(text)), rows(doc), lang);
  }

  static Stream<Arguments> languages() {
    return read("index.tsv").lines().skip(1).map(l -> Arguments.of(l.split("\t")[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void hardWrappedVersionsGetTheSameIds(String lang) {
    List<String> paragraphs = paragraphs(read(lang + ".txt"));
    String wrapped =
        TextLayouts.of(paragraphs).width(72).blanks(Blanks.BETWEEN_PARAGRAPHS).render();

    ClauseDocument doc = split(lang, wrapped, true);

    assertEquals(
        expected().stream().map(r -> r.substring(0, r.lastIndexOf(' '))).toList(),
        rows(doc).stream().map(r -> r.substring(0, r.lastIndexOf(' '))).toList(),
        lang);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void htmlVersionsWithRealListsGetTheSameIds(String lang) {
    String html = ListDocuments.html(lang, Declarations.declaration(lang));

    ClauseDocument doc = split(lang + ".html", html.getBytes(StandardCharsets.UTF_8), null);

    assertEquals(expected(paragraphs(read(lang + ".txt"))), rows(doc), lang);
    assertEquals(lang, doc.lang(), "the language the page declares");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void wordVersionsWithAutomaticNumberingGetTheSameIds(String lang) {
    byte[] docx = ListDocuments.docx(lang, Declarations.declaration(lang));

    ClauseDocument doc = split(lang + ".docx", docx, null);

    assertEquals(expected(paragraphs(read(lang + ".txt"))), rows(doc), lang);
  }

  private static ClauseDocument split(String name, byte[] bytes, String lang) {
    return Splitter.split(
        extractor.extract(new Source(name, null, bytes, lang)), Granularity.CLAUSE);
  }

  private static ClauseDocument split(String lang, String text, boolean langGiven) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Source source = new Source(lang + ".txt", null, bytes, langGiven ? lang : null);
    return Splitter.split(extractor.extract(source), Granularity.CLAUSE);
  }

  /** The structure every version has: id, kind, role, from structure.tsv. */
  private static List<String> expected() {
    List<String> rows = new ArrayList<>();
    read("structure.tsv")
        .lines()
        .skip(1)
        .forEach(
            l -> {
              String[] f = l.split("\t");
              rows.add(f[0] + " " + f[1] + " " + f[2]);
            });
    return rows;
  }

  /**
   * The structure, with one allowance: the enacting formula is told from the recitals by how it
   * ends, so a language that ends neither (Thai) has it as a recital.
   */
  private static List<String> expected(List<String> paragraphs) {
    List<String> rows = new ArrayList<>(expected());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).endsWith(" formula")
          && Punctuation.endOf(paragraphs.get(i)) == Punctuation.End.NONE
          && !Punctuation.endsWithColon(paragraphs.get(i))) {
        rows.set(i, rows.get(i).replace(" formula", " recital"));
      }
    }
    return rows;
  }

  private static List<String> rows(ClauseDocument doc) {
    return doc.units().stream().map(u -> u.id() + " " + u.kind().id() + " " + u.role()).toList();
  }

  private static List<String> paragraphs(String text) {
    return List.of(text.strip().split("\n\\s*\n"));
  }

  private static String read(String name) {
    try (InputStream in = DeclarationStructureTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test-kit file " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
