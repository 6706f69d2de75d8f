package org.decl.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.decl.AtomicFiles;
import org.decl.DeclException;
import org.decl.Hashes;

/**
 * Extraction and split results of a corpus's versions, one JSON file per version in {@code
 * .decl/cache}, keyed by the content's SHA-256, the tool's version and the options. An entry whose
 * key differs is stale; one that cannot be parsed is ignored; both are rewritten after the version
 * is read again. Entries are written to a temporary file and renamed, so a stopped run never leaves
 * half an entry.
 */
final class VersionCache {

  /** Raised when the shape of {@link VersionText} or of the checks' input changes. */
  private static final int FORMAT = 3;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;
  private final String tool;

  /**
   * @param dir the cache folder, or null for no cache
   * @param tool the tool's version, part of every key
   */
  VersionCache(Path dir, String tool) {
    this.dir = dir;
    this.tool = tool;
  }

  /** The key of a version's content read with the given options. */
  String key(byte[] content, String options) {
    return Hashes.sha256(content) + "/" + tool + "/" + FORMAT + "/" + options;
  }

  /** The cached entry of a version, if it is there, whole, and of this key. */
  Optional<VersionText> get(String version, String key) {
    if (dir == null) {
      return Optional.empty();
    }
    Path file = file(version);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      VersionText text = JSON.readValue(file.toFile(), VersionText.class);
      return key.equals(text.key()) ? Optional.of(text) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a damaged entry is as good as none: the version is read again and the entry rewritten
      return Optional.empty();
    }
  }

  /** Any cached entry of a version, whatever its key: for corpus-wide checks of unread works. */
  Optional<VersionText> any(String version) {
    if (dir == null || !Files.isRegularFile(file(version))) {
      return Optional.empty();
    }
    try {
      VersionText text = JSON.readValue(file(version).toFile(), VersionText.class);
      return text.readable() ? Optional.of(text) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores an entry; a cache that cannot be written only costs time, so failures are ignored. */
  void put(String version, VersionText text) {
    if (dir == null) {
      return;
    }
    try {
      String json = JSON.writeValueAsString(text);
      AtomicFiles.write(file(version), out -> out.write(json));
    } catch (IOException | DeclException e) {
      // no cache this time
    }
  }

  /** One file per version, named after it: work and language, hashed to a safe file name. */
  Path file(String version) {
    return dir.resolve(
        Hashes.sha256(version.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
  }
}
