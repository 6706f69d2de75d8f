package org.decl.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.decl.Level;
import org.decl.align.Alignment;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;

/**
 * Writes an alignment as one self-contained HTML page: the versions side by side in columns, a row
 * per bead, weak beads highlighted, the findings of the translation check in the margin of their
 * row, an index of the findings at the top ({@link FindingNav}). The page has its style and its one
 * script inline and loads nothing, reads well without script, on a laptop screen, and prints on A4
 * landscape with the column headers repeated and no row split.
 *
 * <p>Each cell carries its version's {@code lang}, and {@code dir="rtl"} for right-to-left
 * languages, so browsers pick fonts and shaping per script. The markup is also well-formed XML. See
 * docs/formats.md.
 */
public final class HtmlReport {

  private static final String CSS = css() + FindingNav.CSS;

  /** The filter's category of a row that is neither weak nor holds a finding. */
  private static final String PLAIN = "plain";

  /** The filter's category of a weak row. */
  private static final String WEAK = "weak";

  private final String title;
  private final String toolVersion;
  private final double minScore;

  /**
   * A report writer.
   *
   * @param title what the report is about, such as the work's id; null to name it by its files
   * @param toolVersion decl's version, shown at the foot of the page
   * @param minScore rows scoring below it are highlighted as weak
   */
  public HtmlReport(String title, String toolVersion, double minScore) {
    this.title = title;
    this.toolVersion = toolVersion;
    this.minScore = minScore;
  }

  /** Writes a two-version alignment with the findings of its translation check. */
  public void write(Alignment alignment, List<Finding> findings, Writer out) throws IOException {
    write(alignment.asMulti(), Map.of(1, findings), out);
  }

  /**
   * Writes an alignment of two or more versions, flushing {@code out} but leaving it open.
   *
   * @param findings for each version index from 1, the findings of the translation check of the
   *     pair (version 0, that version); versions without findings may be left out
   * @param out where to write; it must encode UTF-8, which the page declares
   */
  public void write(MultiAlignment alignment, Map<Integer, List<Finding>> findings, Writer out)
      throws IOException {
    RowFindings placed = new RowFindings(alignment, findings);
    Findings nav = nav(alignment, placed);
    List<ClauseDocument> versions = alignment.versions();
    String heading =
        title != null
            ? title
            : versions.stream().map(ClauseDocument::path).collect(Collectors.joining(" · "));

    XmlOut html = XmlOut.of(out);
    HtmlPage.open(html, "decl align: " + heading, CSS, toolVersion);
    header(html, alignment, nav, findings, heading);
    rows(html, alignment, nav);
    html.start("footer").text("Made by decl " + toolVersion + " (decl align --format html).").end();
    FindingNav.script(html);
    html.close();
    html.close();
    html.finish();
  }

  /**
   * The findings of the page in page order (those about whole versions first, then row by row),
   * each with its place in that order, and the navigation over them.
   */
  private record Findings(
      RowFindings placed, Map<RowFindings.Placed, Integer> order, FindingNav nav) {

    int of(RowFindings.Placed p) {
      return order.get(p);
    }
  }

  private Findings nav(MultiAlignment alignment, RowFindings placed) {
    List<RowFindings.Placed> inOrder = new ArrayList<>(placed.unplaced());
    List<Row> rows = alignment.rows();
    Map<RowFindings.Placed, Integer> rowOf = new IdentityHashMap<>();
    long weak = 0;
    long plain = 0;
    for (int r = 0; r < rows.size(); r++) {
      for (RowFindings.Placed p : placed.of(r)) {
        rowOf.put(p, r);
        inOrder.add(p);
      }
      if (rows.get(r).score() < minScore) {
        weak++;
      } else if (placed.of(r).isEmpty()) {
        plain++;
      }
    }
    Map<RowFindings.Placed, Integer> order = new IdentityHashMap<>();
    List<FindingNav.Entry> entries = new ArrayList<>();
    for (RowFindings.Placed p : inOrder) {
      order.put(p, entries.size());
      Integer row = rowOf.get(p);
      entries.add(
          new FindingNav.Entry(
              p.finding().level().label(),
              html -> {
                findingBody(html, alignment, p);
                html.inline("span")
                    .attr("class", "row")
                    .text(row == null ? "whole version" : "row " + (row + 1))
                    .end();
              }));
    }
    List<FindingNav.Category> levels = new ArrayList<>();
    for (Level level : List.of(Level.ERROR, Level.WARNING, Level.INFO)) {
      long n = inOrder.stream().filter(p -> p.finding().level() == level).count();
      levels.add(new FindingNav.Category(level.label(), level.label(), n));
    }
    List<FindingNav.Category> kinds =
        List.of(
            new FindingNav.Category(WEAK, "weak rows", weak),
            new FindingNav.Category(PLAIN, "other rows", plain));
    return new Findings(placed, order, new FindingNav("finding", levels, kinds, entries));
  }

