package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.decl.Level;
import org.decl.extract.ExtractOptions;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * decl check on the sample declaration in every language of the test kit, French the original:
 * quiet when every version is faithful, and exactly the expected finding when one version has a
 * clause removed, two clauses merged, one split, two swapped, a number changed or a heading run
 * into the clause before it.
 */
class QuietCheckTest {

  /** The paragraph of an article's last item, followed by the next article's heading. */
  private static final int LAST_ITEM_OF_ARTICLE_1 = 13;

  @TempDir Path corpus;

  @Test
  void findsNothingAtWarningOrAboveInAFaithfulCorpus() throws IOException {
    List<CheckFinding> findings = check(null, null);

    assertEquals(List.of(), atWarningOrAbove(findings));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsARemovedClauseAsMissing(String lang) throws IOException {
    assertEquals(List.of("missing-clause 1.4"), rules(check(lang, p -> without(p, 6))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsTwoClausesRunTogetherAsMerged(String lang) throws IOException {
    assertEquals(List.of("merged-clauses 1.4"), rules(check(lang, p -> joined(p, 6))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsAHeadingRunIntoTheClauseBeforeAsMergedNotMissing(String lang) throws IOException {
    assertEquals(
        List.of("merged-clauses art1.2.c"),
        rules(check(lang, p -> joined(p, LAST_ITEM_OF_ARTICLE_1))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsAClauseCutInTwoAsSplit(String lang) throws IOException {
    assertEquals(List.of("split-clause 1.1"), rules(check(lang, p -> cut(p, 3))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsTwoSwappedClausesAsOneMovedClause(String lang) throws IOException {
    assertEquals(List.of("moved-clause 1.3"), rules(check(lang, p -> swapped(p, 4))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ar", "zh", "hi", "th", "am"})
  void reportsAChangedNumber(String lang) throws IOException {
    assertEquals(
        List.of("number-mismatch art1.2.a"),
        rules(check(lang, p -> p.stream().map(x -> x.replace("30", "45")).toList())));
  }

  /**
   * Checks the corpus: every language when none is altered, else the original and the altered
   * version only (the other versions cannot change what is found in it).
   */
  private List<CheckFinding> check(String altered, UnaryOperator<List<String>> change)
      throws IOException {
    StringBuilder yaml =
        new StringBuilder("works:\n  - id: lisbon\n    original: fr\n    versions:\n");
    Files.createDirectories(corpus.resolve("lisbon"));
    for (String lang : Texts.languages()) {
      if (altered != null && !lang.equals(altered) && !lang.equals("fr")) {
        continue;
      }
      List<String> paragraphs = Texts.paragraphs(lang);
      if (lang.equals(altered)) {
        paragraphs = change.apply(paragraphs);
      }
      Files.writeString(
          corpus.resolve("lisbon/" + lang + ".txt"), String.join("\n\n", paragraphs) + "\n");
      yaml.append("      - {lang: ").append(lang).append(", path: lisbon/").append(lang);
      yaml.append(".txt}\n");
    }
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    Manifest manifest = ManifestReader.read(corpus);
    CorpusChecker.Options options =
        new CorpusChecker.Options(
            RuleLevels.defaults(), 2, false, "test", ExtractOptions.defaults(), null);
    return new CorpusChecker(manifest, options)
        .check(manifest, CorpusChecker.Listener.NONE)
        .findings();
  }

  private static List<CheckFinding> atWarningOrAbove(List<CheckFinding> findings) {
    return findings.stream().filter(f -> f.level().compareTo(Level.WARNING) >= 0).toList();
  }

  private static List<String> rules(List<CheckFinding> findings) {
    return atWarningOrAbove(findings).stream().map(f -> f.rule() + " " + f.clause()).toList();
  }

  private static List<String> without(List<String> p, int i) {
    List<String> q = new ArrayList<>(p);
    q.remove(i);
    return q;
  }

  private static List<String> joined(List<String> p, int i) {
    List<String> q = new ArrayList<>(p);
    q.set(i, p.get(i) + " " + p.get(i + 1));
    q.remove(i + 1);
    return q;
  }

  private static List<String> swapped(List<String> p, int i) {
    List<String> q = new ArrayList<>(p);
    q.set(i, p.get(i + 1));
    q.set(i + 1, p.get(i));
    return q;
  }

  /** The paragraph cut in two at the punctuation mark or space nearest its middle. */
  private static List<String> cut(List<String> p, int i) {
    String text = p.get(i);
    int middle = text.length() / 2;
    int at = -1;
    for (int d = 0; d < middle && at < 0; d++) {
      for (int k : new int[] {middle + d, middle - d}) {
        char c = text.charAt(k);
        if (at < 0 && (c == ' ' || c == '、' || c == '，' || c == ',')) {
          at = k + 1;
        }
      }
    }
    List<String> q = new ArrayList<>(p);
    q.set(i, text.substring(0, at).strip());
    q.add(i + 1, text.substring(at).strip());
    return q;
  }
}
