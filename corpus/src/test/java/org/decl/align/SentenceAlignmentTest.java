package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.DeclException;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Segments;
import org.decl.extract.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence alignment of short literary texts we wrote, one sentence a line, against gold links
 * (1-1, 1-2, 2-1 and 1-3): German–French, English–Russian, English–Chinese.
 */
class SentenceAlignmentTest {

  private static final String[][] PAIRS = {
    {"de-fr", "de", "fr"}, {"en-ru", "en", "ru"}, {"en-zh", "en", "zh"}
  };

  @Test
  void alignsLiteraryTextsBetterWithTheEvidenceOfWordsThanWithLengthsAndAnchors() throws Exception {
    List<Bead> plainBeads = new ArrayList<>();
    List<Bead> wordsBeads = new ArrayList<>();
    List<Bead> goldBeads = new ArrayList<>();
    int offset = 0;
    for (String[] pair : PAIRS) {
      ClauseDocument source = read(pair[0] + "." + pair[1] + ".txt", pair[1]);
      ClauseDocument target = read(pair[0] + "." + pair[2] + ".txt", pair[2]);
      List<Bead> gold = GoldFile.read(resource(pair[0] + ".gold.jsonl"), source, target);
      List<Bead> plain = Aligner.withoutWords().alignSegments(source, target).beads();
      List<Bead> words = new Aligner().alignSegments(source, target).beads();
      GoldScore before = GoldScore.of(plain, gold);
      GoldScore after = GoldScore.of(words, gold);
      System.out.printf(
          Locale.ROOT,
          "%s  lengths and anchors: strict %.3f lax %.3f  with words: strict %.3f lax %.3f%n",
          pair[0],
          before.strict().f1(),
          before.lax().f1(),
          after.strict().f1(),
          after.lax().f1());
      plainBeads.addAll(shifted(plain, offset));
      wordsBeads.addAll(shifted(words, offset));
      goldBeads.addAll(shifted(gold, offset));
      offset += 1000;
    }
    GoldScore before = GoldScore.of(plainBeads, goldBeads);
    GoldScore after = GoldScore.of(wordsBeads, goldBeads);
    System.out.printf(
        Locale.ROOT,
        "all    lengths and anchors: strict %.3f lax %.3f  with words: strict %.3f lax %.3f%n",
        before.strict().f1(),
        before.lax().f1(),
        after.strict().f1(),
        after.lax().f1());
    assertTrue(
        after.strict().f1() > before.strict().f1(),
        "strict F1 " + after.strict().f1() + " not above " + before.strict().f1());
    assertTrue(after.lax().f1() >= before.lax().f1());
  }

  @Test
  void learnsWordTranslationsFromPairsItIsSureOf() {
    List<long[]> sources = new ArrayList<>();
    List<long[]> targets = new ArrayList<>();
    String[][] pairs = {
      {"la maison est grande", "the house is big"},
      {"la maison est petite", "the house is small"},
      {"le jardin est grand", "the garden is big"},
      {"le jardin est petit", "the garden is small"},
      {"la maison et le jardin", "the house and the garden"},
    };
    for (String[] pair : pairs) {
      sources.add(Words.hashes(pair[0]));
      targets.add(Words.hashes(pair[1]));
    }
    Lexicon lexicon = Lexicon.learn(sources, targets);
    assertTrue(translates(lexicon, "maison", "house"));
    assertTrue(translates(lexicon, "jardin", "garden"));
    assertTrue(!translates(lexicon, "maison", "garden"));
  }

  @Test
  void readsAUsersDictionary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fr-en.tsv");
    Files.writeString(
        file, "# French to English\nmaison\thouse\nchat\tcat\t0.9\nchien\tcat\t0.01\n");
    Lexicon lexicon = Lexicon.read(file);
    assertTrue(translates(lexicon, "Maison", "house"));
    assertTrue(translates(lexicon, "chat", "cat"));
    assertTrue(!translates(lexicon, "chien", "cat"));
  }

  @Test
  void namesTheLineOfABadDictionaryEntry(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "maison\thouse\nchat cat\n", StandardCharsets.UTF_8);
    DeclException e = assertThrows(DeclException.class, () -> Lexicon.read(file));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
  }

  @Test
  void meetsNamesAcrossScriptsByTransliteration() {
    long[] russian = Words.cognates("Мадам Волкова посылает вам это, доктор Орлов.");
    long[] english = Words.cognates("Madame Volkova sends you this, Doctor Orlov.");
    assertEquals(4, Signals.shared(russian, english)); // madam(e), volk, orlo, dokt(or)
  }

  private static boolean translates(Lexicon lexicon, String source, String target) {
    Signals unit = Signals.of(clause(source), true);
    Signals translated = lexicon.translated(unit, true);
    return Signals.shared(translated.translations(), Words.hashes(target)) > 0;
  }

  private static org.decl.clause.Clause clause(String text) {
    return new org.decl.clause.Clause(
        1,
        "1",
        org.decl.clause.Kind.CLAUSE,
        "paragraph",
        null,
        text,
        new org.decl.clause.Span(0, 0, 0, 0, text.length()));
  }

  private static List<Bead> shifted(List<Bead> beads, int offset) {
    return beads.stream()
        .map(
            b ->
                new Bead(
                    b.source().stream().map(n -> n + offset).toList(),
                    b.target().stream().map(n -> n + offset).toList(),
                    b.score()))
        .toList();
  }

  private static ClauseDocument read(String name, String lang) throws URISyntaxException {
    return Segments.read(new Source(name, resource(name), null, lang));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SentenceAlignmentTest.class.getResource("literary/" + name).toURI());
  }
}
