package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;
import org.decl.diff.TranslationCheck;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Translations altered the ways translations go wrong (a clause deleted, two merged, one split, a
 * number changed, a clause moved, the numbering removed), aligned with their original: the aligner
 * recovers exactly the beads the alteration leaves.
 */
class AlteredVersionsTest {

  /** A translation and the paragraphs the alterations work on. */
  record Sample(
      String lang,
      ClauseDocument original,
      List<String> translation,
      int deleted,
      int merged,
      int split,
      int number,
      int moved,
      int movedAfter) {

    @Override
    public String toString() {
      return lang;
    }

    List<Alteration> alterations() {
      return List.of(
          Alteration.unchanged(translation),
          Alteration.deleted(translation, deleted),
          Alteration.merged(translation, merged),
          Alteration.split(translation, split),
          Alteration.numberChanged(translation, number),
          Alteration.moved(translation, moved, movedAfter),
          Alteration.unnumbered(translation));
    }
  }

  static Stream<Arguments> alterations() {
    ClauseDocument lisbon = Versions.of("fr.txt", "fr", Texts.paragraphs("fr"));
    ClauseDocument paris = Versions.of(Repo.file("examples/paris-2016/fr.txt"), "fr");
    List<Sample> samples = new ArrayList<>();
    for (String lang : List.of("ar", "zh", "ru")) {
      samples.add(new Sample(lang, lisbon, Texts.paragraphs(lang), 5, 3, 18, 16, 4, 6));
    }
    samples.add(
        new Sample(
            "en",
            paris,
            Texts.paragraphs(Repo.file("examples/sources/paris-2016/en.txt")),
            11,
            9,
            12,
            1,
            10,
            13));
    return samples.stream().flatMap(s -> s.alterations().stream().map(a -> Arguments.of(s, a)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("alterations")
  void recoversTheBeadsTheAlterationLeaves(Sample sample, Alteration alteration) {
    ClauseDocument translation =
        Versions.of(sample.lang() + ".txt", sample.lang(), alteration.paragraphs());
    Alignment alignment = new Aligner().align(sample.original(), translation);
    List<String> expected =
        Versions.beads(
            alteration.beads(),
            Versions.units(sample.translation()),
            Versions.units(alteration.paragraphs()));
    assertEquals(expected, Versions.described(alignment.beads()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("alterations")
  void translationCheckReportsExactlyTheAlteration(Sample sample, Alteration alteration) {
    ClauseDocument translation =
        Versions.of(sample.lang() + ".txt", sample.lang(), alteration.paragraphs());
    Alignment alignment = new Aligner().align(sample.original(), translation);
    List<Finding> findings = new TranslationCheck(List.of(), 0.2, null).check(alignment);
    assertEquals(
        alteration.findings(),
        findings.stream().map(Finding::rule).toList(),
        () ->
            findings.stream()
                .map(f -> f.rule() + " " + f.clause() + ": " + f.message())
                .toList()
                .toString());
  }
}
