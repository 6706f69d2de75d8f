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
 * .decl/cache}, keyed by the content's SHA-256, the tool's version and the options.
 *
 * <p>Each entry begins with a line that carries the SHA-256 of the rest: an entry whose sum does
 * not match (damaged, truncated, or edited by hand), whose key differs (stale: the file, decl or
 * the options changed) or that cannot be parsed is a cache miss, never a pass, and is rewritten
 * after the version is read again. The sum is no signature: whoever may write the corpus folder may
 * write a consistent entry, as they may change the files themselves. Entries are written to a
 * temporary file and renamed, so a stopped run never leaves half an entry.
 */
final class VersionCache {

  /** Raised when the shape of {@link VersionText} or of the checks' input changes. */
  private static final int FORMAT = 4;

  /** The first line of an entry, before the SHA-256 of the rest. */
  static final String HEADER = "decl-cache sha256=";

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
    return read(version).filter(text -> key.equals(text.key()));
  }

  /**
   * The entry of a version if its sum matches its content; empty when it is missing, not a regular
   * file, damaged or unparsable: the version is then read again and the entry rewritten.
   */
  private Optional<VersionText> read(String version) {
    Path file = file(version);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      String entry = Files.readString(file, StandardCharsets.UTF_8);
      int newline = entry.indexOf('\n');
      if (!entry.startsWith(HEADER) || newline < 0) {
        return Optional.empty();
      }
      String json = entry.substring(newline + 1);
      String sum = entry.substring(HEADER.length(), newline);
      if (!sum.equals(Hashes.sha256(json.getBytes(StandardCharsets.UTF_8)))) {
        return Optional.empty();
      }
      return Optional.of(JSON.readValue(json, VersionText.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An entry's content: the header with the sum of the JSON, then the JSON. */
  static String entry(String json) {
    return HEADER + Hashes.sha256(json.getBytes(StandardCharsets.UTF_8)) + "\n" + json;
  }

  /** Any cached entry of a version, whatever its key: for corpus-wide checks of unread works. */
  Optional<VersionText> any(String version) {
    if (dir == null) {
      return Optional.empty();
    }
    return read(version).filter(VersionText::readable);
  }

  /** Stores an entry; a cache that cannot be written only costs time, so failures are ignored. */
  void put(String version, VersionText text) {
    if (dir == null) {
      return;
    }
    try {
      String json = JSON.writeValueAsString(text);
      AtomicFiles.write(file(version), out -> out.write(entry(json)));
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
