package org.decl.format;

import static org.decl.format.Fixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.decl.clause.ClauseDocument;
import org.decl.diff.RevisionDiff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RevisionReportTest {

  private static Document page;

  private final XPath xpath = XPathFactory.newInstance().newXPath();

  @BeforeAll
  static void writeTheReport() throws Exception {
    ClauseDocument before =
        doc(
            "fr-1.txt",
            "fr",
            "1|1.|Nous réitérons notre attachement aux principes du Partenariat.",
            "2|2.|Nous saluons le travail des membres de la société civile.",
            "3|3.|Nous appelons tous les gouvernements à publier leurs données.");
    ClauseDocument after =
        doc(
            "fr-2.txt",
            "fr",
            "1|1.|Nous réaffirmons notre attachement aux principes du Partenariat.",
            "3|3.|Nous appelons tous les gouvernements à publier leurs données.",
            "4|4.|Nous nous engageons à rendre compte chaque année de nos progrès.");
    page = TmxWriterTest.parse(write(before, after));
  }

  @Test
  void indexesEveryChangeWithItsKindClauseAndChangedWords() throws Exception {
    assertEquals(
        List.of(
            "clause-changed 1 … réitéronsréaffirmons …",
            "clause-removed 2Nous saluons le travail des membres de la société civile.",
            "clause-added 4Nous nous engageons à rendre compte chaque année de nos progrès."),
        strings("//nav[@id='findings']//ol/li"));
    assertEquals(List.of("réitérons"), strings("//nav//ol/li[1]//del"));
    assertEquals(List.of("réaffirmons"), strings("//nav//ol/li[1]//ins"));
    assertEquals(
        "Changes (3): clause-added 1clause-changed 1clause-removed 1",
        text("//nav[@id='findings']/details/summary"));
  }

  @Test
  void leavesNoEllipsisBetweenChangedWordsThatOnlyASpaceParts() throws Exception {
    ClauseDocument before = doc("fr-1.txt", "fr", "1|1.|Nous réitérons notre attachement.");
    ClauseDocument after = doc("fr-2.txt", "fr", "1|1.|Nous réaffirmons votre attachement.");
    Document two = TmxWriterTest.parse(write(before, after));

    assertEquals(
        "clause-changed 1 … réitéronsréaffirmons notrevotre …",
        xpath.evaluate("//nav//ol/li", two).strip());
  }

  @Test
  void linksEachEntryToItsChangeAndChainsTheChanges() throws Exception {
    List<String> ids = strings("//article/@id");

    assertEquals(List.of("#f1", "#f2", "#f3"), strings("//nav//ol/li/a/@href"));
    assertEquals(List.of("f1", "f2", "f3"), ids);
    assertEquals(List.of("#f2", "#findings"), strings("//article[@id='f1']//a/@href"));
    assertEquals(List.of("#f1", "#f3", "#findings"), strings("//article[@id='f2']//a/@href"));
    assertEquals(List.of("#f2", "#findings"), strings("//article[@id='f3']//a/@href"));
    assertEquals(
        List.of("clause-changed", "clause-removed", "clause-added"),
        strings("//article/@data-cats"));
  }

  @Test
  void filtersByKindOfChangeEveryChangeBeingAtLevelInfo() throws Exception {
    assertEquals(
        List.of("clause-added", "clause-changed", "clause-removed"),
        strings("//form[@id='filter']//input/@value"));
    assertEquals(
        List.of("clause-added (1) 1", "clause-changed (1) 2", "clause-removed (1) 3"),
        strings("//form[@id='filter']//label"));
    assertEquals(
        "Keys: j or n next change, k or p previous, 1–3 show or hide a kind, 0 show all.",
        text("//p[@id='keys']"));
  }

  @Test
  void writesRightToLeftDraftsRightToLeftUnderTheirWholeTag() throws Exception {
    ClauseDocument before = doc("ar-1.txt", "ar", "1|١.|نؤكد من جديد التزامنا بالمبادئ.");
    ClauseDocument after = doc("ar-2.txt", "ar", "1|١.|نؤكد مجددا التزامنا بالمبادئ.");
    ClauseDocument hant1 = doc("zh-Hant-1.txt", "zh-Hant", "1|一、|我們重申對原則的承諾。");
    ClauseDocument hant2 = doc("zh-Hant-2.txt", "zh-Hant", "1|一、|我們再次重申對原則的承諾。");
    Document ar = TmxWriterTest.parse(write(before, after));
    Document hant = TmxWriterTest.parse(write(hant1, hant2));

    Element words = (Element) xpath.evaluate("//article/p", ar, XPathConstants.NODE);
    Element entry = (Element) xpath.evaluate("//nav//ol//*[@lang]", ar, XPathConstants.NODE);
    assertEquals("ar", words.getAttribute("lang"));
    assertEquals("rtl", words.getAttribute("dir"));
    assertEquals("rtl", entry.getAttribute("dir"));
    assertEquals("zh-Hant", xpath.evaluate("//article/p/@lang", hant));
    assertEquals("zh-Hant", xpath.evaluate("//nav//ol//*[@lang]/@lang", hant));
    assertEquals("ltr", xpath.evaluate("//article/p/@dir", hant));
    assertEquals("bdi", xpath.evaluate("name(//nav//ol//*[@class='clause'])", ar));
  }

  @Test
  void namesNoChangeAndOffersNoKeysBetweenEqualDrafts() throws Exception {
    ClauseDocument draft = doc("en.txt", "en", "1|1.|We reaffirm our commitment.");
    Document same = TmxWriterTest.parse(write(draft, draft));

    assertEquals("No changes.", xpath.evaluate("//nav[@id='findings']/p", same));
    assertEquals("0", xpath.evaluate("count(//form | //p[@id='keys'] | //article)", same));
  }

  private static String write(ClauseDocument before, ClauseDocument after) throws Exception {
    StringWriter out = new StringWriter();
    new RevisionReport("0.1.0-test")
        .write(before, after, new RevisionDiff().compare(before, after), out);
    return out.toString();
  }

  private List<String> strings(String expression) {
    return HtmlReportTest.texts(page, expression);
  }

  private String text(String expression) throws Exception {
    return xpath.evaluate(expression, page).strip();
  }
}
