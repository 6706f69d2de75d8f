package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.DeclException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML as people write it, aliases included, and as an attacker writes it, each in bounds. */
class ManifestYamlTest {

  @TempDir Path corpus;

  private Manifest read(String yaml) throws IOException {
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    return ManifestReader.read(corpus);
  }

  @Test
  void anAliasIsReadAsItsAnchorsValue() throws IOException {
    Manifest manifest =
        read(
            "works:\n"
                + "  - id: w\n"
                + "    original: &o fr\n"
                + "    versions:\n"
                + "      - {lang: *o, path: w/fr.txt}\n"
                + "      - {lang: &en en, path: w/en.txt}\n"
                + "  - id: v\n"
                + "    original: *en\n"
                + "    versions: [{lang: *en, path: v/en.txt}, {lang: *o, path: v/fr.txt}]\n");
    Work w = manifest.work("w").orElseThrow();
    assertEquals("fr", w.original());
    assertEquals(List.of("fr", "en"), w.versions().stream().map(Version::lang).toList());
    Work v = manifest.work("v").orElseThrow();
    assertEquals("en", v.original());
    assertEquals(List.of("en", "fr"), v.versions().stream().map(Version::lang).toList());
  }

  @Test
  void anAliasWithoutAnchorIsAnErrorWithItsLine() {
    DeclException e =
        assertThrows(
            DeclException.class,
            () -> read("works:\n  - id: w\n    versions:\n      - {lang: *x, path: w/fr.txt}\n"));
    assertEquals("line 4, column 16: the alias *x names no anchor above it", e.problem());
  }

  /** SnakeYAML reads one long token in quadratic time; such a line is refused before it. */
  @Test
  void aSixteenMegabyteCommentLineIsRefusedAtOnce() throws IOException {
    String yaml =
        "# " + "x".repeat(16 << 20) + "\nworks:\n  - id: w\n    versions: [{lang: fr, path: a}]\n";
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    long started = System.nanoTime();
    DeclException e = assertThrows(DeclException.class, () -> ManifestReader.read(corpus));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(2, e.exitCode());
    assertTrue(e.problem().startsWith("too large for a manifest"), e.problem());
    assertTrue(millis < 2000, millis + " ms");

    String line = "# " + "x".repeat(1 << 20) + "\nworks: []\n";
    e = assertThrows(DeclException.class, () -> read(line));
    assertEquals(
        "line 1 is 1048578 characters long; a manifest's lines are at most 65536", e.problem());
  }

  @Test
  void nestingDeeperThanAManifestNeedsIsAnError() {
    String deep = "works: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    DeclException e = assertThrows(DeclException.class, () -> read(deep));
    assertTrue(e.problem().endsWith("YAML nested deeper than 64 levels"), e.problem());
  }
}
