package org.decl.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

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
    return sha256(content) + "/" + tool + "/" + FORMAT + "/" + options;
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
    Path temp = null;
    try {
      Files.createDirectories(dir);
      Path target = file(version);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
      Files.write(temp, JSON.writeValueAsBytes(text));
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      // no cache this time
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a hidden .part file; the next run overwrites nothing with it
        }
      }
    }
  }

  /** One file per version, named after it: work and language, hashed to a safe file name. */
  Path file(String version) {
    return dir.resolve(sha256(version.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java", e);
    }
  }
}
