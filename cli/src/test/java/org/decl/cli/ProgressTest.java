package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress bar on a terminal (a fake one): after its last step it names the phase. */
class ProgressTest {

  private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(shown, true, StandardCharsets.UTF_8);
  private final Context terminal =
      new Context(InputStream.nullInputStream(), err, err, new Terminal(false, true, 100, true));
  private final Messages messages = new Messages(new PrintWriter(err), new LogOptions(), false);

  private String waitFor(String text) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!shown.toString(StandardCharsets.UTF_8).contains(text) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    return shown.toString(StandardCharsets.UTF_8);
  }

  @Test
  void namesThePhaseOnceTheLastVersionIsDone() throws InterruptedException {
    try (Progress progress =
        Progress.start("Indexing", 2, "versions", terminal, messages, Duration.ZERO)) {
      progress.phase("linking");
      progress.step();
      String halfway = waitFor("1/2");
      assertFalse(halfway.contains("linking…"), halfway);

      progress.step();
      progress.phase("committing");
      String done = waitFor("committing…");

      assertTrue(done.contains("Indexing"), done);
      assertTrue(done.contains("2/2 versions"), done);
      assertTrue(done.contains("committing…"), done);
      assertFalse(done.contains("linking…"), done);
    }
  }

  @Test
  void showsNothingWhenStandardErrorIsNoTerminal() throws InterruptedException {
    Context none = new Context(InputStream.nullInputStream(), err, err, Terminal.none());
    try (Progress progress =
        Progress.start("Indexing", 1, "versions", none, messages, Duration.ZERO)) {
      progress.step();
      progress.phase("committing");
      Thread.sleep(300);
    }
    assertTrue(shown.toString(StandardCharsets.UTF_8).isEmpty());
  }
}
