package org.decl.format;

import static org.decl.format.Fixtures.doc;
import static org.decl.format.Fixtures.finding;
import static org.decl.format.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.decl.DeclException;
import org.decl.Level;
import org.decl.align.MultiAlignment;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;
import org.junit.jupiter.api.Test;

class XliffWriterTest {

  /**
   * The XLIFF 2.0 core schema and the Metadata module's, as Okapi's XLIFF 2 library bundles them.
   */
  private static final String SCHEMAS = "/net/sf/okapi/lib/xliff2/";

  private static final ClauseDocument EN =
      doc(
          "en.pdf",
          "en",
          "art1|Article 1|Article 1",
          "art1.1|1.|Everyone has the right to access information held by public authorities.",
          "art1.2|2.|States shall publish their budgets within 30 days.",
          "art1.3|3.|States shall consult <the public> & report.");

  private static final ClauseDocument ZH =
      doc(
          "zh.docx",
          "zh-Hans",
          "art1|第一条|第一条",
          "art1.1|一、|人人有权获取公共机构掌握的信息。",
          "art1.2|二、|各国应在60天内公布预算。",
          "art1.4|四、|各国应每年报告。");

  private static final MultiAlignment PAIR =
      new MultiAlignment(
          List.of(EN, ZH),
          List.of(
              row(1, "1", "1"),
              row(0.97, "2", "2"),
              row(0.35, "3", "3"),
              row(0, "4", ""),
              row(0, "", "4")));

  private static final List<Finding> FINDINGS =
      List.of(
          finding(
              "number-mismatch",
              Level.ERROR,
              List.of(3),
              List.of(3),
              "art1.2",
              "30 in the source, 60 in the translation"),
          finding(
              "missing-clause",
              Level.ERROR,
              List.of(4),
              List.of(),
              "art1.3",
              "art1.3 has no translation"),
          finding(
              "length-ratio",
              Level.WARNING,
              List.of(),
              List.of(),
              null,
              "zh.docx is 40 % shorter"));

  @Test
  void validatesAgainstTheXliff20CoreSchemaAndMetadataModule() throws Exception {
    String xliff = write(PAIR, FINDINGS);

    schema().newValidator().validate(new StreamSource(new StringReader(xliff)));
  }

  @Test
  void theSchemaRejectsAUnitWithoutSegment() throws Exception {
    String broken =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
            + "<file id=\"f1\"><unit id=\"u1\"/></file></xliff>";

    assertThrows(
        org.xml.sax.SAXException.class,
        () -> schema().newValidator().validate(new StreamSource(new StringReader(broken))));
  }

  @Test
  void okapiReadsUnitsWithStatesTextsAndMetadata() throws Exception {
    List<Unit> units = read(write(PAIR, FINDINGS));

    assertEquals(5, units.size());
    Unit split = units.get(2);
    assertEquals("u3", split.getId());
    assertEquals("art1.2", split.getName());
    Segment segment = split.getSegment(0);
    assertEquals("translated", segment.getState().toString());
    assertEquals(
        "States shall publish their budgets within 30 days.", segment.getSource().getPlainText());
    assertEquals("各国应在60天内公布预算。", segment.getTarget().getPlainText());
    assertEquals(
        List.of(
            "decl score=0.35", "source id=art1.2 n=3 label=2.", "target id=art1.2 n=3 label=二、"),
        metadata(split));

    Segment untranslated = units.get(3).getSegment(0);
    assertEquals("initial", untranslated.getState().toString());
    assertEquals(
        "States shall consult <the public> & report.", untranslated.getSource().getPlainText());
    assertFalse(untranslated.hasTarget());
    Segment extra = units.get(4).getSegment(0);
    assertEquals("", extra.getSource().getPlainText());
    assertEquals("各国应每年报告。", extra.getTarget().getPlainText());
    assertEquals("art1.4", units.get(4).getName());
  }

  @Test
  void notesWeakBeadsGapsAndFindingsOnTheirUnit() throws Exception {
    List<Unit> units = read(write(PAIR, FINDINGS));

    assertEquals(List.of(), notes(units.get(1)));
    assertEquals(
        List.of(
            "decl-weak 5 weak alignment: score 0.35 is below 0.50",
            "number-mismatch 1 error [art1.2]: 30 in the source, 60 in the translation"),
        notes(units.get(2)));
    assertEquals(
        List.of(
            "decl-gap 3 no counterpart in zh.docx",
            "decl-weak 5 weak alignment: score 0.00 is below 0.50",
            "missing-clause 1 error [art1.3]: art1.3 has no translation"),
        notes(units.get(3)));
  }

  @Test
  void putsFindingsAboutNoUnitOnTheFile() throws Exception {
    String xliff = write(PAIR, FINDINGS);

    assertTrue(
        xliff.contains(
            "<notes>\n      <note category=\"length-ratio\" priority=\"3\">warning: zh.docx is 40 %"
                + " shorter</note>\n    </notes>"),
        xliff);
  }

  @Test
  void refusesMoreThanTwoVersions() {
    ClauseDocument fr = doc("fr.txt", "fr", "art1|Article 1|Article premier");
    MultiAlignment three = new MultiAlignment(List.of(EN, ZH, fr), List.of(row(1, "1", "1", "1")));

    DeclException e =
        assertThrows(
            DeclException.class,
            () -> new XliffWriter(0.5).write(three, List.of(), new StringWriter()));

    assertEquals(DeclException.Kind.USAGE, e.kind());
    assertTrue(
        e.getMessage().startsWith("XLIFF holds one target language; 3 versions"), e.getMessage());
  }

  private static String write(MultiAlignment alignment, List<Finding> findings) throws IOException {
    StringWriter out = new StringWriter();
    new XliffWriter(0.5).write(alignment, findings, out);
    return out.toString();
  }

  static Schema schema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    URL core = XliffWriterTest.class.getResource(SCHEMAS + "xliff_core_2.0.xsd");
    URL metadata = XliffWriterTest.class.getResource(SCHEMAS + "modules/metadata.xsd");
    assertNotNull(core, "the XLIFF 2.0 core schema on the test classpath");
    assertNotNull(metadata, "the XLIFF 2.0 metadata module schema on the test classpath");
    return factory.newSchema(
        new StreamSource[] {
          new StreamSource(core.toExternalForm()), new StreamSource(metadata.toExternalForm())
        });
  }

  /** The units, read by Okapi with every check it has: schemas and the spec's constraints. */
  private static List<Unit> read(String xliff) {
    List<Unit> units = new ArrayList<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(xliff);
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isUnit()) {
          units.add(event.getUnit());
        }
      }
    }
    return units;
  }

  private static List<String> notes(Unit unit) {
    List<String> notes = new ArrayList<>();
    for (Note note : unit.getNotes()) {
      notes.add(note.getCategory() + " " + note.getPriority() + " " + note.getText());
    }
    return notes;
  }

  private static List<String> metadata(Unit unit) {
    List<String> groups = new ArrayList<>();
    for (MetaGroup group : unit.getMetadata()) {
      StringBuilder line = new StringBuilder(group.getCategory());
      for (IMetadataItem item : group) {
        Meta meta = (Meta) item;
        line.append(' ').append(meta.getType()).append('=').append(meta.getData());
      }
      groups.add(line.toString());
    }
    return groups;
  }
}
