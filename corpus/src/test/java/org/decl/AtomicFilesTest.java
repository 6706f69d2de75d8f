package org.decl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-or-nothing writes that never replace an input and leave no part of a killed run behind. */
class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheFileWholeAndLeavesNoPart() throws IOException {
    Path target = dir.resolve("out.txt");
    AtomicFiles.write(target, w -> w.write("un texte\n"));

    assertEquals("un texte\n", Files.readString(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void theNextWriteInAFolderDeletesAPartAKilledRunLeft() throws Exception {
    Process killed = new ProcessBuilder("true").start();
    killed.waitFor();
    Path stale = Files.writeString(dir.resolve(".out.txt.decl-" + killed.pid() + "-1.part"), "x");

    AtomicFiles.write(dir.resolve("other.txt"), w -> w.write("y"));

    assertEquals(List.of(dir.resolve("other.txt")), list());
    assertFalse(Files.exists(stale));
  }

  @Test
  void refusesToWriteOverAnInputByPathLinkOrHardLink() throws IOException {
    Path input = Files.writeString(dir.resolve("fr.txt"), "l'original\n");
    Path sym = Files.createSymbolicLink(dir.resolve("sym.txt"), input);
    Path hard = Files.createLink(dir.resolve("hard.txt"), input);
    Files.createDirectories(dir.resolve("sub"));

    for (Path target : List.of(input, dir.resolve("sub/../fr.txt"), sym, hard)) {
      DeclException e =
          assertThrows(DeclException.class, () -> AtomicFiles.refuseInputs(target, List.of(input)));
      assertEquals(2, e.exitCode());
      assertTrue(e.getMessage().startsWith(target.toString()), e.getMessage());
    }
    AtomicFiles.refuseInputs(dir.resolve("new.txt"), List.of(input));
    AtomicFiles.refuseInputs(Files.writeString(dir.resolve("other.txt"), "x"), List.of(input));
    assertEquals("l'original\n", Files.readString(input));
  }

  @Test
  void deletesThePartsOfEndedRunsAndKeepsThoseOfLiveOnes() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path stale = Files.writeString(dir.resolve(".big.json.decl-" + ended.pid() + "-7.part"), "x");
    Process live = new ProcessBuilder("sleep", "60").start();
    try {
      Path writing = Files.writeString(dir.resolve(".a.txt.decl-" + live.pid() + "-8.part"), "y");
      // a part older than the process now holding its number is a killed run's too
      Path reused = Files.writeString(dir.resolve(".b.txt.decl-" + live.pid() + "-9.part"), "z");
      Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
      Path notOurs = Files.writeString(dir.resolve(".c.txt.part"), "not decl's");

      AtomicFiles.cleanStaleParts(dir);

      assertFalse(Files.exists(stale));
      assertFalse(Files.exists(reused));
      assertTrue(Files.exists(writing));
      assertTrue(Files.exists(notOurs));
    } finally {
      live.destroy();
    }
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
