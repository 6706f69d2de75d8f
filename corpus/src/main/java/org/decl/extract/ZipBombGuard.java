package org.decl.extract;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.decl.DeclException;

/**
 * Looks inside a zip container (DOCX, ODT, EPUB) before any parser inflates it: an archive that
 * declares far more content than any declaration has, or entries that inflate hundreds of times
 * their size, is refused at once. Archives that lie about their sizes are still caught by POI's own
 * inflation limits while parsing.
 */
final class ZipBombGuard {

  private static final long MAX_TOTAL = 1L << 30;
  private static final long MAX_ENTRY_BEFORE_RATIO_CHECK = 20L << 20;
  private static final long MAX_RATIO = 100;

  private ZipBombGuard() {}

  static void check(String name, byte[] zip) {
    try (ZipFile archive =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      long total = 0;
      for (ZipArchiveEntry entry : java.util.Collections.list(archive.getEntries())) {
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size < 0) {
          continue;
        }
        total += size;
        if (total > MAX_TOTAL
            || size > MAX_ENTRY_BEFORE_RATIO_CHECK && packed > 0 && size / packed > MAX_RATIO) {
          throw DeclException.badInput(
              name, "refused: looks like a zip bomb (it expands far beyond its own size)");
        }
      }
    } catch (IOException e) {
      // not a readable zip directory: the parser will say what is wrong with it
    }
  }
}
