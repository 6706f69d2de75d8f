package org.decl.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.decl.DeclException;

/**
 * Runs one piece of work per input on several threads and hands the results back in input order. A
 * failing input is reported on standard error with its name and does not stop the others.
 */
final class Batch {

  private Batch() {}

  /**
   * Processes every input.
   *
   * @return the number of inputs that failed
   */
  static <I, R> int run(
      List<I> inputs,
      int jobs,
      Function<I, String> nameOf,
      Function<I, R> work,
      BiConsumer<I, R> emit,
      Messages messages,
      Progress progress) {
    int failures = 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(jobs, inputs.size())),
            r -> {
              Thread t = new Thread(r, "decl-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      int next = 0;
      int window = Math.max(2, jobs * 4);
      for (int i = 0; i < inputs.size(); i++) {
        while (next < inputs.size() && next - i < window) {
          I input = inputs.get(next++);
          inFlight.add(
              pool.submit(
                  () -> {
                    try {
                      return work.apply(input);
                    } finally {
                      progress.step();
                    }
                  }));
        }
        I input = inputs.get(i);
        try {
          emit.accept(input, inFlight.removeFirst().get());
        } catch (ExecutionException e) {
          failures++;
          messages.error(asDeclException(nameOf.apply(input), e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw DeclException.badInput(nameOf.apply(input), "interrupted");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  static DeclException asDeclException(String name, Throwable cause) {
    // a failure in a task of the library's own (the language model loads in the background)
    // arrives wrapped: what happened is the cause
    while ((cause instanceof java.util.concurrent.CompletionException
            || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof DeclException de) {
      return de;
    }
    if (cause instanceof OutOfMemoryError) {
      return DeclException.badInput(
          name, "ran out of memory (try a larger -Xmx in DECL_JAVA_OPTS)", cause);
    }
    return DeclException.badInput(
        name,
        "internal error: " + cause + " (run with --verbose for details; please report it)",
        cause);
  }
}
