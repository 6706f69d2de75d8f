package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;
import org.decl.Level;
import org.decl.align.Alignment;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;

/**
 * Writes a two-version alignment as an XLIFF 2.0 document: the original as source, the translation
 * as target, one {@code <unit>} per bead, so that a CAT tool opens the translation for review.
 *
 * <ul>
 *   <li>A bead with both sides is a {@code <segment state="translated">}; a clause with no
 *       translation a {@code <segment state="initial">} without {@code <target>}; a clause only the
 *       translation has, an initial segment with an empty {@code <source>}.
 *   <li>The unit's {@code name} is the original's clause id; ids, ordinals, labels and the score go
 *       in the Metadata module ({@code mda:}), which XLIFF tools carry along.
 *   <li>A weak bead (score below the minimum) and each finding of the translation check become a
 *       {@code <note>}: category {@code decl-weak} or the finding's rule id, priority 1 for errors,
 *       3 for warnings, 5 for information and weak beads. Findings that name no unit of a bead are
 *       notes of the {@code <file>}.
 * </ul>
 *
 * XLIFF holds one target language; a many-version alignment is refused. See docs/formats.md.
 */
public final class XliffWriter {

  static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
  static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";

  private final double minScore;

  /**
   * A writer.
   *
   * @param minScore beads scoring below it get a {@code decl-weak} note
   */
  public XliffWriter(double minScore) {
    this.minScore = minScore;
  }

  /** Writes an alignment and the findings of its translation check; see the class comment. */
  public void write(Alignment alignment, List<Finding> findings, Writer out) throws IOException {
    write(alignment.asMulti(), findings, out);
  }

  /**
   * Writes an alignment of exactly two versions, flushing {@code out} but leaving it open.
   *
   * @param findings the findings of the translation check of the pair, possibly empty
   * @param out where to write; it must encode UTF-8, which the XML declaration names
   * @throws DeclException a usage error for more than two versions, a version without language, or
   *     an alignment with no bead (XLIFF requires a unit)
   */
  public void write(MultiAlignment alignment, List<Finding> findings, Writer out)
      throws IOException {
    if (alignment.versions().size() != 2) {
      throw DeclException.usage(
          "XLIFF holds one target language; "
              + alignment.versions().size()
              + " versions were aligned: write TMX or HTML for all, or align two at a time");
    }
    if (alignment.rows().isEmpty()) {
      throw DeclException.usage(
          "XLIFF needs at least one unit, and the alignment of "
              + alignment.versions().get(0).path()
              + " has none");
    }
    ClauseDocument source = alignment.versions().get(0);
    ClauseDocument target = alignment.versions().get(1);
    RowFindings placed = new RowFindings(alignment, Map.of(1, findings));

    XmlOut xml = XmlOut.of(out);
    xml.declaration(null);
    xml.open("xliff")
        .namespace(XLIFF)
        .namespace("mda", MDA)
        .attr("version", "2.0")
        .attr("srcLang", Units.lang(source, "XLIFF"))
        .attr("trgLang", Units.lang(target, "XLIFF"));
    xml.open("file").attr("id", "f1").attr("original", source.path());
    xml.open("mda:metadata");
    xml.open("mda:metaGroup").attr("category", "decl");
    meta(xml, "source-file", source.path());
    meta(xml, "target-file", target.path());
    xml.close();
    xml.close();
    if (!placed.unplaced().isEmpty()) {
      xml.open("notes");
      for (RowFindings.Placed p : placed.unplaced()) {
        note(xml, p.finding());
      }
      xml.close();
    }
    List<Row> rows = alignment.rows();
    for (int r = 0; r < rows.size(); r++) {
      unit(xml, alignment, rows.get(r), r, placed.of(r));
    }
    xml.close();
    xml.close();
    xml.finish();
  }

  private void unit(
      XmlOut xml, MultiAlignment alignment, Row row, int r, List<RowFindings.Placed> findings)
      throws IOException {
    ClauseDocument source = alignment.versions().get(0);
    ClauseDocument target = alignment.versions().get(1);
    List<Integer> s = row.units().get(0);
    List<Integer> t = row.units().get(1);
    xml.open("unit")
        .attr("id", "u" + (r + 1))
        .attr("name", Units.ids(s.isEmpty() ? target : source, s.isEmpty() ? t : s));
    xml.open("mda:metadata");
    xml.open("mda:metaGroup").attr("category", "decl");
    meta(xml, "score", Units.score(row.score()));
    xml.close();
    side(xml, "source", source, s);
    side(xml, "target", target, t);
    xml.close();

    boolean weak = row.score() < minScore;
    boolean gap = s.isEmpty() || t.isEmpty();
    if (weak || gap || !findings.isEmpty()) {
      xml.open("notes");
      if (gap) {
        xml.start("note").attr("category", "decl-gap").attr("priority", "3");
        xml.text(
            s.isEmpty()
                ? "only in " + target.path() + ": no counterpart in " + source.path()
                : "no counterpart in " + target.path());
        xml.end();
      }
      if (weak) {
        xml.start("note").attr("category", "decl-weak").attr("priority", "5");
        xml.text(
            "weak alignment: score "
                + Units.score(row.score())
                + " is below "
                + Units.score(minScore));
        xml.end();
      }
      for (RowFindings.Placed p : findings) {
        note(xml, p.finding());
      }
      xml.close();
    }

    xml.open("segment").attr("id", "s" + (r + 1)).attr("state", gap ? "initial" : "translated");
    xml.element("source", alignment.text(row, 0));
    if (!t.isEmpty()) {
      xml.element("target", alignment.text(row, 1));
    }
    xml.close();
    xml.close();
  }

  private static void side(XmlOut xml, String side, ClauseDocument version, List<Integer> units)
      throws IOException {
    if (units.isEmpty()) {
      return;
    }
    xml.open("mda:metaGroup").attr("category", side).attr("appliesTo", side);
    meta(xml, "id", Units.ids(version, units));
    meta(xml, "n", Units.ns(units));
    String labels = Units.labels(version, units);
    if (labels != null) {
      meta(xml, "label", labels);
    }
    xml.close();
  }

  private static void meta(XmlOut xml, String type, String value) throws IOException {
    xml.element("mda:meta", "type", type, value);
  }

  private static void note(XmlOut xml, Finding f) throws IOException {
    xml.start("note").attr("category", f.rule()).attr("priority", priority(f.level()));
    xml.text(
        f.level().label()
            + (f.clause() == null ? "" : " [" + f.clause() + "]")
            + ": "
            + f.message());
    xml.end();
  }

  private static String priority(Level level) {
    return switch (level) {
      case ERROR -> "1";
      case WARNING -> "3";
      case INFO -> "5";
    };
  }
}
