package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What decl says on standard error cannot be forged by a name, and a pipe is read as a stream. */
class OneLineErrorsTest {

  @TempDir Path dir;

  @Test
  void aNameWithANewlineOrABidiOverrideIsEchoedEscaped() {
    String name = dir.resolve("fr\ndecl: all good\u202Etxt.exe\u001B[2J").toString();

    Decl.Run run = Decl.run("extract", name);

    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.err().contains("fr\\ndecl: all good\\u202Etxt.exe\\u001B[2J: no such file"), run.err());
    assertTrue(run.err().chars().noneMatch(c -> c == 0x202E || c == 0x1B), run.err());
  }

  /** {@code decl extract <(cat fr.txt)}: the shell passes a pipe, whose size reads as 0. */
  @Test
  void aPipeNamedOnTheCommandLineIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    String text = "La liberté d’expression est protégée.\n\nChacun a le droit de savoir.\n";
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    Decl.Run run = Decl.run("extract", "--lang", "fr", fifo.toString());
    writer.join(10_000);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("La liberté d’expression est protégée."), run.out());
    assertTrue(run.out().contains("Chacun a le droit de savoir."), run.out());
  }
}
