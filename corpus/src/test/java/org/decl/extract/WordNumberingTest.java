package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Word's automatic numbering, as Word shows it: written with POI's numbering definitions, read back
 * through Tika with decl's own numbering in place of Tika's labels.
 */
class WordNumberingTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  /** A document with one abstract definition of levels {@code formats[i]} / {@code texts[i]}. */
  private static final class Doc {
    final XWPFDocument doc = new XWPFDocument();
    final XWPFNumbering numbering = doc.createNumbering();
    final BigInteger abstractId;

    Doc(int start, String[] formats, String[] texts) {
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ZERO);
      for (int i = 0; i < formats.length; i++) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(i));
        lvl.addNewStart().setVal(BigInteger.valueOf(i == 0 ? start : 1));
        try (XmlCursor c = lvl.addNewNumFmt().newCursor()) {
          c.setAttributeText(new QName(W, "val"), formats[i]);
        }
        lvl.addNewLvlText().setVal(texts[i]);
      }
      abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
    }

    BigInteger list(Integer restartAt) {
      BigInteger num = numbering.addNum(abstractId);
      if (restartAt != null) {
        CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(restartAt));
      }
      return num;
    }

    Doc item(BigInteger num, int level, String text) {
      XWPFParagraph p = doc.createParagraph();
      p.setNumID(num);
      p.setNumILvl(BigInteger.valueOf(level));
      p.createRun().setText(text);
      return this;
    }

    Doc text(String text) {
      doc.createParagraph().createRun().setText(text);
      return this;
    }

    List<String> extracted() {
      try (doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return extractor.extract(Source.bytes("lists.docx", out.toByteArray())).texts();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void numbersARestartedListFromItsStartOverride() {
    Doc d = new Doc(1, new String[] {"decimal"}, new String[] {"%1."});
    BigInteger first = d.list(null);
    BigInteger second = d.list(1);
    d.text("Article 1").item(first, 0, "One.").item(first, 0, "Two.");
    d.text("Article 2").item(second, 0, "One again.").item(second, 0, "Two again.");

    assertEquals(
        List.of("Article 1", "1. One.", "2. Two.", "Article 2", "1. One again.", "2. Two again."),
        d.extracted());
  }

  @Test
  void continuesAListAcrossParagraphsAndListInstancesOfOneDefinition() {
    Doc d = new Doc(1, new String[] {"decimal"}, new String[] {"%1."});
    BigInteger first = d.list(null);
    BigInteger more = d.list(null);
    d.item(first, 0, "One.").text("Between the items.").item(first, 0, "Two.");
    d.item(more, 0, "Three.");

    assertEquals(List.of("1. One.", "Between the items.", "2. Two.", "3. Three."), d.extracted());
  }

  @Test
  void startsAtTheDefinitionsStartAndRestartsAtAnOverridesValue() {
    Doc d = new Doc(5, new String[] {"upperRoman"}, new String[] {"%1."});
    BigInteger first = d.list(null);
    BigInteger second = d.list(10);
    d.item(first, 0, "Five.").item(first, 0, "Six.").item(second, 0, "Ten.");

    assertEquals(List.of("V. Five.", "VI. Six.", "X. Ten."), d.extracted());
  }

  @Test
  void numbersNestedLevelsAndRestartsThemUnderEachParent() {
    Doc d =
        new Doc(
            1,
            new String[] {"decimal", "lowerLetter", "lowerRoman"},
            new String[] {"%1.", "(%2)", "%1.%2.%3"});
    BigInteger list = d.list(null);
    d.item(list, 0, "First.").item(list, 1, "item").item(list, 1, "item").item(list, 2, "sub");
    d.item(list, 0, "Second.").item(list, 1, "item again");

    assertEquals(
        List.of("1. First.", "(a) item", "(b) item", "1.b.i sub", "2. Second.", "(a) item again"),
        d.extracted());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hebrew1|(%1)|(א) סעיף|(ב) סעיף",
        "russianLower|%1)|а) пункт|б) пункт",
        "arabicAbjad|(%1)|(أ) بند|(ب) بند",
        "thaiLetters|(%1)|(ก) ข้อ|(ข) ข้อ",
        "hindiConsonants|(%1)|(क) खंड|(ख) खंड",
        "chineseCounting|%1、|一、 条款|二、 条款",
        "ganada|%1.|가. 항목|나. 항목",
        "decimalFullWidth|（%1）|（１） 項目|（２） 項目",
      })
  void writesTheNumberFormatsOfOtherScripts(
      String format, String text, String first, String second) {
    Doc d = new Doc(1, new String[] {format}, new String[] {text});
    BigInteger list = d.list(null);
    d.item(list, 0, first.substring(first.indexOf(' ') + 1));
    d.item(list, 0, second.substring(second.indexOf(' ') + 1));

    assertEquals(List.of(first, second), d.extracted());
  }
}
