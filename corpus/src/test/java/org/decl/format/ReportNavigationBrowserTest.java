package org.decl.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.decl.align.MultiAlignment;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;
import org.decl.diff.RevisionDiff;
import org.decl.testkit.BrowserPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings index, the filter and the keys of both HTML reports, run by headless Chromium: the
 * test adds a script to a copy of each report that presses keys and ticks boxes as a reader would,
 * then writes what the page shows into the page, which Chromium dumps. Screenshots of each report
 * stay in target/screenshots for a person to look at. The browsers run side by side.
 */
class ReportNavigationBrowserTest {

  private static final Path OUT = Path.of("target", "screenshots");

  /** Reads the state of the page: the focused element, the rows shown, the controls shown. */
  private static final String PROBE =
      """
      function key(k) {
        document.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true, cancelable: true}));
      }
      function shown() {
        return Array.from(document.querySelectorAll('table.align tbody tr, article'))
            .filter(e => !e.closest('[hidden]')).length;
      }
      var log = [];
      function state(label) {
        var a = document.activeElement;
        log.push(label + ' ' + (a && a.id ? a.id : '-') + ' ' + shown());
      }
      """;

  private static final Map<String, String> ACTIONS =
      Map.of(
          "align",
          """
          log.push('rows ' + shown());
          log.push('controls ' + !document.getElementById('filter').hidden
              + ' ' + !document.getElementById('keys').hidden);
          key('j'); state('j'); key('j'); state('j'); key('k'); state('k');
          key('1'); state('1');
          key('j'); state('j'); key('j'); state('j');
          key('4'); state('4');
          key('0'); state('0');
          document.querySelector('#f2 a[data-step="1"]').click(); state('next-link');
          log.push('marked ' + document.querySelectorAll('.finding.current').length
              + ' ' + getComputedStyle(document.querySelector('.finding.current')).outlineStyle);
          """,
          "revision",
          """
          key('k'); state('k'); key('k'); state('k');
          key('2'); state('2');
          key('j'); state('j');
          key('2'); state('2');
          """);

  private static Path align;
  private static Path revision;

  @BeforeAll
  static void writeTheReports() throws Exception {
    assumeTrue(BrowserPdf.available(), "no " + BrowserPdf.CHROMIUM);
    Files.createDirectories(OUT);
    MultiAlignment checked = Fixtures.checked();
    align = OUT.resolve("align-nav.html").toAbsolutePath();
    Files.writeString(
        align,
        HtmlReportTest.write(checked, Fixtures.checkedFindings(checked), "open-gov-2021"),
        StandardCharsets.UTF_8);

    ClauseDocument before = Fixtures.sample("ar").versions().get(0);
    ClauseDocument after = revised(before);
    StringWriter out = new StringWriter();
    new RevisionReport("0.1.0-test")
        .write(before, after, new RevisionDiff().compare(before, after), out);
    revision = OUT.resolve("revision-nav.html").toAbsolutePath();
    Files.writeString(revision, out.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void movesBetweenFindingsAndFiltersByLevelWithTheKeys(@TempDir Path dir) throws Exception {
    Map<String, String> dumps = run(dir);
    int rows = Fixtures.checked().rows().size();

    // f1 is about a whole version, f2 and f4 are errors, f4 in a weak row: hiding the errors
    // skips f2 and f4; hiding weak rows then hides f4's row too
    assertEquals(
        List.of(
            "rows " + rows,
            "controls true true",
            "j f1 " + rows,
            "j f2 " + rows,
            "k f1 " + rows,
            "1 f1 " + (rows - 1),
            "j f3 " + (rows - 1),
            "j f5 " + (rows - 1),
            "4 f5 " + (rows - 2),
            "0 f5 " + rows,
            "next-link f3 " + rows,
            "marked 1 solid"),
        log(dumps.get("align")));
  }

  @Test
  void walksTheChangesOfARevisionBackwardsAndHidesAKind(@TempDir Path dir) throws Exception {
    Map<String, String> dumps = run(dir);

    // the changes: f1 changed, f2 removed, f3 added; kinds in the filter by id: added, changed,
    // removed, so key 2 hides the changed clause; hidden, it loses the focus, and j goes on from it
    assertEquals(
        List.of("k f3 3", "k f2 3", "2 - 2", "j f3 2", "2 f3 3"), log(dumps.get("revision")));
  }

  @Test
  void drawsTheRevisionReportWithItsIndex(@TempDir Path dir) throws Exception {
    run(dir);

    BufferedImage image = ImageIO.read(OUT.resolve("revision-nav.png").toFile());
    assertEquals(1366, image.getWidth());
    assertTrue(distinctColours(image) > 50, "a page, not a blank: " + distinctColours(image));
  }

  /**
   * Runs the browsers once for the class, side by side: one dumps the align report after its
   * actions, one dumps and draws the revision report after its actions (a short page, which does
   * not scroll: headless Chromium draws a page its script scrolled blank). The align report as it
   * opens is drawn by {@link HtmlReportBrowserTest}.
   */
  private static synchronized Map<String, String> run(Path dir) throws Exception {
    if (results != null) {
      return results;
    }
    Path revisionShot = OUT.resolve("revision-nav.png").toAbsolutePath();
    List<String[]> runs =
        List.of(
            new String[] {"--dump-dom", probe(align, ACTIONS.get("align")).toUri().toString()},
            new String[] {
              "--dump-dom",
              "--screenshot=" + revisionShot,
              probe(revision, ACTIONS.get("revision")).toUri().toString()
            });
    List<Process> started = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      started.add(chromium(dir.resolve("profile-" + i), dir.resolve(i + ".out"), runs.get(i)));
    }
    for (int i = 0; i < started.size(); i++) {
      Process p = started.get(i);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium took over 60 s");
      }
      assertEquals(0, p.exitValue(), Files.readString(dir.resolve(i + ".out.err")));
    }
    results =
        Map.of(
            "align", Files.readString(dir.resolve("0.out"), StandardCharsets.UTF_8),
            "revision", Files.readString(dir.resolve("1.out"), StandardCharsets.UTF_8));
    return results;
  }

