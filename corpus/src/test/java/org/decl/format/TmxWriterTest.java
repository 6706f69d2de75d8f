package org.decl.format;

import static org.decl.format.Fixtures.doc;
import static org.decl.format.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.decl.DeclException;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.align.MultiAlignment;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omegat.util.Language;
import org.omegat.util.TMXReader2;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

class TmxWriterTest {

  /** The TMX 1.4b DTD as OmegaT ships it in its jar; we keep no copy of our own. */
  private static final String DTD = "/schemas/tmx14.dtd";

  private static final ClauseDocument FR =
      doc(
          "fr.txt",
          "fr",
          "h0|Article premier|Article premier",
          "art1.1|1.|Toute personne a le droit d’accéder aux « informations » & aux données < 40 %.",
          "art1.2|2.|Les États publient leurs budgets.",
          "art1.3|3.|Cette phrase n’a pas d’équivalent.");

  private static final ClauseDocument AR =
      doc(
          "ar.docx",
          "ar",
          "h0|المادة الأولى|المادة الأولى",
          "art1.1|1.|لكل شخص الحق في الوصول إلى \"المعلومات\" والبيانات < 40 %.",
          "art1.2|2.|تنشر الدول ميزانياتها",
          "art1.3|3.|وتنشرها في غضون 30 يوما.");

  /** Heading and clause 1-1, the French clause 2 split in two in Arabic, clause 3 untranslated. */
  private static final Alignment PAIR =
      new Alignment(
          FR,
          AR,
          List.of(
              new Bead(List.of(1), List.of(1), 1.0),
              new Bead(List.of(2), List.of(2), 0.98),
              new Bead(List.of(3), List.of(3, 4), 0.41),
              new Bead(List.of(4), List.of(), 0.0)));

  @Test
  void validatesAgainstTheTmx14DtdInEveryScript() throws Exception {
    MultiAlignment sample = Fixtures.sample("fr", "ar", "zh", "ru", "el", "he", "th");
    String tmx = write(sample, Granularity.CLAUSE);

    int resolved = validate(tmx);

    assertEquals(1, resolved, "the DTD was loaded from the test classpath and used");
    assertEquals(sample.rows().size(), count(parse(tmx), "tu"));
  }

