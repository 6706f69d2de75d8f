package org.decl.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.OcrSetup;
import org.decl.extract.Source;
import org.decl.testkit.Declarations;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.ScannedPdf;

/**
 * OCR throughput: scanned PDFs (the 47-language declaration typeset by the test kit in French,
 * Russian and Simplified Chinese, A5, rendered to images at 300 dpi, no text layer) read by decl's
 * extractor through Tesseract, two documents at a time as {@code decl extract -j 2} reads them on
 * two cores.
 *
 * <p>Usage: {@code OcrBenchmark [PAGES_PER_LANGUAGE]}
 */
public final class OcrBenchmark {

  private OcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pagesPerLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    List<String> langs = List.of("fr", "ru", "zh-Hans");
    for (String lang : langs) {
      Optional<String> problem = OcrSetup.problem(lang);
      if (problem.isPresent()) {
        System.err.println("OcrBenchmark: " + problem.get());
        System.exit(2);
      }
    }
    List<Source> scans = new ArrayList<>();
    int pages = 0;
    for (String lang : langs) {
      byte[] pdf = PdfMaker.of(Declarations.paragraphs(Declarations.declaration(lang))).toBytes();
      byte[] scan = ScannedPdf.of(firstPages(pdf, pagesPerLanguage), 300);
      int n = Math.min(pagesPerLanguage, pageCount(scan));
      pages += n;
      scans.add(Source.bytes(lang + "-scan.pdf", scan).withLang(lang));
    }
    int threads = 2;
    try (Extractor extractor =
        new Extractor(ExtractOptions.defaults().withLanguageDetection(false))) {
      extractor.extract(scans.get(0)); // warm-up: Tesseract's data, the JIT
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      List<Future<Integer>> results = new ArrayList<>();
      for (Source s : scans) {
        results.add(pool.submit(() -> extractor.extract(s).paragraphs().size()));
      }
      int paragraphs = 0;
      for (Future<Integer> f : results) {
        paragraphs += f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      System.out.println("## OCR");
      System.out.println();
      System.out.println(
          Harness.format(
              "%d scanned A5 pages (fr, ru, zh-Hans, %d each; 300 dpi, no text layer), %d documents"
                  + " read %d at a time; %s; one run after a warm-up.",
              pages, pagesPerLanguage, scans.size(), threads, Harness.machine()));
      System.out.println();
      System.out.println("| pages | paragraphs | time | pages/s |");
      System.out.println("|---:|---:|---:|---:|");
      System.out.println(
          Harness.format(
              "| %d | %d | %.1f s | %.2f |", pages, paragraphs, seconds, pages / seconds));
    }
  }

  private static byte[] firstPages(byte[] pdf, int pages) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      while (doc.getNumberOfPages() > pages) {
        doc.removePage(doc.getNumberOfPages() - 1);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static int pageCount(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
