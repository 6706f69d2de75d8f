package org.decl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Work spread over a few threads, for the stages that read or write many versions at once. */
public final class Parallel {

  private Parallel() {}

  /**
   * Applies {@code work} to every item on up to {@code jobs} daemon threads named {@code name}.
   *
   * @return the results, in the items' order
   * @throws RuntimeException the first failing item's exception, as it was thrown
   */
  public static <T, R> List<R> map(List<T> items, int jobs, String name, Function<T, R> work) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(jobs, items.size())),
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeclException.usage("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }
}
