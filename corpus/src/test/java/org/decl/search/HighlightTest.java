package org.decl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.matchhighlight.OffsetRange;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.index.CorpusIndexer;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hit marks is what made it match, as Lucene's matching says: over a real index on disk of
 * the test kit's declaration in every language it has, and a few clauses written for the cases the
 * declaration lacks (a phrase whose words also stand apart, letters beyond the BMP, a combining
 * mark that has no precomposed form).
 */
class HighlightTest {

  @TempDir static Path dir;

  private static ClauseSearcher searcher;

  /** The declaration's languages indexed: one of each script the tests search in. */
  private static final List<String> LANGUAGES =
      List.of(
          "en", "fr", "ru", "el", "ar", "he", "hi", "bn", "th", "zh-Hans", "ja", "ko", "ka", "km",
          "my");

  @BeforeAll
  static void indexTheDeclarationAndTheWrittenClauses() throws IOException {
    List<CorpusIndexer.Target> targets = new ArrayList<>();
    for (String lang : LANGUAGES) {
      // each its own work: versions of one work would be aligned, which these tests do not need
      targets.add(
          target("declaration-" + lang, lang, Declarations.text(Declarations.declaration(lang))));
    }
    targets.add(
        target(
            "written",
            "en",
            "Open data serves open government, and government data must be open.\n\n"
                + "Freedom of expression and freedom of the press are protected.\n\n"
                + "Open, transparent and accountable government is the aim.\n\n"));
    // Gothic letters and a CJK Extension B ideograph are surrogate pairs; Yoruba's grave over a
    // dotted letter has no precomposed form, so NFC keeps it a combining mark
    targets.add(target("gothic", "got", "𐌲𐌿𐌸 𐍃𐌰 𐌰𐌹𐍅𐌴𐌹𐌽𐍉 👍🏽\n\n"));
    targets.add(target("extension-b", "zh-Hant", "這是𠀋字的例子\n\n"));
    targets.add(target("yoruba", "yo", "Ọ̀rọ̀ àti òmìnira ọ̀rọ̀ sísọ\n\n"));
    Path index = dir.resolve("index");
    try (Extractor extractor =
            new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
        CorpusIndexer indexer = new CorpusIndexer(index, extractor, 2)) {
      indexer.index(targets, true, new Quiet());
    }
    searcher = ClauseSearcher.open(index);
  }

