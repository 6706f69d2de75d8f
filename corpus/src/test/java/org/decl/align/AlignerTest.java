package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;
import org.decl.clause.Span;
import org.decl.testkit.LongTranslation;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlignerTest {

  private final Aligner aligner = new Aligner();

  @ParameterizedTest
  @ValueSource(strings = {"ru", "el", "ar", "he", "zh", "ja", "hi", "th", "am", "hy"})
  void alignsEveryClauseOfTheSampleDeclarationWithTheFrench(String lang) {
    List<String> french = Texts.paragraphs("fr");
    List<String> other = Texts.paragraphs(lang);
    Alignment alignment =
        aligner.align(Versions.of("fr.txt", "fr", french), Versions.of(lang + ".txt", lang, other));
    assertEquals(oneToOne(alignment.source()), Versions.described(alignment.beads()));
  }

  @Test
  void alignsLongDocumentsInANarrowBandAsWellAsShortOnes() {
    LongTranslation pair = LongTranslation.of(3_000, 7);
    ClauseDocument french = document("fr", pair.source());
    ClauseDocument russian = document("ru", pair.target());

    List<Bead> beads = aligner.align(french, russian).beads();

    List<Bead> gold = new ArrayList<>();
    for (int[][] bead : pair.beads()) {
      gold.add(new Bead(list(bead[0]), list(bead[1]), 1));
    }
    GoldScore score = GoldScore.of(beads, gold);
    assertTrue(score.strict().f1() >= 0.98, score.toString());
    assertTrue(score.lax().f1() >= 0.995, score.toString());
    long dropped = beads.stream().filter(b -> b.target().isEmpty()).count();
    assertTrue(Math.abs(dropped - pair.dropped()) <= pair.dropped() / 5, dropped + " gaps");
  }

  private static ClauseDocument document(String lang, List<String> texts) {
    List<Clause> units = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      String text = texts.get(k);
      units.add(
          new Clause(
              k + 1,
              String.valueOf(k + 1),
              Kind.CLAUSE,
              "paragraph",
              null,
              text,
              new Span(k, 0, 0, 0, text.length())));
    }
    return new ClauseDocument(lang + ".txt", "text/plain", lang, units, List.of());
  }

  private static List<Integer> list(int[] ns) {
    return java.util.Arrays.stream(ns).boxed().toList();
  }

  private static List<String> oneToOne(ClauseDocument doc) {
    List<String> beads = new ArrayList<>();
    for (int n = 1; n <= doc.units().size(); n++) {
      beads.add(Versions.describe(List.of(n), List.of(n)));
    }
    return beads;
  }
}
