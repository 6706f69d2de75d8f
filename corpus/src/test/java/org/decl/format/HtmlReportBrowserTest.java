package org.decl.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decl.align.MultiAlignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The French, Arabic and Chinese report rendered by headless Chromium, as a screenshot of a
 * 1366-pixel laptop screen and as a printed PDF. Runs where /usr/bin/chromium is installed (make
 * deps installs it); the files stay in target/screenshots for a person to look at.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target", "screenshots");

  private static Path report;

  @BeforeAll
  static void writeTheReport() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
    MultiAlignment checked = Fixtures.checked();
    Files.createDirectories(OUT);
    report = OUT.resolve("align-report.html").toAbsolutePath();
    Files.writeString(
        report,
        HtmlReportTest.write(checked, Fixtures.checkedFindings(checked), "open-gov-2021"),
        StandardCharsets.UTF_8);
  }

  @Test
  void rendersOnALaptopScreen(@TempDir Path profile) throws Exception {
    Path shot = OUT.resolve("align-report.png").toAbsolutePath();
    Files.deleteIfExists(shot);

    chromium(profile, "--screenshot=" + shot, "--window-size=1366,900");

    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1366, image.getWidth());
    assertEquals(900, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(
        colours.size() > 100, "a page with text and highlights, not a blank: " + colours.size());
  }

  @Test
  void printsWithTheFindingsAndEveryScript(@TempDir Path profile) throws Exception {
    Path pdf = OUT.resolve("align-report.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);

    chromium(profile, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("number-mismatch"), text);
      assertTrue(text.contains("Findings"), text);
      assertTrue(text.contains("公开"), "Chinese text printed");
    }
  }

  private static void chromium(Path profile, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    command.add(report.toUri().toString());
    File log = profile.resolve("chromium.log").toFile();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium took over 90 s: " + Files.readString(log.toPath()));
    }
    assertEquals(0, p.exitValue(), Files.readString(log.toPath()));
  }
}
