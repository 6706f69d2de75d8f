package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The character-level damage of extraction, repaired; everything else kept as it was. */
class TextRepairTest {

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
  void undoesEndOfLineHyphenationButKeepsRealCompounds() {
    String text =
        """
        Nous soutiendrons la mise en œuvre du gouver-
        nement ouvert et nous appuierons les Etats non-
        membres qui souhaitent co-
        construire l'action publique avec la société civile et les collecti-
        vités territoriales, à l'échelle internationale.
        """;
    assertEquals(
        List.of(
            "Nous soutiendrons la mise en œuvre du gouvernement ouvert et nous appuierons les"
                + " Etats non-membres qui souhaitent co-construire l'action publique avec la"
                + " société civile et les collectivités territoriales, à l'échelle"
                + " internationale."),
        paragraphs(text));
  }

  @Test
  void keepsAHyphenWrittenElsewhereInTheDocument() {
    String text =
        """
        The state-owned media and the civil society organisations will meet every year in a state-
        owned building to review the commitments made by all members of the Partnership.
        """;
    assertEquals(
        "The state-owned media and the civil society organisations will meet every year in a"
            + " state-owned building to review the commitments made by all members of the"
            + " Partnership.",
        paragraphs(text).get(0));
  }

  @Test
  void removesSoftHyphensAndTheBreaksTheyMark() {
    String text = "Le gouver\u00ADnement ouvert et la transpa\u00AD\nrence de l'administration.";
    assertEquals(
        List.of("Le gouvernement ouvert et la transparence de l'administration."),
        paragraphs(text));
  }

  @Test
  void expandsLigaturesAndDropsZeroWidthSpaces() {
    String text = "Les ﬁnances publiques et les ﬂux de données\u200B sont of\uFEFFﬁciels.";
    assertEquals(
        List.of("Les finances publiques et les flux de données sont officiels."), paragraphs(text));
  }

  @Test
  void keepsTheJoinersPersianAndHindiSpellWith() {
    String persian = "دولت‌ها متعهد می‌شوند که اطلاعات عمومی را منتشر کنند.";
    assertEquals(List.of(persian), paragraphs(persian));
  }

  @Test
  void composesDecomposedAccents() {
    assertEquals(
        List.of("Déclaration électorale"), paragraphs("De\u0301claration e\u0301lectorale"));
  }

  @Test
  void collapsesRunsOfSpacesButKeepsFrenchNoBreakSpaces() {
    String text =
        "Nous avons   rejoint le Partenariat\u00A0: en matière de  « transparence »\u202F;";
    assertEquals(
        List.of("Nous avons rejoint le Partenariat\u00A0: en matière de « transparence »\u202F;"),
        paragraphs(text));
  }

  @Test
  void removesControlCharactersLeftByConverters() {
    assertEquals(List.of("Article 5 du traité"), paragraphs("Article\u0007 5 du\u001B traité"));
  }

  @Test
  void keepsSeparatorsHeadingsAndListItemsAsTheirOwnParagraphs() {
    String text =
        """
        PREAMBLE
        Considering that openness strengthens trust,
        * * *
        Article 1
        1. Everyone has the right of access to information held by public authorities.
        2. States shall in particular:
        (a) publish their budgets within 30 days;
        (b) make public the decisions of public bodies.
        """;
    List<Paragraph> paragraphs = extract(text).paragraphs();
    assertEquals(
        List.of(
            ParagraphKind.HEADING,
            ParagraphKind.TEXT,
            ParagraphKind.SEPARATOR,
            ParagraphKind.HEADING,
            ParagraphKind.LIST_ITEM,
            ParagraphKind.LIST_ITEM,
            ParagraphKind.LIST_ITEM,
            ParagraphKind.LIST_ITEM),
        paragraphs.stream().map(Paragraph::kind).toList());
  }

  @Test
  void removesRunningHeadersAndPageNumbersBetweenFormFeeds() {
    String text =
        "OPEN GOVERNMENT DECLARATION — DRAFT\n\nConsidering that openness strengthens trust in"
            + " public\ninstitutions,\n\n- 1 -\n\fOPEN GOVERNMENT DECLARATION — DRAFT\n\nRecalling"
            + " the Universal Declaration of Human Rights of 1948,\n\n- 2 -\n";
    assertEquals(
        List.of(
            "Considering that openness strengthens trust in public institutions,",
            "Recalling the Universal Declaration of Human Rights of 1948,"),
        paragraphs(text));
  }

  private static List<String> paragraphs(String text) {
    return extract(text).texts();
  }

  private static ExtractedDocument extract(String text) {
    return extractor.extract(Source.bytes("text.txt", text.getBytes(StandardCharsets.UTF_8)));
  }
}