  @Test
  void omegatReadsEachPairWithItsTextAndProperties(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fr-ar.tmx");
    Files.writeString(file, write(PAIR.asMulti(), Granularity.CLAUSE), StandardCharsets.UTF_8);
    List<String> pairs = new ArrayList<>();

    // OmegaT runs on the JDK's StAX; on our test classpath Woodstox (from Okapi) would win the
    // service lookup, and OmegaT's non-namespace-aware reading then misses xml:lang.
    String factory = "javax.xml.stream.XMLInputFactory";
    String before = System.getProperty(factory);
    System.setProperty(factory, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    try {
      readWithOmegat(file, pairs);
    } finally {
      if (before == null) {
        System.clearProperty(factory);
      } else {
        System.setProperty(factory, before);
      }
    }

    assertEquals(
        List.of(
            "tuid=1 x-decl-score=1.00 | Article premier | المادة الأولى",
            "tuid=2 x-decl-score=0.98 | Toute personne a le droit d’accéder aux « informations » &"
                + " aux données < 40 %. | لكل شخص الحق في الوصول إلى \"المعلومات\" والبيانات < 40 %.",
            "tuid=3 x-decl-score=0.41 | Les États publient leurs budgets. | تنشر الدول ميزانياتها"
                + " وتنشرها في غضون 30 يوما."),
        pairs);
  }

  @Test
  void writesTheHeaderAndEveryUnitFieldByField() throws Exception {
    Document tmx = parse(write(PAIR.asMulti(), Granularity.CLAUSE));

    Element header = (Element) tmx.getElementsByTagName("header").item(0);
    assertEquals("1.4", tmx.getDocumentElement().getAttribute("version"));
    assertEquals("decl", header.getAttribute("creationtool"));
    assertEquals("0.1.0-test", header.getAttribute("creationtoolversion"));
    assertEquals("block", header.getAttribute("segtype"));
    assertEquals("decl", header.getAttribute("o-tmf"));
    assertEquals("en", header.getAttribute("adminlang"));
    assertEquals("fr", header.getAttribute("srclang"));
    assertEquals("plaintext", header.getAttribute("datatype"));
    assertEquals(List.of("x-decl-file fr fr.txt", "x-decl-file ar ar.docx"), props(header, true));

    Element split = (Element) tmx.getElementsByTagName("tu").item(2);
    assertEquals("3", split.getAttribute("tuid"));
    NodeList tuvs = split.getElementsByTagName("tuv");
    assertEquals(2, tuvs.getLength());
    Element ar = (Element) tuvs.item(1);
    assertEquals("ar", ar.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals(
        List.of("x-decl-id art1.2 art1.3", "x-decl-n 3 4", "x-decl-label 2. 3."), props(ar, false));
    assertEquals(
        "تنشر الدول ميزانياتها وتنشرها في غضون 30 يوما.",
        ar.getElementsByTagName("seg").item(0).getTextContent());
  }

  @Test
  void leavesOutRowsWithoutTheOriginalOrWithItAlone() throws Exception {
    ClauseDocument en = doc("en.txt", "en", "1|1.|One.", "2|2.|Two.", "3|3.|Three.");
    ClauseDocument fr = doc("fr.txt", "fr", "1|1.|Un.", "2|2.|Deux.");
    ClauseDocument ru = doc("ru.txt", "ru", "1|1.|Один.", "3|3.|Три.", "4|4.|Четыре.");
    MultiAlignment three =
        new MultiAlignment(
            List.of(en, fr, ru),
            List.of(
                row(1, "1", "1", "1"),
                row(0.9, "2", "2", ""),
                row(0.8, "3", "", "2"),
                row(0.5, "", "", "3")));
    MultiAlignment alone =
        new MultiAlignment(List.of(en, fr), List.of(row(1, "1", "1"), row(0, "2", "")));

    StringWriter out = new StringWriter();
    int written = new TmxWriter("0.1.0-test", Granularity.CLAUSE).write(three, out);

    assertEquals(3, written);
    Document tmx = parse(out.toString());
    assertEquals(3, count(tmx, "tu"));
    assertEquals(7, count(tmx, "tuv"));
    assertEquals(1, count(parse(write(alone, Granularity.CLAUSE)), "tu"));
  }

  @Test
  void namesSentenceUnitsInTheHeader() throws Exception {
    Document tmx = parse(write(PAIR.asMulti(), Granularity.SENTENCE));

    Element header = (Element) tmx.getElementsByTagName("header").item(0);
    assertEquals("sentence", header.getAttribute("segtype"));
  }

  @Test
  void escapesMarkupAndReplacesCharactersXmlCannotHold() throws Exception {
    ClauseDocument en = doc("en.txt", "en", "1||a <b> & \"c\" ]]> d\u0007e \uD83D\uDE00 \uD800x");
    ClauseDocument de = doc("de.txt", "de-CH", "1||f");
    String tmx =
        write(new MultiAlignment(List.of(en, de), List.of(row(1, "1", "1"))), Granularity.CLAUSE);

    validate(tmx);
    assertEquals(
        "a <b> & \"c\" ]]> d\uFFFDe \uD83D\uDE00 \uFFFDx",
        parse(tmx).getElementsByTagName("seg").item(0).getTextContent());
    assertTrue(tmx.contains("xml:lang=\"de-CH\""), tmx);
  }

  @Test
  void refusesVersionsWithoutALanguageOrSharingOne() {
    ClauseDocument none = doc("x.txt", null, "1||x");
    ClauseDocument fr2 = doc("fr-draft.txt", "fr", "1||Un.");
    TmxWriter writer = new TmxWriter("0.1.0-test", Granularity.CLAUSE);
    MultiAlignment unknown = new MultiAlignment(List.of(FR, none), List.of(row(1, "1", "1")));
    MultiAlignment drafts = new MultiAlignment(List.of(FR, fr2), List.of(row(1, "1", "1")));

    DeclException noLang =
        assertThrows(DeclException.class, () -> writer.write(unknown, new StringWriter()));
    DeclException sameLang =
        assertThrows(DeclException.class, () -> writer.write(drafts, new StringWriter()));

    assertEquals(DeclException.Kind.USAGE, noLang.kind());
    assertEquals(
        "TMX needs the language of every version, and x.txt has none", noLang.getMessage());
    assertTrue(sameLang.getMessage().startsWith("TMX tells versions apart by language"));
  }

  private static void readWithOmegat(Path file, List<String> pairs) throws Exception {
    new TMXReader2()
        .readTMX(
            file.toFile(),
            new Language("fr"),
            new Language("ar"),
            false,
            false,
            false,
            false,
            (tu, source, target, isParagraph) -> {
              StringBuilder props = new StringBuilder();
              tu.props.forEach(
                  p -> props.append(p.getType()).append('=').append(p.getValue()).append(' '));
              pairs.add(props.toString().strip() + " | " + source.text + " | " + target.text);
              return true;
            });
  }

  private static String write(MultiAlignment alignment, Granularity granularity)
      throws IOException {
    StringWriter out = new StringWriter();
    new TmxWriter("0.1.0-test", granularity).write(alignment, out);
    String tmx = out.toString();
    assertFalse(tmx.isBlank());
    return tmx;
  }

  /** Validates against the DTD; returns how many times the DTD was resolved. */
  static int validate(String tmx) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(true);
    XMLReader reader = factory.newSAXParser().getXMLReader();
    AtomicInteger resolved = new AtomicInteger();
    reader.setEntityResolver(
        (publicId, systemId) -> {
          if (systemId != null && systemId.endsWith("tmx14.dtd")) {
            InputStream dtd = TmxWriterTest.class.getResourceAsStream(DTD);
            assertNotNull(dtd, DTD + " on the test classpath");
            resolved.incrementAndGet();
            return new InputSource(dtd);
          }
          throw new IOException("unexpected entity " + systemId);
        });
    reader.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    reader.parse(new InputSource(new StringReader(tmx)));
    return resolved.get();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(Document doc, String name) {
    return doc.getElementsByTagName(name).getLength();
  }

  private static List<String> props(Element parent, boolean withLang) {
    List<String> props = new ArrayList<>();
    NodeList list = parent.getElementsByTagName("prop");
    for (int i = 0; i < list.getLength(); i++) {
      Element p = (Element) list.item(i);
      String lang = p.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
      props.add(p.getAttribute("type") + " " + (withLang ? lang + " " : "") + p.getTextContent());
    }
    return props;
  }
}
