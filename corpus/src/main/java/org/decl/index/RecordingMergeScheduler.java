package org.decl.index;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's concurrent merges, with a failed merge recorded instead of thrown on the merge thread.
 * Thrown there, it reaches the thread's default handler, which prints it with its stack trace on
 * standard error (thirty lines on a full disk) beside decl's own one-line message. The writer
 * learns of the failure anyway (it is closed by it, or {@code forceMerge} and {@code commit} throw
 * it), so nothing is lost by not throwing: the indexer reports it as any other write failure.
 */
final class RecordingMergeScheduler extends ConcurrentMergeScheduler {

  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @Override
  protected void handleMergeException(Throwable exc) {
    failure.compareAndSet(null, exc);
  }

  /** The first merge failure, or null. */
  Throwable failure() {
    return failure.get();
  }
}
