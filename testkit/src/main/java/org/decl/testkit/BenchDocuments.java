package org.decl.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes the documents the benchmarks read: multi-page PDFs typeset from our sample declarations in
 * several scripts, with running headers, page numbers and hyphenation, like real ones.
 *
 * <p>Usage: {@code BenchDocuments DIR COUNT PAGES}
 */
public final class BenchDocuments {

  private static final List<String> LANGUAGES = List.of("fr", "ru", "el", "zh", "ar");

  private BenchDocuments() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int pages = Integer.parseInt(args[2]);
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      String lang = LANGUAGES.get(i % LANGUAGES.size());
      Path file = dir.resolve(String.format("%03d-%s.pdf", i, lang));
      if (!Files.exists(file)) {
        write(file, lang, pages);
      }
    }
  }

  /** A PDF of about {@code pages} A4 pages of the sample declaration, repeated. */
  static void write(Path file, String lang, int pages) {
    List<String> text = Texts.paragraphs(lang);
    List<String> paragraphs = new ArrayList<>();
    // the sample declaration fills a little over one A4 page at 11 points
    for (int i = 0; i < pages; i++) {
      paragraphs.addAll(text);
    }
    try {
      Files.write(
          file,
          PdfMaker.of(paragraphs)
              .pageSize(PDRectangle.A4)
              .fontSize(11)
              .hyphenate(true)
              .header("Declaration on Open and Accountable Government")
              .pageNumbers(PdfMaker.PageNumbers.PAGE_OF)
              .toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