  private static CorpusIndexer.Target target(String work, String lang, String text)
      throws IOException {
    Path file = dir.resolve(work).resolve(lang + ".txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new CorpusIndexer.Target(work, lang, work + "/" + lang + ".txt", file);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void aPhraseMarksItsOccurrenceWholeAndNotItsWordsElsewhere() {
    assertEquals(
        "Open data serves [open government], and government data must be open.",
        highlight("\"open government\"", "en", "written", "1.1"));
    // the same words unquoted: each is a match wherever it stands; side by side, one mark
    assertEquals(
        "[Open] data serves [open government], and [government] data must be [open].",
        highlight("open government", "en", "written", "1.1"));
  }

  @Test
  void aPhraseIsMarkedWholeWithTheStopWordInside() {
    assertEquals(
        "[Freedom of expression] and freedom of the press are protected.",
        highlight("\"freedom of expression\"", "en", "written", "1.2"));
  }

  @Test
  void aProximityPhraseMarksItsWordsAndNotTheWordsBetweenThem() {
    assertEquals(
        "[Open], transparent and accountable [government] is the aim.",
        highlight("\"open government\"~3", "en", "written", "1.3"));
    // side by side, as the exact phrase would be
    assertEquals(
        "Open data serves [open government], and government data must be open.",
        highlight("\"open government\"~3", "en", "written", "1.1"));
  }

  @Test
  void aWildcardMarksTheWordsItExpandsTo() {
    assertEquals(
        "Open, [transparent] and accountable government is the aim.",
        highlight("transparen*", "en", "written", "1.3"));
  }

  @Test
  void aFuzzyWordMarksTheWordsWithinItsDistance() {
    assertEquals(
        "Open data serves open [government], and [government] data must be open.",
        highlight("goverment~1", "en", "written", "1.1"));
  }

  @Test
  void aWordUnderNotIsNeverMarked() {
    assertEquals(
        "Open, transparent and accountable [government] is the aim.",
        highlight("government NOT \"transparent government\"", "en", "written", "1.3"));
  }

  @Test
  void anExactQueryMarksTheWordAsWrittenInTheText() {
    String text = hit("exact:societe", "fr", "declaration-fr", "art2.1").text();
    assertEquals(
        marked(text, "société"), highlight("exact:societe", "fr", "declaration-fr", "art2.1"));
  }

  @Test
  void aQueryOfMetadataAloneMarksNothing() {
    List<Hit> hits = search("role:recital", "en", 0);
    assertTrue(hits.size() > 5, hits.toString());
    for (Hit h : hits) {
      assertEquals(h.text(), h.highlight(), h.id());
    }
    String text = hit("role:recital", "en", "declaration-en", "1.2").text();
    assertEquals(
        marked(text, "transparent"),
        highlight("role:recital AND transparent", "en", "declaration-en", "1.2"));
  }

  @Test
  void aWordMarksItsOtherInflections() {
    String en = hit("right", "en", "declaration-en", "1.3").text();
    assertEquals(marked(en, "Rights", "right"), highlight("right", "en", "declaration-en", "1.3"));
    String ru = hit("правами", "ru", "declaration-ru", "1.3").text();
    assertEquals(marked(ru, "прав", "право"), highlight("правами", "ru", "declaration-ru", "1.3"));
  }

  /**
   * The same recital ("open, transparent and accountable government") in each script: the word for
   * transparent, or the word that holds it, is marked, and nothing else. Devanagari, Bengali, Thai,
   * Khmer and Burmese words end in or hold combining marks; Chinese and Japanese have no spaces;
   * Thai, Khmer and Burmese are cut into words by a dictionary; Korean's word is part of a longer
   * one.
   */
  @Test
  void theWordIsMarkedWholeInEveryScript() {
    String[][] cases = {
      // language, query, the text marked
      {"fr", "transparent", "transparent"},
      {"ru", "прозрачный", "прозрачное"},
      {"el", "διαφανής", "διαφανής"},
      {"ar", "الشفافة", "والشفافة"},
      {"he", "שקוף", "שקוף"},
      {"hi", "पारदर्शी", "पारदर्शी"},
      {"bn", "স্বচ্ছ", "স্বচ্ছ"},
      {"th", "โปร่งใส", "โปร่งใส"},
      {"zh-Hans", "透明", "透明"},
      {"ja", "透明", "透明"},
      {"ko", "투명", "투명"},
      {"ka", "გამჭვირვალე", "გამჭვირვალე"},
      {"km", "តម្លាភាព", "តម្លាភាព"},
      {"my", "ထင်သာမြင်သာ", "ထင်သာမြင်သာ"},
    };
    for (String[] c : cases) {
      String work = "declaration-" + c[0];
      String text = hit(c[1], c[0], work, "1.2").text();
      assertEquals(marked(text, c[2]), highlight(c[1], c[0], work, "1.2"), c[0]);
    }
  }

  @Test
  void aChinesePhraseFoundInBothFieldsIsOneMark() {
    assertEquals(
        "各国应当每2年通过一项[开放政府]国家行动计划。",
        highlight("\"开放政府\"", "zh-Hans", "declaration-zh-Hans", "art11.1"));
  }

  @Test
  void aSurrogatePairIsMarkedWhole() {
    assertEquals("[𐌲𐌿𐌸] 𐍃𐌰 𐌰𐌹𐍅𐌴𐌹𐌽𐍉 👍🏽", highlight("𐌲𐌿𐌸", "got", "gothic", "0.1"));
    assertEquals("𐌲𐌿𐌸 𐍃𐌰 𐌰𐌹𐍅𐌴𐌹𐌽𐍉 [👍🏽]", highlight("👍🏽", "got", "gothic", "0.1"));
    assertEquals("這是[𠀋]字的例子", highlight("𠀋", "zh-Hant", "extension-b", "0.1"));
  }

  @Test
  void aCombiningMarkIsMarkedWithItsBase() {
    String both = "[Ọ̀rọ̀] àti òmìnira [ọ̀rọ̀] sísọ";
    assertEquals(both, highlight("ọ̀rọ̀", "yo", "yoruba", "0.1"));
    assertEquals(both, highlight("exact:oro", "yo", "yoruba", "0.1"), "accents folded");
  }

  @Test
  void anOffsetInsideACharacterIsWidenedToTheWholeCharacter() {
    String hindi = "पारदर्शी सरकार"; // श at 6, its vowel sign ी at 7
    assertEquals(new OffsetRange(0, 8), Highlighter.whole(hindi, new OffsetRange(0, 7)));
    assertEquals(new OffsetRange(6, 8), Highlighter.whole(hindi, new OffsetRange(7, 8)));
    String gothic = "𐌲𐌿𐌸";
    assertEquals(new OffsetRange(0, 4), Highlighter.whole(gothic, new OffsetRange(1, 3)));
  }

  /** The hit's highlight, its marks as brackets. */
  private static String highlight(String query, String lang, String work, String id) {
    return hit(query, lang, work, id).highlight("[", "]");
  }

  private static Hit hit(String query, String lang, String work, String id) {
    List<Hit> hits = search(query, lang, 0);
    return hits.stream()
        .filter(h -> h.work().equals(work) && h.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(query + " does not find " + work + " " + id));
  }

  private static List<Hit> search(String query, String lang, int limit) {
    return searcher.search(
        new SearchRequest(query, List.of(lang), List.of(), List.of(), limit, List.of(), false));
  }

  /** The text with these words bracketed, each the first occurrence after the one before. */
  private static String marked(String text, String... words) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (String word : words) {
      int found = text.indexOf(word, at);
      assertTrue(found >= 0, word + " after " + at + " in " + text);
      out.append(text, at, found).append('[').append(word).append(']');
      at = found + word.length();
    }
    return out.append(text.substring(at)).toString();
  }

  private static final class Quiet implements CorpusIndexer.Listener {
    @Override
    public void versions(int count) {}

    @Override
    public void versionDone(String key) {}
  }
}
