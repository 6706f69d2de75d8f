package org.decl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;
import org.decl.testkit.Texts;

/**
 * Where indexing time goes, per language: the cost of analysing clause texts alone, for their
 * language's field and for the exact field, on one thread, without reading, splitting or writing.
 *
 * <p>Usage: {@code AnalysisBenchmark CLAUSES}
 */
public final class AnalysisBenchmark {

  private static final List<String> LANGS =
      List.of(System.getProperty("bench.langs", "fr,ru,el,ar,zh,ja").split(","));

  private AnalysisBenchmark() {}

  public static void main(String[] args) {
    int clauses = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    if (Boolean.getBoolean("bench.exactAgainstIcu")) {
      exactAgainstIcu(clauses);
      return;
    }
    Analyzers analyzers = new Analyzers();
    Analyzer exact = analyzers.forField(ClauseDocuments.EXACT);
    System.out.println(
        "| language | text_LANG (CPU s) | exact (CPU s) | clauses per CPU-second (both) |");
    System.out.println("|---|---:|---:|---:|");
    for (String lang : LANGS) {
      List<String> texts = texts(lang, clauses);
      Analyzer own = analyzers.forLanguage(lang);
      String field = Analyzers.field(lang);
      double t = cpuMedian(() -> consume(own, field, texts));
      double e = cpuMedian(() -> consume(exact, ClauseDocuments.EXACT, texts));
      System.out.println(
          Harness.format("| %s | %.3f s | %.3f s | %,.0f |", lang, t, e, clauses / (t + e)));
    }
  }

  /**
   * Median CPU seconds of this thread over 9 runs after 5 warm-ups: CPU time, not wall time, as
   * other programs share the machine.
   */
  static double cpuMedian(java.util.function.LongSupplier work) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < 5; i++) {
      sink += work.getAsLong();
    }
    double[] seconds = new double[9];
    for (int i = 0; i < seconds.length; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += work.getAsLong();
      seconds[i] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
    if (sink == 42) {
      System.err.print("");
    }
    java.util.Arrays.sort(seconds);
    return seconds[seconds.length / 2];
  }

  /**
   * The exact field's analysis against what it was before the fast path (ICU's tokenizer alone,
   * apostrophes mapped by a MappingCharFilter), in the same process, runs interleaved: CPU seconds
   * per language, medians of 15 runs each.
   */
  static void exactAgainstIcu(int clauses) {
    Analyzer exact = new Analyzers().forField(ClauseDocuments.EXACT);
    Analyzer icu = icuOnly();
    System.out.println("| language | ICU alone (CPU s) | decl exact (CPU s) | ratio |");
    System.out.println("|---|---:|---:|---:|");
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (String lang : LANGS) {
      List<String> texts = texts(lang, clauses);
      for (int i = 0; i < 5; i++) {
        consume(icu, ClauseDocuments.EXACT, texts);
        consume(exact, ClauseDocuments.EXACT, texts);
      }
      double[] a = new double[15];
      double[] b = new double[15];
      for (int i = 0; i < a.length; i++) {
        long t0 = threads.getCurrentThreadCpuTime();
        consume(icu, ClauseDocuments.EXACT, texts);
        long t1 = threads.getCurrentThreadCpuTime();
        consume(exact, ClauseDocuments.EXACT, texts);
        long t2 = threads.getCurrentThreadCpuTime();
        a[i] = (t1 - t0) / 1e9;
        b[i] = (t2 - t1) / 1e9;
      }
      java.util.Arrays.sort(a);
      java.util.Arrays.sort(b);
      System.out.println(
          Harness.format("| %s | %.3f s | %.3f s | %.2f |", lang, a[7], b[7], b[7] / a[7]));
    }
  }

  private static Analyzer icuOnly() {
    org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder apostrophes =
        new org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder();
    apostrophes.add("'", " ");
    apostrophes.add("\u2019", " ");
    org.apache.lucene.analysis.charfilter.NormalizeCharMap map = apostrophes.build();
    return new Analyzer() {
      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new org.apache.lucene.analysis.charfilter.MappingCharFilter(map, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        org.apache.lucene.analysis.Tokenizer tokenizer =
            new org.apache.lucene.analysis.icu.segmentation.ICUTokenizer();
        return new TokenStreamComponents(
            tokenizer, new org.apache.lucene.analysis.icu.ICUFoldingFilter(tokenizer));
      }
    };
  }

  static List<String> texts(String lang, int clauses) {
    List<String> paragraphs = Texts.paragraphs(lang);
    List<String> body = paragraphs.subList(4, paragraphs.size());
    Random random = new Random(1);
    List<String> texts = new ArrayList<>(clauses);
    for (int i = 0; i < clauses; i++) {
      texts.add(body.get(random.nextInt(body.size())));
    }
    return texts;
  }

  static long consume(Analyzer analyzer, String field, List<String> texts) {
    long tokens = 0;
    try {
      for (String text : texts) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
          ts.reset();
          while (ts.incrementToken()) {
            tokens++;
          }
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