  private void header(
      XmlOut html,
      MultiAlignment alignment,
      Findings nav,
      Map<Integer, List<Finding>> findings,
      String heading)
      throws IOException {
    List<ClauseDocument> versions = alignment.versions();
    List<Row> rows = alignment.rows();
    html.open("header");
    html.start("h1").text(heading + " ");
    html.inline("span")
        .attr("class", "what")
        .text("alignment of " + versions.size() + " versions")
        .end();
    html.end();

    html.open("table").attr("class", "versions");
    html.open("tr");
    for (String h : List.of("", "Language", "File", "Units", "Rows without it", "Findings")) {
      html.element("th", h);
    }
    html.close();
    for (int v = 0; v < versions.size(); v++) {
      ClauseDocument version = versions.get(v);
      int vv = v;
      long without = rows.stream().filter(r -> r.gap(vv)).count();
      html.open("tr");
      html.element("td", v == 0 ? "original" : "version " + v);
      html.element("td", version.lang() == null ? "unknown" : version.lang());
      html.element("td", "class", "file", version.path());
      html.element("td", "class", "count", String.valueOf(version.units().size()));
      html.element("td", "class", "count", String.valueOf(without));
      html.element(
          "td",
          "class",
          "count",
          v == 0 ? "" : String.valueOf(findings.getOrDefault(v, List.of()).size()));
      html.close();
    }
    html.close();

    long weak = rows.stream().filter(r -> r.score() < minScore).count();
    long gaps = rows.stream().filter(Row::hasGap).count();
    Map<Level, Long> byLevel =
        findings.values().stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(Finding::level, Collectors.counting()));
    html.start("p").attr("class", "summary");
    count(html, rows.size(), " row", " · ");
    count(html, gaps, " with a version missing", " · ");
    count(html, weak, " weak (score below " + Units.score(minScore) + ")", " · ");
    count(html, byLevel.getOrDefault(Level.ERROR, 0L), " error", ", ");
    count(html, byLevel.getOrDefault(Level.WARNING, 0L), " warning", ", ");
    count(html, byLevel.getOrDefault(Level.INFO, 0L), " info", "");
    html.end();

    html.open("ul").attr("class", "legend");
    html.start("li");
    html.inline("span").attr("class", "swatch weak").end();
    html.text("weak bead: the aligner is unsure (score below " + Units.score(minScore) + ")");
    html.end();
    html.start("li");
    html.inline("span").attr("class", "swatch gap").end();
    html.text("no counterpart in this version");
    html.end();
    html.start("li");
    for (Level level : List.of(Level.ERROR, Level.WARNING, Level.INFO)) {
      html.inline("span").attr("class", "level " + level.label()).text(level.label()).end();
      html.text(" ");
    }
    html.text("findings of the translation check: rule, versions compared, clause");
    html.end();
    html.close();
    nav.nav().index(html);

