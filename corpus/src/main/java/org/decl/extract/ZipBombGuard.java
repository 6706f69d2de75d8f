package org.decl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.decl.DeclException;

/**
 * Inflates a zip container (DOCX, ODT, EPUB) before any parser does, counting the bytes that
 * actually come out, never the sizes the archive claims: an entry that inflates to more than
 * {@value #MAX_RATIO} times its packed bytes (once past {@value #RATIO_FREE_MB} MB), an archive
 * whose entries come to more than {@value #MAX_TOTAL_MB} MB, more than {@value #MAX_ENTRIES}
 * entries, or zips within zips more than {@value #MAX_DEPTH} deep is refused, each with its own
 * reason, as soon as the limit is passed: memory stays at one buffer and time at the bytes read up
 * to the limit.
 *
 * <p>Both views of the archive are checked, because parsers use either: the central directory (POI,
 * commons-compress's {@code ZipFile}) and the local entries in order (streaming readers), which a
 * hostile file can make disagree.
 */
final class ZipBombGuard {

  static final long MAX_TOTAL_MB = 1024;
  static final long RATIO_FREE_MB = 20;
  static final long MAX_RATIO = 100;
  static final int MAX_ENTRIES = 50_000;
  static final int MAX_DEPTH = 3;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private ZipBombGuard() {}

  static void check(String name, byte[] zip) {
    Budget budget = new Budget(name);
    try (ZipFile archive =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
        budget.entry();
        try (InputStream in = archive.getInputStream(entry)) {
          if (in != null) {
            budget.inflate(entry.getName(), in, zip.length, 1);
          }
        } catch (DeclException refused) {
          throw refused;
        } catch (IOException | RuntimeException unreadable) {
          // an entry that cannot be inflated: the parser will say what is wrong with it
        }
      }
    } catch (IOException e) {
      // no readable central directory: the local entries below still count
    }
    Budget local = new Budget(name);
    local.stream(new ByteArrayInputStream(zip), zip.length, 1);
  }

  /** What one view of the archive has inflated so far, against the limits. */
  private static final class Budget {
    private final String name;
    private final byte[] buffer = new byte[1 << 16];
    private long total;
    private int entries;

    Budget(String name) {
      this.name = name;
    }

    void entry() {
      if (++entries > MAX_ENTRIES) {
        throw refused(
            String.format(Locale.ROOT, "more than %,d entries in the archive", MAX_ENTRIES));
      }
    }

    /** Reads the zip entries of a stream in order, inflating each. */
    void stream(InputStream zip, long packedLimit, int depth) {
      if (depth > MAX_DEPTH) {
        throw refused("zip archives nested more than " + MAX_DEPTH + " deep");
      }
      try {
        ZipArchiveInputStream in = new ZipArchiveInputStream(zip);
        for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          entry();
          if (in.canReadEntryData(entry)) {
            inflate(entry.getName(), in, packedLimit, depth);
          }
        }
      } catch (DeclException refused) {
        throw refused;
      } catch (IOException | RuntimeException unreadable) {
        // damaged from here on: the parser will say what is wrong with it
      }
    }

    /**
     * Counts the bytes of one entry as they inflate; an entry that is itself a zip is read in turn,
     * one level deeper, its bytes still counted as they come.
     */
    void inflate(String entryName, InputStream in, long packedLimit, int depth) throws IOException {
      Entry entry = new Entry(entryName, in, packedLimit);
      byte[] head = in.readNBytes(ZIP.length);
      entry.count(head.length);
      if (Arrays.equals(head, ZIP)) {
        if (depth + 1 > MAX_DEPTH) {
          throw refused("zip archives nested more than " + MAX_DEPTH + " deep");
        }
        stream(
            new SequenceInputStream(new ByteArrayInputStream(head), new Counted(entry)),
            packedLimit,
            depth + 1);
        return;
      }
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        entry.count(n);
      }
    }

    /** One entry being inflated. */
    private final class Entry {
      private final String name;
      private final InputStream in;
      private final long packedLimit;
      private long bytes;

      Entry(String name, InputStream in, long packedLimit) {
        this.name = name;
        this.in = in;
        this.packedLimit = packedLimit;
      }

      void count(int n) {
        bytes += n;
        total += n;
        if (total > MAX_TOTAL_MB << 20) {
          throw refused(
              String.format(Locale.ROOT, "its contents inflate to more than %,d MB", MAX_TOTAL_MB));
        }
        if (bytes > RATIO_FREE_MB << 20
            && bytes / Math.max(1, packed(in, packedLimit)) > MAX_RATIO) {
          throw refused("looks like a zip bomb (it expands far beyond its own size)");
        }
      }
    }

    /** The packed bytes read for the entry so far, or at most the whole archive. */
    private static long packed(InputStream in, long packedLimit) {
      if (in instanceof InputStreamStatistics statistics && statistics.getCompressedCount() > 0) {
        return Math.min(statistics.getCompressedCount(), packedLimit);
      }
      return packedLimit;
    }

    private DeclException refused(String why) {
      return DeclException.badInput(name, "refused: " + why);
    }

    /** A nested archive's bytes, counted against the limits as they are read. */
    private static final class Counted extends InputStream {
      private final Entry entry;

      Counted(Entry entry) {
        this.entry = entry;
      }

      @Override
      public int read() throws IOException {
        int b = entry.in.read();
        if (b >= 0) {
          entry.count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = entry.in.read(b, off, len);
        if (n > 0) {
          entry.count(n);
        }
        return n;
      }
    }
  }
}
