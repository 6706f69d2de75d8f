package org.decl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.index.CorpusIndexer;
import org.decl.index.IndexReport;
import org.decl.search.ClauseSearcher;
import org.decl.search.SearchRequest;
import org.decl.testkit.Texts;

/**
 * Index throughput and search latency at scale: a generated corpus of about {@code CLAUSES} clauses
 * over six languages (French, Russian, Greek, Arabic, Chinese, Japanese: our fixture texts, their
 * paragraphs shuffled into new versions and numbered as articles), indexed through the real
 * pipeline (read, split, analyse, write, link) with both cores; then term, phrase and fuzzy queries
 * timed one by one.
 *
 * <p>Usage: {@code IndexBenchmark CLAUSES DIR}
 */
public final class IndexBenchmark {

  /** The languages, by default six; {@code -Dbench.langs=fr,ru} to time some alone. */
  private static final List<String> LANGS =
      List.of(System.getProperty("bench.langs", "fr,ru,el,ar,zh,ja").split(","));

  private static final int CLAUSES_PER_VERSION = 2_000;

  private IndexBenchmark() {}

  public static void main(String[] args) throws IOException {
    int clauses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "bench/target/index-bench");
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    List<CorpusIndexer.Target> targets = generate(corpus, clauses);
    if (Boolean.getBoolean("bench.searchOnly")) { // the index of an earlier run, queries only
      search(index);
      return;
    }
    deleteTree(index);
    IndexReport report;
    String loadBefore = load();
    long cpuBefore = cpu();
    try (Extractor extractor =
            new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
        CorpusIndexer indexer = new CorpusIndexer(index, extractor, 2)) {
      report = indexer.index(targets, true, new Quiet());
    }
    double seconds = report.took().toNanos() / 1e9;
    double cpuSeconds = (cpu() - cpuBefore) / 1e9;
    String loadAfter = load();
    long size = size(index);
    System.out.println("## Index and search");
    System.out.println();
    System.out.println(
        Harness.format(
            "A generated corpus of %,d clauses: %d versions of %,d clauses in %d languages (%s),"
                + " %.0f MB of text; %s.",
            report.clauses(),
            targets.size(),
            CLAUSES_PER_VERSION,
            LANGS.size(),
            String.join(", ", LANGS),
            size(corpus) / 1e6,
            Harness.machine()));
    System.out.println();
    System.out.println("| measure | value |");
    System.out.println("|---|---:|");
    System.out.println(
        Harness.format(
            "| decl index (read, split, analyse, write, link; 2 threads) | %.1f s |", seconds));
    System.out.println(
        Harness.format("| throughput | %,.0f clauses/s |", report.clauses() / seconds));
    System.out.println(
        Harness.format(
            "| CPU time of the process (all threads, JIT and GC included) | %.1f s, %,.0f"
                + " clauses per CPU-second |",
            cpuSeconds, report.clauses() / cpuSeconds));
    System.out.println(Harness.format("| index size | %.0f MB |", size / 1e6));
    System.out.println(
        Harness.format(
            "| load average (1, 5, 15 min) before, after | %s; %s |", loadBefore, loadAfter));
    System.out.println();
    search(index);
  }

  private static void search(Path index) {
    try (ClauseSearcher searcher = ClauseSearcher.open(index)) {
      // wall time, and the CPU time of the searching thread, which other programs on a shared
      // machine disturb less
      System.out.println("| query | hits | p50 | p99 | p50 CPU | p99 CPU |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      // words the fixture texts hold, so that every language's query finds clauses
      latency(
          searcher, "term", List.of("gouvernement", "государственных", "διακυβέρνηση", "الحكومة"));
      latency(
          searcher,
          "phrase",
          List.of(
              "\"gouvernement ouvert\"",
              "\"государственных органов\"",
              "\"الحكومة المفتوحة\"",
              "\"开放政府\""));
      latency(searcher, "fuzzy", List.of("gouvernemant~1", "particpation~1"));
      latency(searcher, "term, --show all", List.of("gouvernement"), true);
    }
  }

  private static void latency(ClauseSearcher searcher, String kind, List<String> queries) {
    latency(searcher, kind, queries, false);
  }

  private static void latency(
      ClauseSearcher searcher, String kind, List<String> queries, boolean show) {
    for (String q : queries) {
      SearchRequest request =
          new SearchRequest(q, List.of(), List.of(), List.of(), 10, List.of(), show);
      for (int i = 0; i < 50; i++) {
        searcher.find(request);
      }
      int runs = 200;
      double[] ms = new double[runs];
      double[] cpu = new double[runs];
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      for (int i = 0; i < runs; i++) {
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        searcher.find(request); // as decl search: the best hits and the total
        ms[i] = (System.nanoTime() - start) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      System.out.println(
          Harness.format(
              "| %s `%s` | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |",
              kind,
              q,
              searcher.find(request).total(),
              ms[runs / 2],
              ms[runs * 99 / 100],
              cpu[runs / 2],
              cpu[runs * 99 / 100]));
    }
  }

  /** Versions of {@code CLAUSES_PER_VERSION} clauses, cycling through the six languages. */
  static List<CorpusIndexer.Target> generate(Path corpus, int clauses) throws IOException {
    List<CorpusIndexer.Target> targets = new ArrayList<>();
    int versions = Math.max(LANGS.size(), clauses / CLAUSES_PER_VERSION);
    int works = versions / LANGS.size();
    for (int w = 0; w < works; w++) {
      String work = "work-" + w;
      for (String lang : LANGS) {
        Path file = corpus.resolve(work).resolve(lang + ".txt");
        if (!Files.exists(file)) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, version(lang, w));
        }
        targets.add(new CorpusIndexer.Target(work, lang, work + "/" + lang + ".txt", file));
      }
    }
    return targets;
  }

  /** One version: a title, then articles of the language's paragraphs in a shuffled order. */
  private static String version(String lang, int seed) {
    List<String> body = Texts.paragraphs(lang).subList(4, Texts.paragraphs(lang).size());
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(Texts.paragraphs(lang).get(0)).append("\n\n");
    int written = 1;
    for (int article = 1; written < CLAUSES_PER_VERSION; article++) {
      text.append(articleHeading(lang, article)).append("\n\n");
      written++;
      for (int p = 1; p <= 3 && written < CLAUSES_PER_VERSION; p++, written++) {
        text.append(p).append(". ").append(body.get(random.nextInt(body.size()))).append("\n\n");
      }
    }
    return text.toString();
  }

  private static String articleHeading(String lang, int n) {
    return switch (lang) {
      case "ru" -> "Статья " + n;
      case "el" -> "Άρθρο " + n;
      case "ar" -> "المادة " + n;
      case "zh", "ja" -> "第" + n + "条";
      default -> "Article " + n;
    };
  }

  /** CPU time of this process: a measure the other programs on a shared machine disturb less. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static final class Quiet implements CorpusIndexer.Listener {
    @Override
    public void versions(int count) {}

    @Override
    public void versionDone(String key) {}
  }
}
