package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Change;
import org.decl.diff.WordDiff.Run;
import org.decl.text.Plural;

/**
 * {@code decl diff --format html} between two drafts: one self-contained page listing each change
 * (added, removed, moved, changed, renumbered) with its words struck out and inserted, readable on
 * a laptop and printable. An index of the changes heads the page, and the reader can show some
 * kinds of change only ({@link FindingNav}): every change is at level info, so the kind is what
 * tells them apart.
 */
public final class RevisionReport {

  private static final String CSS =
      """
      body{font:15px/1.5 system-ui,"Noto Sans",sans-serif;margin:1.5rem auto;max-width:60rem;\
      padding:0 1rem;color:#1f2328}
      h1{font-size:1.4rem;margin:0}.what{color:#57606a;font-weight:normal}
      p.summary{color:#57606a}
      article{border-top:1px solid #d0d7de;padding:.6rem 0;break-inside:avoid}
      .rule{font:600 .8rem ui-monospace,monospace;border-radius:4px;padding:0 .35rem;\
      border:1px solid}
      .clause-added{color:#1a7f37}.clause-removed{color:#cf222e}
      .clause-changed,.clause-moved,.clause-renumbered{color:#9a6700}
      .where{color:#57606a;font-size:.85rem;margin-left:.5rem}
      del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
      @media print{body{margin:0;max-width:none}del{text-decoration:line-through}\
      ins{text-decoration:underline}}
      article .step{float:inline-end;margin-inline-start:1rem}
      """
          + FindingNav.CSS;

  private final String toolVersion;

  public RevisionReport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /** Writes the changes from one draft to the next, flushing {@code out} but leaving it open. */
  public void write(ClauseDocument before, ClauseDocument after, List<Change> changes, Writer out)
      throws IOException {
    String heading = before.path() + " → " + after.path();
    XmlOut html = XmlOut.of(out);
    HtmlPage.open(html, "decl diff: " + heading, CSS, toolVersion);
    html.start("h1").text(heading + " ");
    html.inline("span").attr("class", "what").text("revision diff").end();
    html.end();
    html.element("p", "class", "summary", summary(changes));
    FindingNav nav = nav(before, after, changes);
    nav.index(html);
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      html.open("article");
      nav.mark(html, i);
      html.start("div");
      nav.steps(html, i);
      html.end();
      html.start("h2").attr("lang", "en").attr("style", "font-size:1rem;margin:0");
      html.inline("span").attr("class", "rule " + change.rule()).text(change.rule()).end();
      html.text(
          " "
              + change.idText()
              + (change.labelText() != null
                  ? ", label " + change.labelText()
                  : change.label() == null ? "" : " (" + change.label() + ")"));
      html.inline("span").attr("class", "where").text(where(change)).end();
      html.end();
      html.start("p").attr("lang", lang(after, before)).attr("dir", dir(after, before));
      for (Run run : change.words()) {
        switch (run.kind()) {
          case KEPT -> html.text(run.text());
          case DELETED -> html.inline("del").text(run.text()).end();
          case INSERTED -> html.inline("ins").text(run.text()).end();
        }
      }
      html.end();
      html.close();
    }
    html.start("footer").text("Made by decl " + toolVersion + " (decl diff --format html).").end();
    FindingNav.script(html);
    html.close();
    html.close();
    html.finish();
  }

  /** The index and filter of the changes, by kind in the order of their ids. */
  private static FindingNav nav(ClauseDocument before, ClauseDocument after, List<Change> changes) {
    Map<String, Long> kinds =
        changes.stream()
            .collect(Collectors.groupingBy(Change::rule, TreeMap::new, Collectors.counting()));
    List<FindingNav.Category> categories =
        kinds.entrySet().stream()
            .map(e -> new FindingNav.Category(e.getKey(), e.getKey(), e.getValue()))
            .toList();
    String lang = lang(after, before);
    String dir = dir(after, before);
    List<FindingNav.Entry> entries =
        changes.stream()
            .map(
                change ->
                    new FindingNav.Entry(
                        change.rule(),
                        html -> {
                          html.inline("span")
                              .attr("class", "rule " + change.rule())
                              .text(change.rule())
                              .end();
                          html.text(" ");
                          html.inline("bdi").attr("class", "clause").text(change.clause()).end();
                          html.inline("span")
                              .attr("class", "message")
                              .attr("lang", lang)
                              .attr("dir", dir);
                          changedWords(html, change.words());
                          html.end();
                        }))
            .toList();
    return new FindingNav("change", categories, List.of(), entries);
  }

  /**
   * The words of a change as the index shows them: only the struck and inserted runs when some
   * words were kept (an ellipsis where kept words were left out), else the whole clause.
   */
  private static void changedWords(XmlOut html, List<Run> words) throws IOException {
    boolean changed = words.stream().anyMatch(r -> r.kind() != Run.Kind.KEPT);
    boolean gap = false;
    for (Run run : words) {
      switch (run.kind()) {
        case KEPT -> {
          // a space between two changed words is kept: no words were left out there
          if (changed && !run.text().isBlank()) {
            gap = true;
          } else if (!gap) {
            html.text(run.text());
          }
        }
        case DELETED, INSERTED -> {
          if (gap) {
            html.text(" … ");
            gap = false;
          }
          html.inline(run.kind() == Run.Kind.DELETED ? "del" : "ins").text(run.text()).end();
        }
      }
    }
    if (gap) {
      html.text(" …");
    }
  }

  private static String summary(List<Change> changes) {
    if (changes.isEmpty()) {
      return "No change: the drafts have the same clauses.";
    }
    return changes.stream()
        .collect(Collectors.groupingBy(Change::rule, java.util.TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> e.getValue() + " " + e.getKey().replace("clause-", ""))
        .collect(Collectors.joining(" · ", Plural.of(changes.size(), "change") + ": ", ""));
  }

  private static String where(Change change) {
    if (change.before().isEmpty()) {
      return "new in the second draft, n " + change.after();
    }
    if (change.after().isEmpty()) {
      return "gone from the second draft, was n " + change.before();
    }
    return "n " + change.before() + " → " + change.after();
  }

  /** The direction of the drafts' text: by their language, else by its first strong letter. */
  private static String dir(ClauseDocument after, ClauseDocument before) {
    String lang = after.lang() != null ? after.lang() : before.lang();
    if (lang == null) {
      return "auto";
    }
    return HtmlReport.isRtl(lang) ? "rtl" : "ltr";
  }

  private static String lang(ClauseDocument after, ClauseDocument before) {
    String lang = after.lang() != null ? after.lang() : before.lang();
    return lang == null ? "und" : lang;
  }
}
