package org.decl.cli;

import org.decl.check.CorpusChecker;
import org.decl.index.CorpusIndexer;

/**
 * A progress bar over the versions of a corpus, once their number is known, naming the phase the
 * run is in after the last version.
 */
final class VersionProgress
    implements CorpusIndexer.Listener, CorpusChecker.Listener, AutoCloseable {

  private final String task;
  private final Context context;
  private final Messages messages;
  private volatile Progress progress = Progress.hidden();

  VersionProgress(String task, Context context, Messages messages) {
    this.task = task;
    this.context = context;
    this.messages = messages;
  }

  @Override
  public void versions(int count) {
    progress = Progress.start(task, count, "versions", context, messages);
  }

  @Override
  public void versionDone(String key) {
    progress.step();
    messages.detail("  " + task.toLowerCase(java.util.Locale.ROOT) + " " + key);
  }

  @Override
  public void phase(CorpusIndexer.Phase phase) {
    progress.phase(phase.words());
  }

  @Override
  public void phase(CorpusChecker.Phase phase) {
    progress.phase(phase.words());
  }

  @Override
  public void close() {
    progress.close();
  }
}
