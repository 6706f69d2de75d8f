package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.decl.DeclException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus folder as a boundary, checked when a file is opened: a canary file outside the corpus
 * must never be read, whatever link leads to it, and a pipe must never be opened.
 */
class CorpusFilesTest {

  private static final long MAX = 1 << 20;

  @TempDir Path dir;

  private Path corpus;
  private Path canary;

  @BeforeEach
  void corpusBesideACanary() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("w"));
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: w\n    versions:\n      - {lang: fr, path: w/fr.txt}\n");
    Files.writeString(corpus.resolve("w/fr.txt"), "Le texte du corpus.\n");
    canary = dir.resolve("canary.txt");
    Files.writeString(canary, "CANARY: outside the corpus\n");
  }

  private Path version() {
    return ManifestReader.read(corpus).works().get(0).versions().get(0).file();
  }

  @Test
  void readsAVersionOfTheCorpus() throws IOException {
    assertEquals(
        "Le texte du corpus.\n",
        new String(CorpusFiles.of(corpus).read(version(), MAX), StandardCharsets.UTF_8));
  }

  @Test
  void refusesAVersionSwappedForALinkOutsideAfterTheManifestWasRead() throws IOException {
    Path file = version(); // the manifest is read and its paths checked while the file is real
    Files.delete(corpus.resolve("w/fr.txt"));
    Files.createSymbolicLink(corpus.resolve("w/fr.txt"), canary);

    DeclException e =
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX));
    assertTrue(e.getMessage().contains("leaves the corpus folder"), e.getMessage());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }

  @Test
  void refusesAFolderOnTheWaySwappedForALinkOutside() throws IOException {
    Path file = version();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.copy(canary, outside.resolve("fr.txt"));
    Files.delete(corpus.resolve("w/fr.txt"));
    Files.delete(corpus.resolve("w"));
    Files.createSymbolicLink(corpus.resolve("w"), outside);

    DeclException e =
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX));
    assertTrue(e.getMessage().contains("w is a link to"), e.getMessage());
  }

  @Test
  void followsALinkThatStaysInsideTheCorpus() throws IOException {
    Path file = version();
    Files.move(corpus.resolve("w/fr.txt"), corpus.resolve("fr-master.txt"));
    Files.createSymbolicLink(corpus.resolve("w/fr.txt"), Path.of("../fr-master.txt"));

    assertEquals(
        "Le texte du corpus.\n",
        new String(CorpusFiles.of(corpus).read(file, MAX), StandardCharsets.UTF_8));
  }

  @Test
  void refusesALinkInsideThatLeadsToALinkOutside() throws IOException {
    Path file = version();
    Files.delete(corpus.resolve("w/fr.txt"));
    Files.createSymbolicLink(corpus.resolve("hop.txt"), canary);
    Files.createSymbolicLink(corpus.resolve("w/fr.txt"), Path.of("../hop.txt"));

    DeclException e =
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX));
    assertTrue(e.getMessage().contains("hop.txt is a link to"), e.getMessage());
  }

  @Test
  void refusesALoopOfLinks() throws IOException {
    Path file = version();
    Files.delete(corpus.resolve("w/fr.txt"));
    Files.createSymbolicLink(corpus.resolve("w/fr.txt"), Path.of("fr.txt"));

    DeclException e =
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX));
    assertTrue(e.getMessage().contains("too many links"), e.getMessage());
  }

  @Test
  void refusesANamedPipeWithoutOpeningIt() throws Exception {
    Path file = version();
    Files.delete(corpus.resolve("w/fr.txt"));
    mkfifo(corpus.resolve("w/fr.txt"));

    // opening a pipe with no writer blocks for ever: the refusal must come from its attributes
    DeclException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX)));
    assertEquals(
        "is a named pipe, socket or device, not a regular file; decl reads only regular files",
        e.problem());
  }

  @Test
  void refusesADeviceNamedOnItsOwn() {
    DeclException e =
        assertThrows(DeclException.class, () -> CorpusFiles.readRegular(Path.of("/dev/zero"), MAX));
    assertTrue(e.problem().contains("not a regular file"), e.problem());
  }

  @Test
  void refusesAnEmptyOrTooLargeFileFromItsSize() throws IOException {
    Path file = version();
    Files.writeString(corpus.resolve("w/fr.txt"), "");
    assertEquals(
        "empty file",
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, MAX)).problem());
    Files.write(corpus.resolve("w/fr.txt"), new byte[100]);
    assertTrue(
        assertThrows(DeclException.class, () -> CorpusFiles.of(corpus).read(file, 99))
            .problem()
            .startsWith("too large"));
  }

  @Test
  void saysAMissingFileIsMissing() throws IOException {
    Path file = version();
    Files.delete(corpus.resolve("w/fr.txt"));
    assertThrows(NoSuchFileException.class, () -> CorpusFiles.of(corpus).read(file, MAX));
  }

  @Test
  void readsACorpusNamedThroughALink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
    Path file = ManifestReader.read(link).works().get(0).versions().get(0).file();

    assertArrayEquals(
        Files.readAllBytes(corpus.resolve("w/fr.txt")), CorpusFiles.of(link).read(file, MAX));
  }

  @Test
  void refusesADeclFolderThatIsALink() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(corpus.resolve(".decl"), elsewhere);

    DeclException e =
        assertThrows(
            DeclException.class,
            () -> CorpusFiles.requireRealFolders(corpus, Path.of(".decl", "cache")));
    assertEquals(DeclException.Kind.CONFIG, e.kind());
    assertTrue(e.getMessage().startsWith(corpus.resolve(".decl").toString()), e.getMessage());
  }

  @Test
  void acceptsRealOrMissingDeclFolders() throws IOException {
    CorpusFiles.requireRealFolders(corpus, Path.of(".decl", "cache"));
    Files.createDirectories(corpus.resolve(".decl/cache"));
    CorpusFiles.requireRealFolders(corpus, Path.of(".decl", "cache"));
  }

  /** Makes a named pipe with the system's mkfifo: Linux and macOS have one. */
  static void mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "mkfifo " + path);
  }
}
