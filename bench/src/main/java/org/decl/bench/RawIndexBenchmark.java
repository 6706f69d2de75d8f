package org.decl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.clause.Span;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;
import org.decl.index.FieldAnalyzers;

/**
 * The ceiling of indexing: the same clause documents, with the same analyzers, written by Lucene
 * alone from texts already in memory (no reading, splitting or linking).
 *
 * <p>Usage: {@code RawIndexBenchmark CLAUSES THREADS DIR}; {@code -Dbench.exact=false} leaves the
 * exact field out.
 */
public final class RawIndexBenchmark {

  private static final List<String> LANGS =
      List.of(System.getProperty("bench.langs", "fr,ru,el,ar,zh,ja").split(","));
  private static final boolean EXACT =
      Boolean.parseBoolean(System.getProperty("bench.exact", "true"));

  private RawIndexBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clauses = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    int perVersion = 2_000;
    List<List<String>> texts = new ArrayList<>();
    for (String lang : LANGS) {
      texts.add(AnalysisBenchmark.texts(lang, perVersion));
    }
    for (int round = 0; round < 3; round++) {
      delete(dir);
      IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.of(new Analyzers()));
      config.setRAMBufferSizeMB(Double.parseDouble(System.getProperty("bench.ram", "64")));
      config.setUseCompoundFile(Boolean.parseBoolean(System.getProperty("bench.cfs", "true")));
      long cpu0 = cpu();
      long t0 = System.nanoTime();
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int versions = clauses / perVersion;
        for (int v = 0; v < versions; v++) {
          int lang = v % LANGS.size();
          String work = "work-" + v / LANGS.size();
          done.add(
              pool.submit(
                  () -> {
                    List<Document> docs = new ArrayList<>(perVersion);
                    List<String> t = texts.get(lang);
                    for (int i = 0; i < perVersion; i++) {
                      Clause c =
                          new Clause(
                              i + 1,
                              "1." + i,
                              Kind.CLAUSE,
                              "paragraph",
                              (i % 3 + 1) + ".",
                              t.get(i),
                              new Span(i, 1, i, 0, 0));
                      Document doc = ClauseDocuments.clause(work, LANGS.get(lang), c);
                      if (!EXACT) {
                        doc.removeFields(ClauseDocuments.EXACT);
                      }
                      docs.add(doc);
                    }
                    try {
                      writer.addDocuments(docs);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        pool.shutdown();
        writer.commit();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double c = (cpu() - cpu0) / 1e9;
      System.out.println(
          Harness.format(
              "raw lucene: %,d clauses, %d threads, exact=%s: %.1f s wall, %.1f s cpu, %,.0f"
                  + " clauses/s, %,.0f clauses per cpu-second",
              clauses, threads, EXACT, s, c, clauses / s, clauses / c));
    }
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
