package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.decl.clause.ClauseDocument;
import org.decl.testkit.Texts;
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

  private static List<String> oneToOne(ClauseDocument doc) {
    List<String> beads = new ArrayList<>();
    for (int n = 1; n <= doc.units().size(); n++) {
      beads.add(Versions.describe(List.of(n), List.of(n)));
    }
    return beads;
  }
}