  private static Map<String, String> results;

  /** A copy of the report with a script that does the actions, then writes its log. */
  private static Path probe(Path report, String actions) throws Exception {
    String page = Files.readString(report, StandardCharsets.UTF_8);
    String script =
        "<script>"
            + PROBE
            + actions
            + "var pre = document.createElement('pre'); pre.id = 'log'; pre.hidden = true;"
            + " pre.textContent = log.join('\\n'); document.body.appendChild(pre);"
            + "</script>\n</body>";
    Path copy =
        report.resolveSibling(report.getFileName().toString().replace(".html", "-probe.html"));
    Files.writeString(copy, page.replace("</body>", script), StandardCharsets.UTF_8);
    return copy;
  }

  private static List<String> log(String dump) {
    Matcher m = Pattern.compile("<pre id=\"log\"[^>]*>([^<]*)</pre>").matcher(dump);
    assertTrue(m.find(), dump.length() > 2000 ? dump.substring(dump.length() - 2000) : dump);
    return List.of(m.group(1).split("\n"));
  }

  private static Process chromium(Path profile, Path out, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                BrowserPdf.CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1366,900",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    File log = out.toFile();
    File err = out.resolveSibling(out.getFileName() + ".err").toFile();
    return new ProcessBuilder(command).redirectOutput(log).redirectError(err).start();
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  /**
   * The next draft of a document: its fifth unit gone, a word more in the first clause after it, a
   * clause added at the end, ordinals renumbered.
   */
  private static ClauseDocument revised(ClauseDocument before) {
    List<Clause> units = new ArrayList<>(before.units());
    units.remove(4);
    int changed = 4;
    while (units.get(changed).kind() != Kind.CLAUSE) {
      changed++;
    }
    Clause c = units.get(changed);
    units.set(
        changed,
        new Clause(
            c.n(),
            c.id(),
            c.kind(),
            c.role(),
            c.label(),
            c.text().replaceFirst(" ", " حقا "),
            c.span()));
    Clause last = units.get(units.size() - 1);
    units.add(
        new Clause(
            0,
            "x1",
            last.kind(),
            last.role(),
            null,
            "نلتزم بتقديم تقرير سنوي عن التقدم المحرز.",
            last.span()));
    List<Clause> renumbered = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Clause u = units.get(i);
      renumbered.add(new Clause(i + 1, u.id(), u.kind(), u.role(), u.label(), u.text(), u.span()));
    }
    return new ClauseDocument(
        "texts/ar-draft2.txt", before.mediaType(), before.lang(), renumbered, List.of());
  }
}
