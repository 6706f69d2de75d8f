package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.extract.ExtractOptions;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's cache: used when the content is unchanged, ignored when stale or damaged. */
class VersionCacheTest {

  @TempDir Path corpus;

  private Manifest corpus(String de) throws IOException {
    Files.createDirectories(corpus.resolve("w"));
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: w\n    versions:\n      - {lang: de, path: w/de.txt}\n");
    Files.writeString(corpus.resolve("w/de.txt"), de);
    return ManifestReader.read(corpus);
  }

  private static List<String> rules(Manifest manifest) {
    CorpusChecker.Options options =
        new CorpusChecker.Options(
            RuleLevels.defaults(), 2, true, "test", ExtractOptions.defaults(), null);
    return new CorpusChecker(manifest, options)
        .check(manifest, CorpusChecker.Listener.NONE).findings().stream()
            .map(CheckFinding::rule)
            .toList();
  }

  private Path entry() throws IOException {
    try (var files = Files.list(corpus.resolve(".decl/cache"))) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  @Test
  void readsAnUnchangedVersionFromTheCacheAndNotFromItsFile() throws IOException {
    Manifest manifest = corpus("Die Regierung handelt offen.\n\nSie hört zu.\n");
    assertEquals(List.of(), rules(manifest));
    Path entry = entry();
    // a warning in the cached entry only: if the second run reports it, it read the cache
    String json = Files.readString(entry, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"warnings\":[]"), json);
    Files.writeString(
        entry,
        json.replace("\"warnings\":[]", "\"warnings\":[\"from the cache\"]"),
        StandardCharsets.UTF_8);

    assertEquals(List.of(Rules.EXTRACTION_WARNING), rules(manifest));
  }

  @Test
  void takesTheTranslationCheckFromTheCacheWhileBothVersionsAreUnchanged() throws IOException {
    Files.createDirectories(corpus.resolve("w"));
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: w\n    original: fr\n    versions:\n"
            + "      - {lang: fr, path: w/fr.txt}\n      - {lang: de, path: w/de.txt}\n");
    Files.writeString(corpus.resolve("w/fr.txt"), "Le gouvernement agit en 2016.\n");
    Files.writeString(corpus.resolve("w/de.txt"), "Die Regierung handelt 2016.\n");
    Manifest manifest = ManifestReader.read(corpus);
    assertEquals(List.of(), rules(manifest));
    Path de =
        corpus
            .resolve(".decl/cache")
            .resolve(
                new VersionCache(corpus.resolve(".decl/cache"), "test").file("w/de").getFileName());
    String json = Files.readString(de, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"translation\":[]"), json);
    Files.writeString(
        de,
        json.replace(
            "\"translation\":[]",
            "\"translation\":[{\"rule\":\"number-mismatch\",\"clause\":\"0.1\",\"unit\":0,"
                + "\"message\":\"from the cache\"}]"),
        StandardCharsets.UTF_8);
    assertEquals(List.of("number-mismatch"), rules(manifest));

    // the original changed: the translation check runs again, and finds the real difference
    Files.writeString(corpus.resolve("w/fr.txt"), "Le gouvernement agit en 2017.\n");
    assertEquals(List.of("number-mismatch"), rules(ManifestReader.read(corpus)));
    assertTrue(
        Files.readString(de, StandardCharsets.UTF_8).contains("2017"),
        "the version's entry holds the new finding");
  }

  @Test
  void readsAgainWhenTheFileChanged() throws IOException {
    Manifest manifest = corpus("Die Regierung handelt offen.\n");
    rules(manifest);
    Files.writeString(corpus.resolve("w/de.txt"), "Die Regie- rung handelt offen.\n");

    assertEquals(List.of(Rules.BROKEN_WORD), rules(manifest));
  }

  @Test
  void ignoresAndRewritesADamagedEntry() throws IOException {
    Manifest manifest = corpus("Die Regierung handelt offen.\n");
    rules(manifest);
    Path entry = entry();
    Files.writeString(entry, "{\"key\": \"trunc");

    assertEquals(List.of(), rules(manifest));
    assertTrue(Files.readString(entry).contains("\"units\""), "rewritten whole");
  }
}