    RowFindings placed = nav.placed();
    if (!placed.unplaced().isEmpty()) {
      html.open("section").attr("class", "unplaced");
      html.element("h2", "Findings about whole versions");
      html.open("ul");
      for (RowFindings.Placed p : placed.unplaced()) {
        finding(html, alignment, nav, p);
      }
      html.close();
      html.close();
    }
    html.close();
  }

  private void rows(XmlOut html, MultiAlignment alignment, Findings nav) throws IOException {
    RowFindings placed = nav.placed();
    List<ClauseDocument> versions = alignment.versions();
    List<Row> rows = alignment.rows();
    // the margin only when there is something to put in it: the versions get its width otherwise
    boolean margin = placed.count() > 0 || rows.stream().anyMatch(r -> r.score() < minScore);
    html.open("table").attr("class", "align");
    html.open("colgroup");
    html.empty("col").attr("class", "num");
    for (int v = 0; v < versions.size(); v++) {
      html.empty("col").attr("class", "version");
    }
    if (margin) {
      html.empty("col").attr("class", "notes");
    }
    html.close();
    html.open("thead");
    html.open("tr");
    html.element("th", "#");
    for (ClauseDocument version : versions) {
      // direction only: the header keeps the page's font, whatever the version's script
      html.start("th")
          .attr("dir", version.lang() == null || !isRtl(version.lang()) ? "ltr" : "rtl");
      html.text(version.lang() == null ? "?" : version.lang());
      html.inline("bdi").attr("class", "file").attr("dir", "ltr").text(version.path()).end();
      html.end();
    }
    if (margin) {
      html.element("th", "Findings");
    }
    html.close();
    html.close();

    html.open("tbody");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      boolean weak = row.score() < minScore;
      html.open("tr").attr("id", "r" + (r + 1)).attr("class", weak ? "weak" : null);
      html.attr("data-cats", cats(placed.of(r), weak));
      html.start("th").attr("scope", "row");
      html.inline("a").attr("href", "#r" + (r + 1)).text(String.valueOf(r + 1)).end();
      html.inline("span")
          .attr("class", "score")
          .attr("title", "alignment score")
          .text(Units.score(row.score()))
          .end();
      html.end();
      for (int v = 0; v < versions.size(); v++) {
        cell(html, alignment, row, v);
      }
      if (margin) {
        notes(html, alignment, nav, placed.of(r), weak ? row.score() : null);
      }
      html.close();
    }
    html.close();
    html.close();
  }

  /** The filter's categories of a row: the levels of its findings, and weak or plain. */
  private static String cats(List<RowFindings.Placed> notes, boolean weak) {
    Set<String> cats = new LinkedHashSet<>();
    notes.forEach(p -> cats.add(p.finding().level().label()));
    if (weak) {
      cats.add(WEAK);
    } else if (cats.isEmpty()) {
      cats.add(PLAIN);
    }
    return FindingNav.cats(cats);
  }

  /** The margin cell of a row: its weak mark if weak (score given), then its findings. */
  private static void notes(
      XmlOut html,
      MultiAlignment alignment,
      Findings nav,
      List<RowFindings.Placed> notes,
      Double weakScore)
      throws IOException {
    html.start("td").attr("class", "notes");
    if (weakScore != null || !notes.isEmpty()) {
      html.inline("ul");
      if (weakScore != null) {
        html.inline("li").attr("data-cats", WEAK);
        html.inline("span").attr("class", "level weak").text("weak").end();
        html.text(" score " + Units.score(weakScore) + ": check this row");
        html.end();
      }
      for (RowFindings.Placed p : notes) {
        html.inline("li");
        nav.nav().mark(html, nav.of(p));
        findingBody(html, alignment, p);
        nav.nav().steps(html, nav.of(p));
        html.end();
      }
      html.end();
    }
    html.end();
  }

  private static void cell(XmlOut html, MultiAlignment alignment, Row row, int v)
      throws IOException {
    ClauseDocument version = alignment.versions().get(v);
    List<Integer> units = row.units().get(v);
    if (row.merged().get(v)) {
      html.start("td").attr("class", "merged").text("merged with the row above").end();
      return;
    }
    if (units.isEmpty()) {
      html.start("td").attr("class", "gap").text("no counterpart").end();
      return;
    }
    html.start("td");
    cellLang(html, version.lang());
    html.inline("div").attr("class", "ref");
    html.inline("bdi").attr("class", "id").text(Units.ids(version, units)).end();
    String labels = Units.labels(version, units);
    if (labels != null) {
      html.text(" · ");
      html.inline("bdi").attr("class", "label").text(labels).end();
    }
    html.text(" · ");
    html.inline("bdi").text("n " + Units.ns(units)).end();
    html.end();
    html.inline("div").attr("class", "text").text(alignment.text(row, v)).end();
    html.end();
  }

  private static void finding(
      XmlOut html, MultiAlignment alignment, Findings nav, RowFindings.Placed p)
      throws IOException {
    html.start("li");
    nav.nav().mark(html, nav.of(p));
    findingBody(html, alignment, p);
    nav.nav().steps(html, nav.of(p));
    html.end();
  }

  private static void findingBody(XmlOut html, MultiAlignment alignment, RowFindings.Placed p)
      throws IOException {
    Finding f = p.finding();
    html.inline("span").attr("class", "level " + f.level().label()).text(f.level().label()).end();
    html.text(" ");
    html.inline("span").attr("class", "rule").text(f.rule()).end();
    html.text(" ");
    html.inline("span")
        .attr("class", "pair")
        .text(lang(alignment.versions().get(0)) + "→" + lang(alignment.versions().get(p.version())))
        .end();
    if (f.clause() != null) {
      html.text(" · ");
      html.inline("bdi").attr("class", "clause").text(f.clause()).end();
    }
    html.inline("span").attr("class", "message").text(f.message()).end();
  }

  private static String lang(ClauseDocument version) {
    return version.lang() == null ? "?" : version.lang();
  }

  /** The lang and dir attributes of a cell in a version of that language. */
  private static void cellLang(XmlOut html, String lang) throws IOException {
    if (lang == null) {
      html.attr("dir", "auto");
      return;
    }
    html.attr("lang", lang).attr("dir", isRtl(lang) ? "rtl" : "ltr");
  }

  /**
   * Whether a language is written right to left: by its script subtag ({@code az-Arab}), else by
   * the script CLDR's likely subtags give its language ({@code ug}: Arab; {@code ku}: Latn).
   */
  static boolean isRtl(String tag) {
    return com.ibm.icu.util.ULocale.forLanguageTag(tag).isRightToLeft();
  }

  /** A count in bold, then what it counts (plural with an s for nouns that take one). */
  private static void count(XmlOut html, long n, String what, String then) throws IOException {
    html.inline("strong").text(String.valueOf(n)).end();
    boolean noun = what.equals(" row") || what.equals(" error") || what.equals(" warning");
    html.text(what + (noun && n != 1 ? "s" : "") + then);
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("align-report.css")) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.contains("<") || css.contains("&") || css.contains(">")) {
        throw new IllegalStateException("align-report.css must hold no markup characters");
      }
      return css;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
