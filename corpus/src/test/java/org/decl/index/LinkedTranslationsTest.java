package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.decl.clause.Clause;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.search.ClauseSearcher;
import org.decl.search.Hit;
import org.decl.search.SearchRequest;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links decl index makes between a work's versions, on the test kit's sample declaration in 11
 * languages and scripts as versions of one work: French the original, Russian without a recital,
 * Greek with a clause of its own. Each plain-text paragraph is one unit, so a unit's paragraph, and
 * with it the unit it translates in every other version, is known.
 */
class LinkedTranslationsTest {

  private static final String WORK = "lisbon-2021";
  private static final String REMOVED_FROM = "ru";
  private static final int REMOVED = 4; // a recital: "Rappelant les principes…"
  private static final String ADDED_TO = "el";
  private static final int ADDED_AFTER = 5; // after the third recital
  private static final String ADDED =
      "Σημειώνοντας ότι οι κυβερνήσεις οφείλουν να δημοσιεύουν κάθε χρόνο έκθεση για την πρόοδο"
          + " της διαφάνειας και της συμμετοχής των πολιτών,";

  private final Extractor extractor =
      new Extractor(ExtractOptions.defaults().withLanguageDetection(false));

  @TempDir Path dir;

  /** For each language, the original paragraph each of its units translates; -1 for its own. */
  private final Map<String, List<Integer>> paragraphOf = new LinkedHashMap<>();

