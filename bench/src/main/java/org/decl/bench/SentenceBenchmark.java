package org.decl.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.decl.clause.Sentences;
import org.decl.testkit.Texts;

/**
 * Sentence segmentation throughput on one core: our rule-based {@link Sentences} beside the
 * segmenter it replaced (ICU's sentence break iterator with CLDR's abbreviation suppressions), on
 * the same generated text in every language of our sample (each language's paragraphs repeated
 * until it holds about {@code MB} megabytes of UTF-8 in all), each language with its own segmenter.
 *
 * <p>Usage: {@code SentenceBenchmark [MB]}
 */
public final class SentenceBenchmark {

  private SentenceBenchmark() {}

  /** A segmenter as the benchmark sees it: a text to its number of sentences. */
  private interface Segmenter {
    int count(String text);
  }

  public static void main(String[] args) {
    double target = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    List<String> langs = Texts.languages();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    long perLanguage = (long) (target * 1e6 / langs.size());
    for (String lang : langs) {
      String sample = String.join("\n\n", Texts.paragraphs(lang)) + "\n\n";
      long sampleBytes = sample.getBytes(StandardCharsets.UTF_8).length;
      StringBuilder text = new StringBuilder();
      for (long b = 0; b < perLanguage; b += sampleBytes) {
        text.append(sample);
      }
      texts.add(text.toString());
      bytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
    double mb = bytes / 1e6;
    List<Segmenter> ours = new ArrayList<>();
    List<Segmenter> icu = new ArrayList<>();
    for (String lang : langs) {
      Sentences s = new Sentences(lang);
      ours.add(t -> s.of(t).size());
      icu.add(icuSegmenter(lang));
    }
    long oursCount = run(ours, texts);
    long icuCount = run(icu, texts);
    // in turn, one run of each after the other, so that a change in the machine's load falls on
    // both; CPU time of this thread beside wall time, as other tenants share the cores
    int runs = 7;
    double[][] oursTimes = new double[2][runs];
    double[][] icuTimes = new double[2][runs];
    for (int r = -2; r < runs; r++) {
      double[] o = timed(ours, texts);
      double[] c = timed(icu, texts);
      if (r >= 0) {
        oursTimes[0][r] = o[0];
        oursTimes[1][r] = o[1];
        icuTimes[0][r] = c[0];
        icuTimes[1][r] = c[1];
      }
    }
    System.out.println("## Sentence segmentation");
    System.out.println();
    System.out.println(
        Harness.format(
            "Our sample declaration in its %d languages, each repeated to %.1f MB of UTF-8 text in"
                + " all (blank lines between paragraphs, each language cut by its own segmenter),"
                + " one thread; %s; the two segmenters run in turn, median of 7 runs each after 2"
                + " warm-ups; MB/s of wall time and of the thread's CPU time.",
            langs.size(), mb, Harness.machine()));
    System.out.println();
    System.out.println("| segmenter | sentences | wall time | MB/s | CPU time | MB/s of CPU |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    double oursWall = median(oursTimes[0]);
    double oursCpu = median(oursTimes[1]);
    double icuWall = median(icuTimes[0]);
    double icuCpu = median(icuTimes[1]);
    row("decl's rules (`Sentences`)", oursCount, oursWall, oursCpu, mb);
    row("ICU sentence breaks + CLDR suppressions (before)", icuCount, icuWall, icuCpu, mb);
    System.out.println();
    System.out.println(
        Harness.format(
            "Speed of ours over ICU's: %.2f in wall time, %.2f in CPU time.",
            icuWall / oursWall, icuCpu / oursCpu));
  }

  /** Wall and CPU seconds of one pass of the segmenters over the texts. */
  private static double[] timed(List<Segmenter> segmenters, List<String> texts) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long count = run(segmenters, texts);
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    if (count == 42) {
      System.err.print(""); // keeps the work from being optimised away
    }
    return new double[] {wall, cpuSeconds};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long run(List<Segmenter> segmenters, List<String> texts) {
    long sentences = 0;
    for (int k = 0; k < texts.size(); k++) {
      sentences += segmenters.get(k).count(texts.get(k));
    }
    return sentences;
  }

  /** The segmenter decl used before its own: ICU's, filtered by CLDR's abbreviations. */
  private static Segmenter icuSegmenter(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    BreakIterator breaks =
        FilteredBreakIteratorBuilder.getInstance(locale)
            .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    return text -> {
      breaks.setText(text);
      int count = 0;
      for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
        count++;
      }
      return count;
    };
  }

  private static void row(String name, long sentences, double wall, double cpu, double mb) {
    System.out.println(
        Harness.format(
            "| %s | %,d | %.2f s | %.1f | %.2f s | %.1f |",
            name, sentences, wall, mb / wall, cpu, mb / cpu));
  }
}
