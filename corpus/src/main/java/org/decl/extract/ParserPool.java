package org.decl.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.decl.DeclException;

/**
 * Parses documents in child JVMs, as Tika's pipes do: a hostile document costs a bounded time and
 * memory, and the rest of the batch goes on. Each process has a heap cap ({@code -Xmx}, {@link
 * #heap()}); on the time limit it is killed at once (its core is free when this returns) and the
 * next document gets a new one; a process that exhausts its heap answers with the reason and ends.
 *
 * <p>Processes are started on first need, one per thread parsing at the same time, and kept for the
 * next documents: a JVM's start-up (about 0.3 s, and the parsers' classes) is paid once per thread,
 * not once per document.
 */
final class ParserPool implements DocumentReader {

  /** The system property for the heap cap of a parser process, in {@code -Xmx} syntax. */
  static final String HEAP_PROPERTY = "decl.parse.heap";

  static final String DEFAULT_HEAP = "1g";

  private final Duration timeout;
  private final long maxChars;
  private final OcrOptions ocr;
  private final String heap = heap();
  private final Deque<ParserProcess> idle = new ArrayDeque<>();
  private final List<ParserProcess> all = new ArrayList<>();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "decl-parse-watchdog");
            t.setDaemon(true);
            return t;
          });
  private boolean closed;

  ParserPool(Duration timeout, long maxChars, OcrOptions ocr) {
    this.timeout = timeout;
    this.maxChars = maxChars;
    this.ocr = ocr;
  }

  /** The heap cap of each parser process: {@value #HEAP_PROPERTY}, else {@value #DEFAULT_HEAP}. */
  static String heap() {
    String value = System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP).strip();
    return value.matches("\\d+[kKmMgG]?") ? value : DEFAULT_HEAP;
  }

  @Override
  public TikaReader.Result read(String name, byte[] bytes, String lang) {
    return call(request(WorkerProtocol.READ, name, bytes, lang)).result();
  }

  @Override
  public String raw(String name, byte[] bytes) {
    return call(request(WorkerProtocol.RAW, name, bytes, null)).text();
  }

  private WorkerProtocol.Request request(int op, String name, byte[] bytes, String lang) {
    return new WorkerProtocol.Request(
        op, name, bytes, maxChars, lang, ocr.mode(), ocr.pageTimeout().toMillis(), ocr.dpi());
  }

  /**
   * Passes OCR's progress to the listener; each page OCR starts or finishes gives the document
   * another page's time (OCR has its own limit per page), so a long scan is not cut off.
   */
  private void progress(String name, WorkerProtocol.Answer answer, Runnable extend) {
    String[] event = answer.text().split(" ");
    switch (Integer.parseInt(event[0])) {
      case WorkerProtocol.OCR_STARTED -> ocr.listener().started(name, Integer.parseInt(event[1]));
      case WorkerProtocol.OCR_PAGE_DONE -> ocr.listener().pageDone(name);
      default -> ocr.listener().finished(name);
    }
    extend.run();
  }

  private WorkerProtocol.Answer call(WorkerProtocol.Request request) {
    String name = request.name();
    ParserProcess process = acquire(name);
    AtomicBoolean timedOut = new AtomicBoolean();
    Runnable kill =
        () -> {
          timedOut.set(true);
          process.kill();
        };
    java.util.concurrent.atomic.AtomicReference<ScheduledFuture<?>> deadline =
        new java.util.concurrent.atomic.AtomicReference<>(
            watchdog.schedule(kill, timeout.toMillis(), TimeUnit.MILLISECONDS));
    Runnable extend =
        () -> {
          if (deadline.get().cancel(false)) {
            long millis = timeout.toMillis() + ocr.pageTimeout().toMillis();
            deadline.set(watchdog.schedule(kill, millis, TimeUnit.MILLISECONDS));
          }
        };
    WorkerProtocol.Answer answer;
    try {
      answer = process.exchange(request);
      while (answer.kind() == WorkerProtocol.OCR_PROGRESS) {
        progress(name, answer, extend);
        answer = process.next();
      }
    } catch (IOException e) {
      deadline.get().cancel(false);
      discard(process);
      if (timedOut.get()) {
        throw DeclException.badInput(
            name, "gave up after " + limitText() + ": the document takes too long to parse");
      }
      int exit = process.exitCode();
      if (exit == WorkerProtocol.OUT_OF_MEMORY_EXIT) {
        throw DeclException.badInput(
            name,
            "ran out of memory while parsing (the limit is "
                + heap
                + " per document; see docs/reliability.md)");
      }
      throw DeclException.badInput(
          name, "the parser process ended while reading it (exit code " + exit + ")", e);
    }
    deadline.get().cancel(false);
    if (answer.kind() == WorkerProtocol.REFUSED_AND_ENDING) {
      process.exitCode();
      discard(process);
    } else {
      release(process);
    }
    if (answer.kind() == WorkerProtocol.REFUSED
        || answer.kind() == WorkerProtocol.REFUSED_AND_ENDING) {
      throw DeclException.badInput(name, answer.text(), new InParserProcess(answer.trace()));
    }
    return answer;
  }

  private String limitText() {
    return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
  }

  private ParserProcess acquire(String name) {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the parser pool is closed");
      }
      ParserProcess process = idle.pollFirst();
      while (process != null && !process.alive()) {
        all.remove(process);
        process = idle.pollFirst();
      }
      if (process != null) {
        return process;
      }
    }
    try {
      ParserProcess process = ParserProcess.start(heap);
      synchronized (this) {
        all.add(process);
      }
      return process;
    } catch (IOException e) {
      throw DeclException.badInput(
          name, String.format(Locale.ROOT, "cannot start a parser process: %s", e.getMessage()), e);
    }
  }

  private synchronized void release(ParserProcess process) {
    if (closed || !process.alive()) {
      all.remove(process);
      if (process.alive()) {
        process.stop();
      }
      return;
    }
    idle.addFirst(process);
  }

  private synchronized void discard(ParserProcess process) {
    all.remove(process);
    if (process.alive()) {
      process.kill();
    }
  }

  /** A failure in a parser process, carried back as its stack trace, for {@code --verbose}. */
  static final class InParserProcess extends Exception {
    private static final long serialVersionUID = 1L;

    InParserProcess(String trace) {
      super("in the parser process:\n" + trace.stripTrailing(), null, false, false);
    }
  }

  @Override
  public void close() {
    List<ParserProcess> running;
    synchronized (this) {
      closed = true;
      running = new ArrayList<>(all);
      all.clear();
      idle.clear();
    }
    running.forEach(ParserProcess::stop);
    watchdog.shutdownNow();
  }
}
