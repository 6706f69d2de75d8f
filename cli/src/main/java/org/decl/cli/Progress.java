package org.decl.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for work that runs longer than a couple of seconds; nothing for
 * shorter work, nothing when standard error is not a terminal or with {@code --quiet}. Once every
 * step is done, the bar names the phase the work is in ({@code committing…}), so that a run busy
 * after its last step does not sit at 100% saying nothing.
 */
final class Progress implements AutoCloseable {

  private static final Duration DELAY = Duration.ofSeconds(2);

  private final AtomicLong done = new AtomicLong();
  private final long started = System.nanoTime();
  private final long total;
  private String phase;
  private final ScheduledExecutorService timer;
  private ProgressBar bar;
  private boolean closed;

  private final boolean plain;

  private Progress(
      String task,
      long total,
      String unit,
      PrintStream err,
      int columns,
      boolean shown,
      boolean plain,
      Duration delay) {
    this.plain = plain;
    this.total = total;
    if (!shown) {
      timer = null;
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "decl-progress");
              t.setDaemon(true);
              return t;
            });
    timer.schedule(
        () -> show(task, total, unit, err, columns), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A progress bar for {@code total} steps, shown only if the terminal and the options allow. */
  static Progress start(String task, long total, String unit, Context context, Messages messages) {
    return start(task, total, unit, context, messages, DELAY);
  }

  /** A progress bar shown after {@code delay}, for tests that cannot wait. */
  static Progress start(
      String task, long total, String unit, Context context, Messages messages, Duration delay) {
    Terminal terminal = context.terminal();
    boolean shown = terminal.stderrIsTty() && !messages.quiet();
    return new Progress(
        task, total, unit, context.err(), terminal.columns(), shown, terminal.noColor(), delay);
  }

  /** A progress that never shows. */
  static Progress hidden() {
    return new Progress(null, 0, null, null, 0, false, true, DELAY);
  }

  void step() {
    long now = done.incrementAndGet();
    synchronized (this) {
      if (bar != null) {
        bar.stepTo(now);
        nameThePhase();
      }
    }
  }

  /**
   * The work enters a phase, in a few words ({@code committing}): named once every step is done.
   */
  synchronized void phase(String words) {
    phase = words;
    if (bar != null) {
      nameThePhase();
    }
  }

  private void nameThePhase() {
    if (phase != null && done.get() >= total) {
      bar.setExtraMessage(phase + "…");
    }
  }

  private synchronized void show(
      String task, long total, String unit, PrintStream err, int columns) {
    if (closed) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .setStyle(
                plain ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(err, columns - 1))
            .setUpdateIntervalMillis(200)
            .clearDisplayOnFinish()
            .startsFrom(done.get(), Duration.ofNanos(System.nanoTime() - started))
            .build();
    nameThePhase();
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
    if (bar != null) {
      bar.close();
    }
  }
}
