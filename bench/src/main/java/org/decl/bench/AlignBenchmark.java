package org.decl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.align.GoldScore;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;
import org.decl.clause.Span;
import org.decl.testkit.LongTranslation;

/**
 * Aligner time and memory on long documents: a French declaration of N clauses (our sample's
 * clauses in random order, a tenth of them with a number) against its Russian translation with 1%
 * of the clauses dropped and 1% of pairs merged, aligned in process. Run it with -Xmx512m: that the
 * run completes shows the heap suffices, and the peak heap the memory pools saw is printed.
 *
 * <p>Usage: {@code AlignBenchmark [CLAUSES]}
 */
public final class AlignBenchmark {

  private AlignBenchmark() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    LongTranslation pair = LongTranslation.of(size, 2016);
    List<String> source = pair.source();
    List<String> target = pair.target();
    List<Bead> gold = new ArrayList<>();
    for (int[][] bead : pair.beads()) {
      gold.add(new Bead(list(bead[0]), list(bead[1]), 1));
    }
    int deleted = pair.dropped();
    int merged = pair.merged();
    ClauseDocument a = document("fr.txt", "fr", source);
    ClauseDocument b = document("ru.txt", "ru", target);
    Aligner aligner = new Aligner();
    aligner.align(
        document("w.txt", "fr", source.subList(0, 2000)),
        document("w.txt", "ru", target.subList(0, 1960)));
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Alignment alignment = aligner.align(a, b);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    GoldScore score = GoldScore.of(alignment.beads(), gold);
    System.out.println("## Align");
    System.out.println();
    System.out.println(
        Harness.format(
            "French against Russian, %,d and %,d clauses (%,d dropped, %,d pairs merged in the"
                + " translation), generated from our sample declaration; one run in process after"
                + " a warm-up on 2,000 clauses; %s.",
            a.units().size(), b.units().size(), deleted, merged, Harness.machine()));
    System.out.println();
    System.out.println(
        "| clauses | wall time | CPU time | load average | peak heap | beads | strict F1 | lax F1 |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    System.out.println(
        Harness.format(
            "| %,d × %,d | %.2f s | %.2f s | %.1f | %,d MB | %,d | %.3f | %.3f |",
            a.units().size(),
            b.units().size(),
            seconds,
            cpu,
            load,
            peak / (1 << 20),
            alignment.beads().size(),
            score.strict().f1(),
            score.lax().f1()));
  }

  static List<Integer> list(int[] ns) {
    return java.util.Arrays.stream(ns).boxed().toList();
  }

  static ClauseDocument document(String name, String lang, List<String> texts) {
    List<Clause> units = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      String text = texts.get(k);
      units.add(
          new Clause(
              k + 1,
              (k / 100 + 1) + "." + (k % 100 + 1),
              Kind.CLAUSE,
              "paragraph",
              null,
              text,
              new Span(k, 0, 0, 0, text.length())));
    }
    return new ClauseDocument(name, "text/plain", lang, units, List.of());
  }
}
