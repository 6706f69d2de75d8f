package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.decl.testkit.BadFiles;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile file in a batch costs one line on stderr; the rest of the batch is processed. */
class HostileBatchTest {

  @TempDir Path dir;

  @Test
  void splitsTheRestOfABatchAroundALyingZipBombAndAPageTreeTooDeep() throws IOException {
    Path bomb = Files.write(dir.resolve("bomb.docx"), BadFiles.lyingZipBombDocx(1L << 30));
    Path tree = Files.write(dir.resolve("tree.pdf"), BadFiles.deepPageTreePdf(10_000));
    Path en = MakeCorpus.example("en.pdf");
    Path fr = Repo.file("examples/paris-2016/fr.txt");
    Path out = dir.resolve("out");

    Decl.Run run =
        Decl.run(
            "split",
            "-o",
            out.toString(),
            bomb.toString(),
            en.toString(),
            tree.toString(),
            fr.toString());

    assertEquals(1, run.exitCode());
    assertEquals(
        List.of(
            "decl: "
                + bomb
                + ": refused: looks like a zip bomb (it expands far beyond its own size)",
            "decl: "
                + tree
                + ": the PDF's page tree is nested more than 256 deep (or contains itself)"),
        run.errLines());
    try (Stream<Path> files = Files.list(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(2, names.size(), names.toString());
      assertTrue(
          names.get(0).startsWith("en.") && names.get(1).startsWith("fr."), names.toString());
    }
  }
}
