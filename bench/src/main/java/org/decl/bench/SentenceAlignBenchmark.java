package org.decl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.align.GoldScore;
import org.decl.clause.ClauseDocument;
import org.decl.testkit.LongTranslation;

/**
 * Sentence alignment time and memory: two segmented texts of about N sentences each (a French text
 * and its Russian translation, 1% of the sentences dropped and 1% of pairs merged), aligned as
 * {@code decl align --segmented} aligns them, by the aligner of lengths and anchors alone and by
 * the aligner with the evidence of words and its two lexicon passes, in the same run. Run it with
 * -Xmx512m: that the run completes shows the heap suffices.
 *
 * <p>Usage: {@code SentenceAlignBenchmark [SENTENCES]}
 */
public final class SentenceAlignBenchmark {

  private SentenceAlignBenchmark() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    LongTranslation pair = LongTranslation.of(size, 1936);
    List<Bead> gold = new ArrayList<>();
    for (int[][] bead : pair.beads()) {
      gold.add(new Bead(AlignBenchmark.list(bead[0]), AlignBenchmark.list(bead[1]), 1));
    }
    ClauseDocument a = AlignBenchmark.document("fr.txt", "fr", pair.source());
    ClauseDocument b = AlignBenchmark.document("ru.txt", "ru", pair.target());
    ClauseDocument warmA = AlignBenchmark.document("w.txt", "fr", pair.source().subList(0, 1000));
    ClauseDocument warmB = AlignBenchmark.document("w.txt", "ru", pair.target().subList(0, 980));
    System.out.println("## Sentence alignment");
    System.out.println();
    System.out.println(
        Harness.format(
            "French against Russian, %,d and %,d sentences (%,d dropped, %,d pairs merged),"
                + " generated from our sample declaration, aligned as `decl align --segmented`"
                + " aligns them; each aligner run once in process after a warm-up on 1,000"
                + " sentences; -Xmx512m; %s.",
            a.units().size(), b.units().size(), pair.dropped(), pair.merged(), Harness.machine()));
    System.out.println();
    System.out.println(
        "| aligner | wall time | CPU time | peak heap | beads | strict F1 | lax F1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    run("lengths and anchors (before)", Aligner.withoutWords(), a, b, warmA, warmB, gold);
    run("with words and the learned lexicon", new Aligner(), a, b, warmA, warmB, gold);
  }

  private static void run(
      String name,
      Aligner aligner,
      ClauseDocument a,
      ClauseDocument b,
      ClauseDocument warmA,
      ClauseDocument warmB,
      List<Bead> gold) {
    aligner.alignSegments(warmA, warmB);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Alignment alignment = aligner.alignSegments(a, b);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    GoldScore score = GoldScore.of(alignment.beads(), gold);
    System.out.println(
        Harness.format(
            "| %s | %.2f s | %.2f s | %,d MB | %,d | %.3f | %.3f |",
            name,
            seconds,
            cpu,
            peak / (1 << 20),
            alignment.beads().size(),
            score.strict().f1(),
            score.lax().f1()));
  }
}
