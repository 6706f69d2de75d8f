package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decl.DeclException;
import org.decl.align.Alignment;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;

/**
 * Writes an alignment as a TMX 1.4b translation memory, the file CAT tools (OmegaT, Trados, memoQ)
 * import.
 *
 * <p>One {@code <tu>} per row in which the original (version 0, the header's {@code srclang}) and
 * at least one other version have text, with one {@code <tuv xml:lang>} per version that has. Rows
 * where only one version has text are left out: a translation memory holds pairs, and a CAT tool
 * ignores a unit with nothing to match it against. So are rows the original lacks, which have no
 * source to translate from. The alignment's own formats (jsonl, html) keep those rows.
 *
 * <p>Traceability rides on {@code x-}properties, which CAT tools keep and show: {@code
 * x-decl-score} on the {@code <tu>}; {@code x-decl-id}, {@code x-decl-n} and {@code x-decl-label}
 * on each {@code <tuv>}; {@code x-decl-file} in the header, once per version. Nothing depends on
 * the clock, so the same alignment always gives the same bytes. See docs/formats.md.
 */
public final class TmxWriter {

  private final String toolVersion;
  private final Granularity granularity;

  /**
   * A writer.
   *
   * @param toolVersion decl's version, for the header's {@code creationtoolversion}
   * @param granularity what the units are: clauses give {@code segtype="block"}, sentences {@code
   *     segtype="sentence"}
   */
  public TmxWriter(String toolVersion, Granularity granularity) {
    this.toolVersion = toolVersion;
    this.granularity = granularity;
  }

  /** Writes a two-version alignment; see {@link #write(MultiAlignment, Writer)}. */
  public int write(Alignment alignment, Writer out) throws IOException {
    return write(alignment.asMulti(), out);
  }

  /**
   * Writes an alignment of two or more versions as TMX, flushing {@code out} but leaving it open.
   *
   * @param out where to write; it must encode UTF-8, which the XML declaration names
   * @return how many {@code <tu>} were written
   * @throws DeclException a usage error when a version has no language or two versions share one
   */
  public int write(MultiAlignment alignment, Writer out) throws IOException {
    List<String> langs = langs(alignment.versions());
    XmlOut xml = XmlOut.of(out);
    xml.declaration("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
    xml.open("tmx").attr("version", "1.4");
    xml.open("header")
        .attr("creationtool", "decl")
        .attr("creationtoolversion", toolVersion)
        .attr("segtype", granularity == Granularity.SENTENCE ? "sentence" : "block")
        .attr("o-tmf", "decl")
        .attr("adminlang", "en")
        .attr("srclang", langs.get(0))
        .attr("datatype", "plaintext");
    for (int v = 0; v < langs.size(); v++) {
      xml.start("prop")
          .attr("type", "x-decl-file")
          .attr("xml:lang", langs.get(v))
          .text(alignment.versions().get(v).path())
          .end();
    }
    xml.close();
    xml.open("body");
    int written = 0;
    for (Row row : alignment.rows()) {
      if (translates(alignment, row)) {
        written++;
        unit(xml, alignment, row, langs, written);
      }
    }
    xml.close();
    xml.close();
    xml.finish();
    return written;
  }

  private static void unit(
      XmlOut xml, MultiAlignment alignment, Row row, List<String> langs, int tuid)
      throws IOException {
    xml.open("tu").attr("tuid", String.valueOf(tuid));
    xml.element("prop", "type", "x-decl-score", Units.score(row.score()));
    for (int v = 0; v < langs.size(); v++) {
      List<Integer> units = row.units().get(v);
      String text = alignment.text(row, v);
      if (text.isBlank()) {
        continue;
      }
      ClauseDocument version = alignment.versions().get(v);
      xml.open("tuv").attr("xml:lang", langs.get(v));
      xml.element("prop", "type", "x-decl-id", Units.ids(version, units));
      xml.element("prop", "type", "x-decl-n", Units.ns(units));
      String labels = Units.labels(version, units);
      if (labels != null) {
        xml.element("prop", "type", "x-decl-label", labels);
      }
      xml.element("seg", text);
      xml.close();
    }
    xml.close();
  }

  /** Whether a row has text in the original and in at least one other version. */
  private static boolean translates(MultiAlignment alignment, Row row) {
    if (alignment.text(row, 0).isBlank()) {
      return false;
    }
    for (int v = 1; v < row.units().size(); v++) {
      if (!alignment.text(row, v).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> langs(List<ClauseDocument> versions) {
    if (versions.size() < 2) {
      throw DeclException.usage("a translation memory needs two versions or more");
    }
    List<String> langs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ClauseDocument version : versions) {
      String lang = Units.lang(version, "TMX");
      if (!seen.add(lang.toLowerCase(java.util.Locale.ROOT))) {
        throw DeclException.usage(
            "TMX tells versions apart by language, and two versions are in '"
                + lang
                + "' ("
                + version.path()
                + " and another); align drafts of one language with --format html or jsonl");
      }
      langs.add(lang);
    }
    return langs;
  }
}
