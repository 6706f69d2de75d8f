package org.decl.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The extraction benchmark's third row: Apache PDFBox's own text stripper on the same PDFs, on as
 * many threads, with nothing of Tika's or decl's around it. It shows how much of decl's time is the
 * PDF library's.
 *
 * <p>Usage: {@code PdfBoxBaseline FOLDER THREADS}
 */
public final class PdfBoxBaseline {

  private PdfBoxBaseline() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
    List<Future<Integer>> done = new ArrayList<>();
    for (Path file : files) {
      done.add(
          pool.submit(
              () -> {
                try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
                  PDFTextStripper stripper = new PDFTextStripper();
                  stripper.setSuppressDuplicateOverlappingText(false); // as Tika does
                  return stripper.getText(doc).length();
                }
              }));
    }
    long chars = 0;
    for (Future<Integer> f : done) {
      chars += f.get();
    }
    pool.shutdown();
    System.out.println(files.size() + " files, " + chars + " characters");
  }
}
