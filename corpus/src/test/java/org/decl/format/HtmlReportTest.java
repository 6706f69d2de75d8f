package org.decl.format;

import static org.decl.format.Fixtures.doc;
import static org.decl.format.Fixtures.finding;
import static org.decl.format.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.decl.Level;
import org.decl.align.MultiAlignment;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

  private static MultiAlignment checked;
  private static Map<Integer, List<Finding>> findings;
  private static String html;
  private static Document page;

  private final XPath xpath = XPathFactory.newInstance().newXPath();

  @BeforeAll
  static void writeTheReport() throws Exception {
    checked = Fixtures.checked();
    findings = Fixtures.checkedFindings(checked);
    html = write(checked, findings, "open-gov-2021");
    page = TmxWriterTest.parse(html);
  }

  @Test
  void isWellFormedAndLoadsNothing() throws Exception {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 60));
    assertEquals(1, count("//script"), "one script, inline");
    assertEquals(0, count("//script[@src]"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("url("));
    assertFalse(html.contains("@import"));
    assertEquals(
        List.of(), strings("//@href[not(starts-with(., '#'))]"), "links stay inside the page");
  }

  @Test
  void showsEveryVersionInItsOwnColumnWithLanguageAndDirection() throws Exception {
    assertEquals(
        List.of("#", "frtexts/fr.txt", "artexts/ar.txt", "zhtexts/zh.txt", "Findings"),
        strings("//table[@class='align']/thead/tr/th"));
    assertEquals(checked.rows().size(), count("//table[@class='align']/tbody/tr"));

    Element ar = (Element) node("//tr[@id='r5']/td[2]");
    assertEquals("ar", ar.getAttribute("lang"));
    assertEquals("rtl", ar.getAttribute("dir"));
    assertEquals("ltr", ((Element) node("//tr[@id='r5']/td[3]")).getAttribute("dir"));
    assertEquals("zh", ((Element) node("//tr[@id='r5']/td[3]")).getAttribute("lang"));
    assertEquals(
        checked.text(checked.rows().get(4), 1), text("//tr[@id='r5']/td[2]/div[@class='text']"));
  }

  @Test
  void namesEachCellByIdLabelAndOrdinal() throws Exception {
    int r = Fixtures.rowOf(checked, "art1.1") + 1;
    String ref = text("//tr[@id='r" + r + "']/td[1]/div[@class='ref']");

    assertEquals("art1.1 · 1. · n " + Fixtures.n(checked, 0, "art1.1"), ref);
  }

  @Test
  void marksWeakRowsAndVersionsWithoutCounterpart() throws Exception {
    int weak = Fixtures.rowOf(checked, "1.4") + 1;
    int gap = Fixtures.rowOf(checked, "art1.2.b") + 1;

    assertEquals(List.of("r" + weak, "r" + gap), strings("//tr[contains(@class, 'weak')]/@id"));
    assertEquals("no counterpart", text("//tr[@id='r" + gap + "']/td[2]"));
    assertEquals("gap", ((Element) node("//tr[@id='r" + gap + "']/td[2]")).getAttribute("class"));
    assertEquals("0.32", text("//tr[@id='r" + weak + "']/th/span[@class='score']"));
  }

  @Test
  void putsEachFindingInTheMarginOfItsRow() throws Exception {
    int recital = Fixtures.rowOf(checked, "1.3") + 1;
    int weak = Fixtures.rowOf(checked, "1.4") + 1;

    assertEquals(
        List.of(
            "error number-mismatch fr→ar · 1.340 % in fr.txt, 45 % in ar.txt↑ previous ↓ next"
                + " index"),
        strings("//tr[@id='r" + recital + "']/td[@class='notes']/ul/li"));
    assertEquals(
        List.of(
            "weak score 0.32: check this row",
            "warning url-mismatch fr→zh · 1.4https://example.org/open-gov is missing from the"
                + " translation↑ previous ↓ next index"),
        strings("//tr[@id='r" + weak + "']/td[@class='notes']/ul/li"));
    assertEquals(
        List.of("info length-ratio fr→arar.txt is 12 % longer than fr.txt overall↓ next index"),
        strings("//section[@class='unplaced']/ul/li"));
  }

  @Test
  void leavesOutTheMarginWhenThereIsNothingToSay() throws Exception {
    ClauseDocument ru = doc("ru.txt", "ru", "1|1.|Один.");
    ClauseDocument el = doc("el.txt", "el", "1|1.|Ένα.");
    MultiAlignment pair = new MultiAlignment(List.of(ru, el), List.of(row(1, "1", "1")));
    Document doc = TmxWriterTest.parse(write(pair, Map.of(), null));

    assertEquals("3", xpath.evaluate("count(//table[@class='align']/thead/tr/th)", doc));
    assertEquals("2", xpath.evaluate("count(//table[@class='align']/tbody/tr/td)", doc));
    assertEquals("0", xpath.evaluate("count(//col[@class='notes'])", doc));
  }

  @Test
  void countsRowsGapsWeakBeadsAndFindingsInTheHeader() throws Exception {
    assertEquals(
        checked.rows().size()
            + " rows · 1 with a version missing · 2 weak (score below 0.50) · 2 errors, 1 warning,"
            + " 2 info",
        text("//p[@class='summary']"));
    assertEquals(
        List.of(
            "version 1",
            "ar",
            "texts/ar.txt",
            String.valueOf(checked.versions().get(1).units().size()),
            "1",
            "3"),
        strings("//table[@class='versions']/tr[3]/td"));
  }

  @Test
  void escapesMarkupInTextsPathsAndMessages() throws Exception {
    ClauseDocument en = doc("a&b <en>.txt", "en", "1|(a)|<script>alert('x')</script> & \"so\"");
    ClauseDocument he = doc("he.txt", "he", "1|(א)|סעיף <b>1</b>");
    MultiAlignment pair = new MultiAlignment(List.of(en, he), List.of(row(1, "1", "1")));
    String out =
        write(
            pair,
            Map.of(1, List.of(finding("x", Level.ERROR, List.of(1), List.of(1), "1", "<i>&</i>"))),
            null);
    Document doc = TmxWriterTest.parse(out);

    assertFalse(out.contains("<script>alert"));
    assertFalse(out.contains("<b>1"));
    assertEquals(0, doc.getElementsByTagName("i").getLength());
    assertTrue(out.contains("<title>decl align: a&amp;b &lt;en&gt;.txt · he.txt</title>"), out);
    assertEquals(
        "<script>alert('x')</script> & \"so\"",
        ((Element) doc.getElementsByTagName("tbody").item(0))
            .getElementsByTagName("div")
            .item(1)
            .getTextContent());
    Element body = (Element) doc.getElementsByTagName("tbody").item(0);
    assertEquals("rtl", ((Element) body.getElementsByTagName("td").item(1)).getAttribute("dir"));
  }

  @Test
  void indexesEveryFindingAtTheTopWithItsLevelRuleAndRow() throws Exception {
    int recital = Fixtures.rowOf(checked, "1.3") + 1;
    int weak = Fixtures.rowOf(checked, "1.4") + 1;
    int item = Fixtures.rowOf(checked, "art1.2.b") + 1;
    int art2 = Fixtures.rowOf(checked, "art2.1") + 1;

    assertEquals(
        "Findings (5): error 2warning 1info 2", text("//nav[@id='findings']/details/summary"));
    assertEquals(
        List.of(
            "info length-ratio fr→arar.txt is 12 % longer than fr.txt overallwhole version",
            "error number-mismatch fr→ar · 1.340 % in fr.txt, 45 % in ar.txtrow " + recital,
            "warning url-mismatch fr→zh · 1.4https://example.org/open-gov is missing from the"
                + " translationrow "
                + weak,
            "error missing-clause fr→ar · art1.2.bart1.2.b has no counterpart in ar.txtrow " + item,
            "info end-punctuation fr→zh · art2.1the original ends with '.', the translation with"
                + " '。'row "
                + art2),
        strings("//nav[@id='findings']//ol/li"));
    assertEquals(
        List.of("info", "error", "warning", "error", "info"),
        strings("//nav[@id='findings']//ol/li/@data-cats"));
  }

  @Test
  void linksEachIndexEntryToAnAnchorThatExistsOnce() throws Exception {
    List<String> links = strings("//nav[@id='findings']//ol/li/a/@href");

    assertEquals(List.of("#f1", "#f2", "#f3", "#f4", "#f5"), links);
    for (String link : links) {
      String id = link.substring(1);
      assertEquals(1, count("//*[@id='" + id + "']"), id);
      assertEquals("finding", ((Element) node("//*[@id='" + id + "']")).getAttribute("class"));
    }
    assertEquals(
        "r" + (Fixtures.rowOf(checked, "1.4") + 1),
        strings("//*[@id='f3']/ancestor::tr/@id").get(0));
    assertEquals(List.of("f1"), strings("//section[@class='unplaced']//*[@class='finding']/@id"));
  }

  @Test
  void chainsEveryFindingToThePreviousAndNextInPageOrder() throws Exception {
    List<String> ids = strings("//body//*[@class='finding']/@id");
    assertEquals(List.of("f1", "f2", "f3", "f4", "f5"), ids);

    for (int i = 0; i < ids.size(); i++) {
      String at = "//*[@id='" + ids.get(i) + "']/span[@class='step']/a";
      List<String> expected = new ArrayList<>();
      if (i > 0) {
        expected.add("#" + ids.get(i - 1));
      }
      if (i + 1 < ids.size()) {
        expected.add("#" + ids.get(i + 1));
      }
      expected.add("#findings");
      assertEquals(expected, strings(at + "/@href"), ids.get(i));
      assertEquals(
          expected.size() - 1,
          count(at + "[@data-step]"),
          "index link takes no step: " + ids.get(i));
    }
  }

  @Test
  void marksEachRowWithTheKindsTheFilterShowsOrHides() throws Exception {
    int recital = Fixtures.rowOf(checked, "1.3") + 1;
    int weak = Fixtures.rowOf(checked, "1.4") + 1;
    int gap = Fixtures.rowOf(checked, "art1.2.b") + 1;

    assertEquals("error", text("//tr[@id='r" + recital + "']/@data-cats"));
    assertEquals("warning weak", text("//tr[@id='r" + weak + "']/@data-cats"));
    assertEquals("error weak", text("//tr[@id='r" + gap + "']/@data-cats"));
    assertEquals("plain", text("//tr[@id='r1']/@data-cats"));
    assertEquals(
        checked.rows().size() - 4, count("//tbody/tr[@data-cats='plain']"), "rows without marks");
  }

  @Test
  void offersAFilterByLevelThatOnlyTheScriptShows() throws Exception {
    Element form = (Element) node("//form[@id='filter']");

    assertEquals("hidden", form.getAttribute("hidden"), "no control without script");
    assertEquals(
        List.of("error", "warning", "info", "weak", "plain"), strings("//form//input/@value"));
    assertEquals(List.of("1", "2", "3", "4", "5"), strings("//form//input/@data-key"));
    assertEquals(
        List.of(
            "error (2) 1",
            "warning (1) 2",
            "info (2) 3",
            "weak rows (2) 4",
            "other rows (" + (checked.rows().size() - 4) + ") 5"),
        strings("//form//label"));
    assertEquals(
        "Keys: j or n next finding, k or p previous, 1–5 show or hide a kind, 0 show all.",
        text("//p[@id='keys']"));
  }

  @Test
  void saysThereIsNoFindingAndOffersNoFilterWhenNothingIsMarked() throws Exception {
    ClauseDocument ru = doc("ru.txt", "ru", "1|1.|Один.");
    ClauseDocument el = doc("el.txt", "el", "1|1.|Ένα.");
    MultiAlignment pair = new MultiAlignment(List.of(ru, el), List.of(row(1, "1", "1")));
    Document doc = TmxWriterTest.parse(write(pair, Map.of(), null));

    assertEquals("No findings.", xpath.evaluate("//nav[@id='findings']/p", doc));
    assertEquals("0", xpath.evaluate("count(//form)", doc), "a filter of one kind hides nothing");
  }

  @Test
  void knowsWhichLanguagesAreWrittenRightToLeft() {
    for (String tag :
        List.of(
            "ar", "he", "fa", "ur", "yi", "ar-EG", "az-Arab", "pa-Arab", "ug", "ks", "ku-Arab")) {
      assertTrue(HtmlReport.isRtl(tag), tag);
    }
    for (String tag :
        List.of("fr", "en", "zh", "zh-Hant", "ru", "th", "az-Latn", "ku-Latn", "ku", "sd-Deva")) {
      assertFalse(HtmlReport.isRtl(tag), tag);
    }
  }

  static String write(MultiAlignment alignment, Map<Integer, List<Finding>> findings, String title)
      throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport(title, "0.1.0-test", 0.5).write(alignment, findings, out);
    return out.toString();
  }

  private List<String> strings(String expression) {
    return texts(page, expression);
  }

  /**
   * The text of each node an XPath expression finds in a page, stripped (RevisionReportTest too).
   */
  static List<String> texts(org.w3c.dom.Node page, String expression) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(expression, page, XPathConstants.NODESET);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add(nodes.item(i).getTextContent().strip());
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError(expression, e);
    }
  }

  private org.w3c.dom.Node node(String expression) throws Exception {
    return (org.w3c.dom.Node) xpath.evaluate(expression, page, XPathConstants.NODE);
  }

  private String text(String expression) throws Exception {
    return node(expression).getTextContent().strip();
  }

  private int count(String expression) throws Exception {
    return ((NodeList) xpath.evaluate(expression, page, XPathConstants.NODESET)).getLength();
  }
}
