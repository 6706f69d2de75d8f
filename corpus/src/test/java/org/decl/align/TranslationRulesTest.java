package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;
import org.decl.diff.TranslationCheck;
import org.decl.extract.LanguageDetector;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the translation check, on one slip made on purpose in a clean translation. */
class TranslationRulesTest {

  private static final ClauseDocument PARIS_FR =
      Versions.of(Repo.file("examples/paris-2016/fr.txt"), "fr");
  private static final List<String> PARIS_EN =
      Texts.paragraphs(Repo.file("examples/sources/paris-2016/en.txt"));
  private static final List<Map<String, String>> GLOSSARY =
      List.of(Map.of("fr", "PGO", "en", "OGP"));
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  @ParameterizedTest
  @ValueSource(strings = {"ru", "el", "ar", "he", "zh", "ja", "hi", "th", "am", "hy"})
  void findsNothingInTheSampleTranslations(String lang) {
    ClauseDocument french = Versions.of("fr.txt", "fr", Texts.paragraphs("fr"));
    ClauseDocument other = Versions.of(lang + ".txt", lang, Texts.paragraphs(lang));
    assertEquals(List.of(), messages(check(french, other)));
  }

  @Test
  void findsNothingInTheBundledEnglishTranslation() {
    assertEquals(List.of(), messages(check(PARIS_FR, english(p -> p))));
  }

  @Test
  void reportsAChangedAddress() {
    List<String> ru = new ArrayList<>(Texts.paragraphs("ru"));
    ru.replaceAll(p -> p.replace("example.org/open-gov", "example.org/open-data"));
    ClauseDocument french = Versions.of("fr.txt", "fr", Texts.paragraphs("fr"));
    assertOne("url-mismatch", "1.4", check(french, Versions.of("ru.txt", "ru", ru)));
  }

  @Test
  void reportsAClauseLeftInTheOriginalScript() {
    List<String> ru = new ArrayList<>(Texts.paragraphs("ru"));
    ru.set(4, Texts.paragraphs("fr").get(4));
    ClauseDocument french = Versions.of("fr.txt", "fr", Texts.paragraphs("fr"));
    assertOne("untranslated", "1.2", check(french, Versions.of("ru.txt", "ru", ru)));
  }

  @Test
  void reportsAClauseLeftInTheOriginalLanguage() {
    String french = PARIS_FR.units().get(6).text();
    ClauseDocument en = english(p -> p.startsWith("Resolved to") ? french : p);
    assertOne("untranslated", "1.5", check(PARIS_FR, en));
  }

  @Test
  void reportsAGlossaryTermNotRenderedAsAgreed() {
    ClauseDocument en =
        english(p -> p.startsWith("We recognize that") ? p.replace("OGP", "the Partnership") : p);
    assertOne("glossary", "2.3", check(PARIS_FR, en));
  }

  @Test
  void reportsAnUnclosedBracket() {
    ClauseDocument en = english(p -> p.replace("Partnership (OGP)", "Partnership (OGP"));
    assertOne("unbalanced-brackets", "2.1", check(PARIS_FR, en));
  }

  @Test
  void reportsADoubledWord() {
    ClauseDocument en = english(p -> p.replace("raise the level", "raise the the level"));
    assertOne("doubled-word", "2.2", check(PARIS_FR, en));
  }

  @Test
  void reportsAnEndOfAnotherKind() {
    ClauseDocument en =
        english(p -> p.startsWith("Recognizing that") ? p.replaceAll(",$", ".") : p);
    assertOne("end-punctuation", "1.4", check(PARIS_FR, en));
  }

  @Test
  void reportsATranslationFarShorterThanUsual() {
    ClauseDocument en =
        english(
            p ->
                p.startsWith("Convinced that")
                    ? "Convinced that openness is essential to make our democracies more"
                        + " inclusive, just and sustainable; to promote equal social, cultural,"
                        + " economic, civil and political rights for all,"
                    : p);
    assertOne("length-ratio", "1.3", check(PARIS_FR, en));
  }

  @Test
  void reportsAnAddedClause() {
    ClauseDocument en =
        english(
            p ->
                p.startsWith("Recognizing that")
                    ? p + "\n\nNoting with concern the growing number of attacks on journalists,"
                    : p);
    assertOne("extra-clause", "1.5", check(PARIS_FR, en));
  }

  @Test
  void flagsBeadsBelowTheMinimumScore() {
    ClauseDocument en = english(p -> p);
    Alignment alignment = new Aligner().align(PARIS_FR, en);
    List<Finding> findings = new TranslationCheck(List.of(), 1.01, null).check(alignment);
    assertEquals(
        alignment.beads().size(),
        findings.stream().filter(f -> f.rule().equals("weak-bead")).count());
  }

  private static ClauseDocument english(UnaryOperator<String> edit) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : PARIS_EN) {
      paragraphs.add(edit.apply(p));
    }
    return Versions.of("en.txt", "en", paragraphs);
  }

  private static List<Finding> check(ClauseDocument original, ClauseDocument translation) {
    Alignment alignment = new Aligner().align(original, translation);
    return new TranslationCheck(GLOSSARY, 0.2, DETECTOR).check(alignment);
  }

  private static void assertOne(String rule, String clause, List<Finding> findings) {
    assertEquals(
        List.of(rule + " " + clause),
        findings.stream().map(f -> f.rule() + " " + f.clause()).toList(),
        () -> messages(findings).toString());
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.clause() + ": " + f.message()).toList();
  }
}
