package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.format.TmxWriter;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;

/**
 * The rows of a work's alignment, made from each version's alignment with the original on its own:
 * the sample declaration in French (the original), Russian, Greek and Arabic, the Arabic merging
 * two recitals into one clause.
 */
class ManyVersionsTest {

  private static final int FIRST = 5; // the paragraphs of the recitals the Arabic merges
  private static final int SECOND = 6;

  private static MultiAlignment work() {
    List<String> ar = new ArrayList<>(Texts.paragraphs("ar"));
    ar.set(FIRST, ar.get(FIRST) + " " + ar.remove(SECOND));
    List<ClauseDocument> versions =
        List.of(
            Versions.of("fr.txt", "fr", Texts.paragraphs("fr")),
            Versions.of("ru.txt", "ru", Texts.paragraphs("ru")),
            Versions.of("el.txt", "el", Texts.paragraphs("el")),
            Versions.of("ar.txt", "ar", ar));
    return new Aligner().alignAll(versions);
  }

  @Test
  void aMergeInOneVersionLeavesTheRowsOfTheOthersOneToOne() {
    MultiAlignment all = work();
    int units = all.versions().get(0).units().size();

    assertEquals(units, all.rows().size(), "a row per unit of the original");
    for (int r = 0; r < units; r++) {
      Row row = all.rows().get(r);
      assertEquals(List.of(r + 1), row.units().get(0));
      assertEquals(List.of(r + 1), row.units().get(1), "ru, row " + (r + 1));
      assertEquals(List.of(r + 1), row.units().get(2), "el, row " + (r + 1));
      assertFalse(row.hasGap(), "row " + (r + 1));
    }
    Row merging = all.rows().get(FIRST);
    Row merged = all.rows().get(SECOND);
    assertEquals(List.of(FIRST + 1), merging.units().get(3), "the Arabic clause, in the first row");
    assertEquals(List.of(false, false, false, true), merged.merged());
    assertTrue(merged.units().get(3).isEmpty());
    assertEquals(List.of(SECOND + 1), all.rows().get(SECOND + 1).units().get(3), "then 1-1 again");
  }

  @Test
  void aTranslationMemoryPairsTheMergedClauseWithBothOriginals() throws IOException {
    MultiAlignment all = work();
    StringWriter out = new StringWriter();

    int written = new TmxWriter("test", Granularity.CLAUSE).write(all, out);

    String tmx = out.toString();
    assertEquals(all.rows().size() + 1, written, "a unit per row, and one for the merge");
    String both = all.text(0, List.of(FIRST + 1, SECOND + 1));
    String arabic = all.text(3, List.of(FIRST + 1));
    Matcher tu = Pattern.compile("(?s)<tu .*?</tu>").matcher(tmx);
    int withArabic = 0;
    while (tu.find()) {
      if (tu.group().contains(arabic)) {
        withArabic++;
        assertTrue(tu.group().contains(both), "with both French recitals: " + tu.group());
        assertFalse(tu.group().contains("xml:lang=\"ru\""), "and no other version");
      }
    }
    assertEquals(1, withArabic);
  }
}