  private List<CorpusIndexer.Target> writeVersions() throws IOException {
    List<CorpusIndexer.Target> targets = new ArrayList<>();
    for (String lang : Texts.languages()) {
      List<String> paragraphs = new ArrayList<>(Texts.paragraphs(lang));
      List<Integer> origin = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        origin.add(p);
      }
      if (lang.equals(REMOVED_FROM)) {
        paragraphs.remove(REMOVED);
        origin.remove(REMOVED);
      }
      if (lang.equals(ADDED_TO)) {
        paragraphs.add(ADDED_AFTER + 1, ADDED);
        origin.add(ADDED_AFTER + 1, -1);
      }
      List<Integer> units = new ArrayList<>(); // "* * *" separates, and is no unit
      for (int p = 0; p < paragraphs.size(); p++) {
        if (!paragraphs.get(p).matches("[*\\s]+")) {
          units.add(origin.get(p));
        }
      }
      paragraphOf.put(lang, units);
      targets.add(target(lang, paragraphs));
    }
    return targets;
  }

  private CorpusIndexer.Target target(String lang, List<String> paragraphs) throws IOException {
    Path file = dir.resolve(lang + ".txt");
    Files.writeString(file, String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
    return new CorpusIndexer.Target(WORK, lang, lang + ".txt", file, "fr");
  }

  private IndexReport index(List<CorpusIndexer.Target> targets) {
    try (CorpusIndexer indexer = new CorpusIndexer(dir.resolve("index"), extractor, 2)) {
      return indexer.index(targets, true, new Quiet());
    }
  }

  /** Every unit of one language in order, with its counterparts in every other. */
  private List<Hit> everyUnit(ClauseSearcher searcher, String lang) {
    List<Hit> hits =
        new ArrayList<>(
            searcher.search(
                new SearchRequest(
                    "kind:clause OR kind:heading",
                    List.of(lang),
                    List.of(),
                    List.of(),
                    0,
                    List.of(),
                    true)));
    hits.sort(Comparator.comparingInt(Hit::n));
    return hits;
  }

  @Test
  void showsTheAlignedCounterpartOfEveryClauseInEveryLanguage() throws IOException {
    index(writeVersions());

    int checked = 0;
    try (ClauseSearcher searcher = ClauseSearcher.open(dir.resolve("index"))) {
      for (String lang : Texts.languages()) {
        List<Hit> hits = everyUnit(searcher, lang);
        assertEquals(paragraphOf.get(lang).size(), hits.size(), lang + ": a unit per paragraph");
        for (Hit hit : hits) {
          int paragraph = paragraphOf.get(lang).get(hit.n() - 1);
          for (String other : Texts.languages()) {
            if (other.equals(lang)) {
              continue;
            }
            assertTrue(hit.translations().containsKey(other), "every language is a key");
            Hit.Translation shown = hit.translations().get(other);
            int expected = paragraphOf.get(other).indexOf(paragraph) + 1;
            String where = lang + " " + hit.n() + " (" + hit.text() + ") in " + other;
            if (paragraph < 0 || expected == 0) {
              assertNull(shown, where + ": no counterpart");
            } else {
              assertNotNull(shown, where);
              assertEquals(expected, shown.n(), where + ": " + shown.text());
              assertFalse(shown.weak(), where + ": a weak link, " + shown.score());
            }
            checked++;
          }
        }
      }
    }
    assertEquals((11 * 20 - 1 + 1) * 10, checked, "every unit of every version, in every other");
  }

  @Test
  void showsNoCounterpartForARemovedRecital() throws IOException {
    index(writeVersions());

    try (ClauseSearcher searcher = ClauseSearcher.open(dir.resolve("index"))) {
      Hit recital =
          searcher
              .search(
                  new SearchRequest(
                      "\"Rappelant les principes\"",
                      List.of("fr"),
                      List.of(),
                      List.of(),
                      1,
                      List.of("ru"),
                      false))
              .get(0);
      assertTrue(recital.translations().containsKey("ru"));
      assertNull(recital.translations().get("ru"), "ru lacks the recital");
      Hit next = everyUnit(searcher, "fr").get(REMOVED + 1);
      assertEquals(
          REMOVED + 1, next.translations().get("ru").n(), "the next recital, one up in ru");
    }
  }

  @Test
  void aSecondRunAlignsOnlyTheVersionsThatChanged() throws IOException {
    List<CorpusIndexer.Target> targets = writeVersions();
    index(targets);

    IndexReport same = index(targets);
    assertEquals(List.of(), same.realigned());
    assertEquals(11, same.unchanged().size());

    List<String> he = new ArrayList<>(Texts.paragraphs("he"));
    he.remove(REMOVED);
    targets.set(Texts.languages().indexOf("he"), target("he", he));
    IndexReport one = index(targets);
    assertEquals(List.of(WORK + "/he"), one.updated());
    assertEquals(List.of(), one.realigned(), "the others keep their links");
    try (ClauseSearcher searcher = ClauseSearcher.open(dir.resolve("index"))) {
      Hit fr = everyUnit(searcher, "fr").get(REMOVED);
      assertNull(fr.translations().get("he"));
      assertNull(fr.translations().get("ru"));
    }

    List<String> fr = new ArrayList<>(Texts.paragraphs("fr"));
    fr.remove(REMOVED);
    targets.set(Texts.languages().indexOf("fr"), target("fr", fr));
    IndexReport original = index(targets);
    assertEquals(List.of(WORK + "/fr"), original.updated());
    assertEquals(10, original.realigned().size(), "its original changed: every version realigned");
    try (ClauseSearcher searcher = ClauseSearcher.open(dir.resolve("index"))) {
      Hit recital = everyUnit(searcher, "fr").get(REMOVED);
      assertEquals(REMOVED + 1, recital.translations().get("ru").n(), "ru and fr both lack it now");
      assertEquals(REMOVED + 2, recital.translations().get("ar").n(), "ar has it one down");
    }
    assertTrue(
        new CheckIndex(FSDirectory.open(dir.resolve("index"))).checkIndex().clean, "CheckIndex");
  }

  @Test
  void aVersionWhoseNumberingCannotBeReadTakesTheOriginalsIdsFromTheAlignment() throws IOException {
    List<String> fr = Texts.paragraphs("fr");
    List<String> ru = new ArrayList<>(Texts.paragraphs("ru"));
    // its article headings are titles without a number, so its split numbers by position
    ru.set(8, "Доступ к информации");
    ru.set(14, "Участие");
    ru.set(17, "Контроль");
    ru.set(5, ru.get(5) + " " + ru.remove(6)); // two recitals in one
    CorpusIndexer.Target original = target("fr", fr);
    CorpusIndexer.Target merged = target("ru", ru);
    List<String> ownIds =
        new Splitter(extractor)
            .split(Source.file(merged.file()).withLang("ru"), Granularity.CLAUSE).units().stream()
                .map(Clause::id)
                .toList();
    assertFalse(ownIds.contains("art1"), "its split reads no article: " + ownIds);
    index(List.of(original, merged));

    try (ClauseSearcher searcher = ClauseSearcher.open(dir.resolve("index"))) {
      List<Hit> frUnits = everyUnit(searcher, "fr");
      List<Hit> ruUnits = everyUnit(searcher, "ru");
      assertEquals(frUnits.size() - 1, ruUnits.size());
      for (Hit unit : ruUnits) {
        int n = unit.n() <= 6 ? unit.n() : unit.n() + 1;
        assertEquals(frUnits.get(n - 1).id(), unit.id(), unit.n() + " " + unit.text());
        assertEquals(n, unit.translations().get("fr").n(), unit.text());
      }
      Hit both = ruUnits.get(5);
      assertEquals("1.3", both.id(), "a merge takes the first of its original's ids");
      assertEquals(
          frUnits.get(5).text() + " " + frUnits.get(6).text(),
          both.translations().get("fr").text(),
          "both recitals it merges");
      assertEquals(both.text(), frUnits.get(6).translations().get("ru").text());
    }
  }

  /** A listener that says nothing. */
  private static final class Quiet implements CorpusIndexer.Listener {
    @Override
    public void versions(int count) {}

    @Override
    public void versionDone(String key) {}
  }
}
