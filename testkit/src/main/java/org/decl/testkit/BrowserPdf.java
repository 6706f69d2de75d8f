package org.decl.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints paragraphs to PDF with a real browser (headless Chromium), the way many official PDFs are
 * made today: an HTML page with the paragraphs, the first as a heading, in the page direction of
 * the language, typeset by the browser's own shaping engine and fonts. The PDF holds what the
 * browser drew, so reading it back tests extraction on a producer we did not write.
 */
public final class BrowserPdf {

  /** Where Debian installs Chromium (scripts/deps.sh). */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private BrowserPdf() {}

  /** Whether the browser is installed here. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /**
   * The paragraphs printed to an A5 PDF.
   *
   * @param lang the BCP 47 tag, written as the page's {@code lang} so the browser picks fonts and
   *     line breaking for it
   * @param rtl whether the page is right to left
   */
  public static byte[] print(String lang, boolean rtl, List<String> paragraphs) {
    try {
      Path dir = Files.createTempDirectory("decl-browser-pdf");
      try {
        Path html = dir.resolve("page.html");
        Files.writeString(html, html(lang, rtl, paragraphs), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("page.pdf");
        run(dir, html, pdf);
        return Files.readAllBytes(pdf);
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String html(String lang, boolean rtl, List<String> paragraphs) {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\" dir=\"")
        .append(rtl ? "rtl" : "ltr")
        .append("\"><head><meta charset=\"utf-8\"><style>")
        .append("@page { size: A5; margin: 18mm 16mm; }")
        .append("body { font-family: 'Noto Sans', 'Noto Serif', sans-serif; font-size: 10pt;")
        .append(" line-height: 1.35; }")
        .append("h1 { font-size: 14pt; } p { margin: 0 0 0.6em 0; }")
        .append("</style></head><body>\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      String tag = i == 0 ? "h1" : "p";
      s.append('<').append(tag).append('>').append(escape(paragraphs.get(i)));
      s.append("</").append(tag).append(">\n");
    }
    return s.append("</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void run(Path dir, Path html, Path pdf) throws IOException {
    List<String> command =
        List.of(
            CHROMIUM.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
            "--user-data-dir=" + dir.resolve("profile"),
            "--print-to-pdf=" + pdf,
            html.toUri().toString());
    File log = dir.resolve("chromium.log").toFile();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium took over 120 s to print " + html);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while chromium printed " + html, e);
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
      throw new IllegalStateException(
          "chromium failed (" + p.exitValue() + "): " + Files.readString(log.toPath()));
    }
  }
}
