package org.decl.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Times a piece of work the way the benchmarks report it: a few warm-up runs for the JIT, then the
 * median of timed runs, on the calling thread (one core).
 */
final class Harness {

  private Harness() {}

  /** Median seconds of {@code runs} timed runs after {@code warmups} untimed ones. */
  static double median(int warmups, int runs, LongSupplier work) {
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += work.getAsLong();
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += work.getAsLong();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    if (sink == 42) {
      System.err.print(""); // keeps the work from being optimised away
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  static String machine() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + Runtime.getRuntime().maxMemory() / (1 << 20)
        + " MB heap, Java "
        + System.getProperty("java.version");
  }
}
