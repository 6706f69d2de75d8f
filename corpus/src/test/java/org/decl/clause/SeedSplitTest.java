package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.SeedDocumentTest;
import org.decl.extract.Source;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.Test;

/**
 * The seed splits into 27 units: the two title lines, six recitals, fifteen commitments, and the
 * heading and three paragraphs of the collective actions. The whole declaration is grammatically
 * one sentence whose clauses end in commas; sections are separated by {@code * * *}.
 */
class SeedSplitTest {

  @Test
  void splitsTheSeedIntoItsTwentySevenUnits() {
    ClauseDocument doc;
    try (Extractor extractor =
        new Extractor(ExtractOptions.defaults().withLanguageDetection(false))) {
      doc =
          new Splitter(extractor)
              .split(Source.file(Repo.file("examples/paris-2016/fr.txt")), Granularity.CLAUSE);
    }

    List<String> texts =
        SeedDocumentTest.PARAGRAPHS.stream().filter(p -> !p.equals("* * *")).toList();
    List<String> expected = new ArrayList<>();
    expected.add(row(1, "0.1", "heading", "title", texts.get(0)));
    expected.add(row(2, "0.2", "heading", "title", texts.get(1)));
    for (int i = 1; i <= 6; i++) {
      expected.add(row(2 + i, "1." + i, "clause", "recital", texts.get(1 + i)));
    }
    for (int i = 1; i <= 15; i++) {
      expected.add(row(8 + i, "2." + i, "clause", "commitment", texts.get(7 + i)));
    }
    expected.add(row(24, "3.0", "heading", "heading", texts.get(23)));
    for (int i = 1; i <= 3; i++) {
      expected.add(row(24 + i, "3." + i, "clause", "closing", texts.get(23 + i)));
    }

    assertEquals(expected, doc.units().stream().map(SeedSplitTest::row).toList());
  }

  private static String row(int n, String id, String kind, String role, String text) {
    return n + " " + id + " " + kind + " " + role + " null " + text;
  }

  private static String row(Clause u) {
    return row(u.n(), u.id(), u.kind().id(), u.role(), u.text())
        .replace(" null ", " " + u.label() + " ");
  }
}
