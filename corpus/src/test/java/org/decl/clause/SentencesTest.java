package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The segmenter against our own cases, one file per language in {@code sentences/LANG.txt}: a case
 * per line, {@code " | "} where a sentence ends between words and {@code "|"} where it ends with no
 * space (Chinese, Japanese), {@code \n} for a line break. Prints the pass rate per language and
 * each failure; English must pass 98% of its cases, every other language 95%.
 */
class SentencesTest {

  private static final Path CASES = casesDirectory();

  /** One case: the text and the sentences it holds. */
  record Case(int line, String text, List<String> sentences) {}

  static Stream<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring(0, f.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void cutsTheLanguagesCasesIntoTheirSentences(String lang) throws IOException {
    List<Case> cases = cases(lang);
    Sentences sentences = new Sentences(lang);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      List<String> got =
          sentences.of(c.text()).stream().map(s -> c.text().substring(s[0], s[1])).toList();
      if (!got.equals(c.sentences())) {
        failures.add(lang + ".txt:" + c.line() + " expected " + c.sentences() + " got " + got);
      }
    }
    double rate = 100.0 * (cases.size() - failures.size()) / cases.size();
    System.out.printf(
        Locale.ROOT,
        "sentences %-8s %3d/%3d %6.1f%%%n",
        lang,
        cases.size() - failures.size(),
        cases.size(),
        rate);
    failures.forEach(f -> System.out.println("  " + f));
    assertTrue(cases.size() >= (lang.equals("en") ? 30 : 15), lang + ": too few cases");
    double required = lang.equals("en") ? 98 : 95;
    assertTrue(rate >= required, lang + " passes " + rate + "%: " + failures);
  }

  @Test
  void keepsTheSentenceEndInsideAQuotationWithItsClosingMark() {
    String text = "He said: “We came. We saw.” Then he left.";
    List<int[]> spans = new Sentences("en").of(text);
    assertEquals(2, spans.size());
    assertEquals("He said: “We came. We saw.”", text.substring(spans.get(0)[0], spans.get(0)[1]));
  }

  @Test
  void appliesTheGenericRulesToALanguageWithoutConventions() {
    String text = "Dr. Ikem ya zo a ranar 3. Ya tafi. J. Bello ya dawo.";
    List<int[]> spans = new Sentences("ha").of(text);
    assertEquals(
        List.of("Dr. Ikem ya zo a ranar 3.", "Ya tafi.", "J. Bello ya dawo."),
        spans.stream().map(s -> text.substring(s[0], s[1])).toList());
  }

  private static List<Case> cases(String lang) throws IOException {
    List<String> lines = Files.readAllLines(CASES.resolve(lang + ".txt"), StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String marked = line.replace("\\n", "\n");
      String text = marked.replace(" | ", " ").replace("|", "");
      List<String> expected =
          Stream.of(marked.split(" \\| |\\|"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      cases.add(new Case(k + 1, text, expected));
    }
    return cases;
  }

  private static Path casesDirectory() {
    try {
      return Path.of(SentencesTest.class.getResource("sentences").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
