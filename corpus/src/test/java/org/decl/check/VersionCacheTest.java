package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.Hashes;
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

  /** The JSON of an entry, without its first line (the sum). */
  private static String json(Path entry) throws IOException {
    String content = Files.readString(entry, StandardCharsets.UTF_8);
    assertTrue(content.startsWith(VersionCache.HEADER), content);
    return content.substring(content.indexOf('\n') + 1);
  }

  /** Writes an entry as decl would, its sum matching: to show that a run reads the cache. */
  private static void reseal(Path entry, String json) throws IOException {
    Files.writeString(entry, VersionCache.entry(json), StandardCharsets.UTF_8);
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
    String json = json(entry);
    assertTrue(json.contains("\"warnings\":[]"), json);
    reseal(entry, json.replace("\"warnings\":[]", "\"warnings\":[\"from the cache\"]"));

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
    String json = json(de);
    assertTrue(json.contains("\"translation\":[]"), json);
    reseal(
        de,
        json.replace(
            "\"translation\":[]",
            "\"translation\":[{\"rule\":\"number-mismatch\",\"clause\":\"0.1\",\"unit\":0,"
                + "\"message\":\"from the cache\"}]"));
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
  void aForgedEntryForADamagedFileIsAMissNeverAPass() throws IOException {
    Manifest manifest = corpus("Die Regierung handelt offen.\n");
    assertEquals(List.of(), rules(manifest));
    Path entry = entry();
    String clean = json(entry);
    byte[] damaged = "Die Regie- rung handelt offen.\n".getBytes(StandardCharsets.UTF_8);
    Files.write(corpus.resolve("w/de.txt"), damaged);
    // the clean text under the damaged file's key: what a stale or forged entry would claim
    String forged =
        clean.replace(
            Hashes.sha256(bytesOf("Die Regierung handelt offen.\n")), Hashes.sha256(damaged));
    assertTrue(!forged.equals(clean), "the key names the content");
    Files.writeString(entry, VersionCache.HEADER + "0".repeat(64) + "\n" + forged);

    assertEquals(List.of(Rules.BROKEN_WORD), rules(manifest));
    assertTrue(json(entry).contains("Regie- rung"), "the entry is rewritten from the file");
  }

  @Test
  void anEntryWithoutItsSumIsAMiss() throws IOException {
    Manifest manifest = corpus("Die Regierung handelt offen.\n");
    rules(manifest);
    Path entry = entry();
    // an entry of an older decl, plain JSON, with a warning that only the cache has
    Files.writeString(entry, json(entry).replace("\"warnings\":[]", "\"warnings\":[\"old\"]"));

    assertEquals(List.of(), rules(manifest));
  }

  private static byte[] bytesOf(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
