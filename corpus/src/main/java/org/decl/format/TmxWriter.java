package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    List<Row> rows = alignment.rows();
    Map<Integer, Map<Integer, List<Integer>>> merges = merges(rows);
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      Map<Integer, List<Integer>> mergedHere = merges.getOrDefault(r, Map.of());
      List<List<Integer>> cells = new ArrayList<>();
      for (int v = 0; v < langs.size(); v++) {
        // a version that merges this row's original unit with others is in a unit of its own
        boolean apart = row.merged().get(v) || mergedHere.containsKey(v);
        cells.add(apart ? List.of() : row.units().get(v));
      }
      written += unit(xml, alignment, row.score(), cells, langs, written + 1);
      for (Map.Entry<Integer, List<Integer>> merge : mergedHere.entrySet()) {
        int v = merge.getKey();
        List<Integer> original = new ArrayList<>(row.units().get(0));
        double score = row.score();
        for (int covered : merge.getValue()) {
          original.addAll(rows.get(covered).units().get(0));
          score = Math.min(score, rows.get(covered).score());
        }
        List<List<Integer>> pair = new ArrayList<>();
        for (int w = 0; w < langs.size(); w++) {
          pair.add(w == 0 ? original : w == v ? row.units().get(v) : List.of());
        }
        written += unit(xml, alignment, score, pair, langs, written + 1);
      }
    }
    xml.close();
    xml.close();
    xml.finish();
    return written;
  }

  /**
   * The merges of a many-version alignment: for each row where a version's units stand for the
   * original's units of later rows too, that version and those rows.
   */
  private static Map<Integer, Map<Integer, List<Integer>>> merges(List<Row> rows) {
    Map<Integer, Map<Integer, List<Integer>>> merges = new HashMap<>();
    int versions = rows.isEmpty() ? 0 : rows.get(0).units().size();
    for (int v = 1; v < versions; v++) {
      int owner = -1;
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        if (row.merged().get(v) && owner >= 0) {
          merges
              .computeIfAbsent(owner, k -> new TreeMap<>())
              .computeIfAbsent(v, k -> new ArrayList<>())
              .add(r);
        } else if (!row.units().get(v).isEmpty()) {
          owner = r;
        }
      }
    }
    return merges;
  }

  /**
   * Writes one translation unit of these units of each version, if it has the original's text and
   * another's; returns how many it wrote, 1 or 0.
   */
  private static int unit(
      XmlOut xml,
      MultiAlignment alignment,
      double score,
      List<List<Integer>> cells,
      List<String> langs,
      int tuid)
      throws IOException {
    if (!translates(alignment, cells)) {
      return 0;
    }
    xml.open("tu").attr("tuid", String.valueOf(tuid));
    xml.element("prop", "type", "x-decl-score", Units.score(score));
    for (int v = 0; v < langs.size(); v++) {
      List<Integer> units = cells.get(v);
      String text = alignment.text(v, units);
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
    return 1;
  }

  /** Whether units have text in the original and in at least one other version. */
  private static boolean translates(MultiAlignment alignment, List<List<Integer>> cells) {
    if (alignment.text(0, cells.get(0)).isBlank()) {
      return false;
    }
    for (int v = 1; v < cells.size(); v++) {
      if (!alignment.text(v, cells.get(v)).isBlank()) {
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
