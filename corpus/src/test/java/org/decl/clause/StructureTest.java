package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How structures other than the sample declaration are numbered. */
class StructureTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  @Test
  void splitsADeclarationWithoutStructureIntoItsParagraphs() {
    String text =
        """
        We the participants of this meeting agree that open government matters to all of us
        and that it deserves our attention in the years to come.

        Transparency is the first step. Participation is the second, and accountability the
        third; none of them can stand alone for long.

        We will meet again next year to take stock of what has been done, and of what has not.
        """;
    assertEquals(
        List.of("1.1 clause paragraph", "1.2 clause paragraph", "1.3 clause paragraph"),
        ids(split(text, "en")));
  }

  @Test
  void numbersTheOperativeParagraphsOfAResolutionInASectionOfTheirOwn() {
    String text =
        """
        The General Assembly,

        Recalling its resolution on open government,

        Noting with appreciation the work of the Conference,

        1. Welcomes the declaration annexed to the present resolution;

        2. Requests the Secretary-General to report on its implementation:

        (a) every year, at its regular session;

        (b) in the official languages of the United Nations.

        3. Decides to remain seized of the matter.
        """;
    assertEquals(
        List.of(
            "1.1 clause recital",
            "1.2 clause recital",
            "1.3 clause recital",
            "2.1 clause paragraph",
            "2.2 clause paragraph",
            "2.2.a clause item",
            "2.2.b clause item",
            "2.3 clause paragraph"),
        ids(split(text, "en")));
  }

  @Test
  void tellsRomanNumeralsFromLettersByTheListTheyContinue() {
    String text =
        """
        Article 7

        1. States shall:

        (h) publish their accounts;

        (i) publish their contracts, that is:

        (i) the contracts themselves;

        (ii) their amendments;

        (j) publish their decisions.
        """;
    List<Clause> units = split(text, "en");
    assertEquals(
        List.of(
            "art7 heading article",
            "art7.1 clause paragraph",
            "art7.1.a clause item",
            "art7.1.b clause item",
            "art7.1.b.i clause item",
            "art7.1.b.ii clause item",
            "art7.1.c clause item"),
        ids(units));
    assertEquals("(i)", units.get(3).label());
    assertEquals("publish their contracts, that is:", units.get(3).text());
  }

  @Test
  void readsArticleNumbersWrittenInWordsAndNumerals() {
    String text = "Article premier\n\nTexte.\n\n第十二条\n\n文本。\n\nArticle IV\n\nText.\n";
    assertEquals(
        List.of(
            "art1 heading article",
            "art1.1 clause paragraph",
            "art12 heading article",
            "art12.1 clause paragraph",
            "art4 heading article",
            "art4.1 clause paragraph"),
        ids(split(text, "fr")));
  }

  @Test
  void cutsAnArticleThatRunsOnIntoItsTextInTwo() {
    List<Clause> units =
        split("Article 1 All human beings are born free and equal in dignity and rights.\n", "en");
    assertEquals(List.of("art1 heading article", "art1.1 clause paragraph"), ids(units));
    assertEquals(
        "All human beings are born free and equal in dignity and rights.", units.get(1).text());
  }

  @Test
  void joinsANumberStandingAloneToItsText() {
    String text = "Article 2\n\n1.\n\nEveryone has the right to information.\n";
    List<Clause> units = split(text, "en");
    assertEquals(List.of("art2 heading article", "art2.1 clause paragraph"), ids(units));
    assertEquals("1.", units.get(1).label());
  }

  @Test
  void cutsClausesIntoSentencesWithoutBreakingAtAbbreviations() {
    String text =
        "The report of Mr. Smith, i.e. the rapporteur, was adopted on 3 May. It enters into force"
            + " at once. A review follows in 2025.\n";
    ClauseDocument doc =
        Splitter.split(
            extractor.extract(
                Source.bytes("s.txt", text.getBytes(StandardCharsets.UTF_8)).withLang("en")),
            Granularity.SENTENCE);
    assertEquals(List.of("1.1.1", "1.1.2", "1.1.3"), doc.units().stream().map(Clause::id).toList());
    assertEquals(
        "The report of Mr. Smith, i.e. the rapporteur, was adopted on 3 May.",
        doc.units().get(0).text());
  }

  private static List<Clause> split(String text, String lang) {
    Source source = Source.bytes("d.txt", text.getBytes(StandardCharsets.UTF_8)).withLang(lang);
    return Splitter.split(extractor.extract(source), Granularity.CLAUSE).units();
  }

  private static List<String> ids(List<Clause> units) {
    return units.stream().map(u -> u.id() + " " + u.kind().id() + " " + u.role()).toList();
  }
}
