package org.decl.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.decl.extract.Paragraph;
import org.decl.extract.ParagraphKind;
import org.junit.jupiter.api.Test;

/** Article headings found as a series, in words no list of ours holds. */
class HeadingSeriesTest {

  /** Article texts as long as real ones, so that the layout reads as paragraphs. */
  private static final String SENTENCE =
      "Everyone has the right of access to information held by public authorities, subject to"
          + " limited exceptions.";

  private static final String PERSIAN =
      "هر شخص حق دسترسی به اطلاعاتی را دارد که در اختیار مقامات عمومی است، مگر در موارد محدود.";

  private static final String ARABIC =
      "لكل شخص الحق في الوصول إلى المعلومات التي في حوزة السلطات العامة، مع استثناءات محدودة.";

  private static final String HEBREW =
      "לכל אדם הזכות לגשת למידע המוחזק בידי רשויות ציבוריות, בכפוף לחריגים מוגבלים בלבד.";

  /** Article texts as long as real ones and each its own, so that the layout reads as such. */
  private static String sentence(int n) {
    return SENTENCE + " This is the text of article " + n + ".";
  }

  private static String persian(int n) {
    return PERSIAN + " متن " + n + ".";
  }

  private static String arabic(int n) {
    return ARABIC + " النص " + n + ".";
  }

  private static String hebrew(int n) {
    return HEBREW + " טקסט " + n + ".";
  }

  @Test
  void findsArticlesInAWordItHasNeverSeen() {
    String text =
        "Zorblat 1\n\n"
            + sentence(1)
            + "\n\nZorblat 2\n\n"
            + sentence(2)
            + "\n\nZorblat 3\n\n"
            + sentence(3)
            + "\n";
    assertEquals(
        List.of(
            "art1 heading",
            "art1.1 clause",
            "art2 heading",
            "art2.1 clause",
            "art3 heading",
            "art3.1 clause"),
        ids(split(text, null)));
  }

  @Test
  void readsTheNumeralAfterTheWordOrBeforeIt() {
    String text = "1. cikk\n\n" + sentence(1) + "\n\n2. cikk\n\n" + sentence(2) + "\n";
    assertEquals(
        List.of("art1 heading", "art1.1 clause", "art2 heading", "art2.1 clause"),
        ids(split(text, null)));
    assertEquals("1. cikk", split(text, null).get(0).label());
  }

  @Test
  void numbersSpelledOutOrdinalsByTheirPlaceWhenTheLanguageIsUnknown() {
    String text =
        "مادهٔ اول\n\n"
            + persian(1)
            + "\n\nمادهٔ دوم\n\n"
            + persian(2)
            + "\n\nمادهٔ سوم\n\n"
            + persian(3)
            + "\n";
    assertEquals(
        List.of(
            "art1 heading",
            "art1.1 clause",
            "art2 heading",
            "art2.1 clause",
            "art3 heading",
            "art3.1 clause"),
        ids(split(text, null)));
  }

  @Test
  void readsSpelledOutOrdinalsWithTheLanguagesNumberRules() {
    String text =
        "المادة الحادية عشرة\n\n" + arabic(1) + "\n\nالمادة الثانية عشرة\n\n" + arabic(2) + "\n";
    assertEquals(
        List.of("art11 heading", "art11.1 clause", "art12 heading", "art12.1 clause"),
        ids(split(text, "ar")));
  }

  @Test
  void readsLettersUsedAsNumerals() {
    String text =
        "סעיף ט.\n\n"
            + hebrew(1)
            + "\n\nסעיף י.\n\n"
            + hebrew(2)
            + "\n\nסעיף יא.\n\n"
            + hebrew(3)
            + "\n";
    assertEquals(
        List.of(
            "art9 heading",
            "art9.1 clause",
            "art10 heading",
            "art10.1 clause",
            "art11 heading",
            "art11.1 clause"),
        ids(split(text, null)));
  }

  @Test
  void takesAShortTitleOnTheHeadingsLineWithTheHeading() {
    String text =
        "Article 1 – Access\n\n"
            + sentence(3)
            + "\n\nArticle 2 – Participation\n\n"
            + sentence(4)
            + "\n";
    List<Clause> units = split(text, "en");
    assertEquals(
        List.of("art1 heading", "art1.1 clause", "art2 heading", "art2.1 clause"), ids(units));
  }

  @Test
  void leavesReferencesToArticlesInTheTextAlone() {
    String text =
        "Article 1\n\n"
            + sentence(4)
            + "\n\nArticle 2\n\n"
            + sentence(5)
            + "\n\nArticle 3\n\n"
            + "Article 1 shall apply to the bodies named in the annex of this Declaration.\n";
    assertEquals(
        List.of(
            "art1 heading",
            "art1.1 clause",
            "art2 heading",
            "art2.1 clause",
            "art3 heading",
            "art3.1 clause"),
        ids(split(text, "en")));
  }

  @Test
  void tellsChaptersFromTheArticlesTheyHold() {
    String text =
        "Skyrius I\n\nStraipsnis 1\n\n"
            + sentence(6)
            + "\n\nStraipsnis 2\n\n"
            + sentence(7)
            + "\n\nSkyrius II\n\nStraipsnis 3\n\n"
            + sentence(8)
            + "\n\nStraipsnis 4\n\n"
            + sentence(9)
            + "\n";
    assertEquals(
        List.of(
            "1.0 heading",
            "art1 heading",
            "art1.1 clause",
            "art2 heading",
            "art2.1 clause",
            "2.0 heading",
            "art3 heading",
            "art3.1 clause",
            "art4 heading",
            "art4.1 clause"),
        ids(split(text, null)));
  }

  @Test
  void doesNotTakeListItemsThatShareTheirFirstWordForHeadings() {
    String text =
        "Article 1\n\n(i) the protection of data;\n\n(ii) the rights of others.\n\nArticle 2\n\n"
            + sentence(10)
            + "\n";
    assertEquals(
        List.of("art1 heading", "art1.1 clause", "art1.2 clause", "art2 heading", "art2.1 clause"),
        ids(split(text, "en")));
  }

  @Test
  void cutsHeadingsThatAllRunOnIntoTheirText() {
    String text =
        "Článok 1. Každý má právo na informácie, ktoré majú orgány verejnej moci k dispozícii.\n\n"
            + "Článok 2. Štáty zverejňujú svoje rozpočty do tridsiatich dní od ich prijatia.\n\n"
            + "Článok 3. Konferencia pravidelne preskúmava vykonávanie tohto vyhlásenia vo všetkých štátoch.\n";
    assertEquals(
        List.of(
            "art1 heading",
            "art1.1 clause",
            "art2 heading",
            "art2.1 clause",
            "art3 heading",
            "art3.1 clause"),
        ids(split(text, null)));
  }

  /**
   * The units of paragraphs given as blank-line-separated blocks: read as paragraphs directly, so
   * that these cases test the structure and not how a plain-text layout is read.
   */
  private static List<Clause> split(String text, String lang) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String block : text.strip().split("\n\n")) {
      paragraphs.add(new Paragraph(block, ParagraphKind.TEXT, 1, paragraphs.size() + 1));
    }
    return Outline.of(paragraphs, lang);
  }

  private static List<String> ids(List<Clause> units) {
    return units.stream().map(u -> u.id() + " " + u.kind().id()).toList();
  }
}
