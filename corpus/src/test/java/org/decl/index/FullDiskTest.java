package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while decl index writes: whenever it fills (a flush, a merge on Lucene's
 * merge thread, the commit), the run ends with one line saying so and the index the previous run
 * committed is still there, whole; nothing is thrown on a background thread.
 */
class FullDiskTest {

  private static final String DECLARATION = "/org/decl/testkit/declaration/";

  @TempDir Path dir;

  @Test
  void aFullDiskEndsTheRunWithOneLineAndLeavesThePreviousIndexWhole() throws Exception {
    Path index = dir.resolve("index");
    List<CorpusIndexer.Target> first = targets("en", "fr", "de");
    List<CorpusIndexer.Target> more = new ArrayList<>(first);
    more.addAll(targets("es", "ru", "zh-Hans", "ar", "ja"));
    try (Extractor extractor = extractor();
        CorpusIndexer indexer = new CorpusIndexer(index, extractor, 2)) {
      indexer.index(first, true, new Quiet());
    }
    int docs = docs(index);
    // what the second run writes, measured on a copy of the first run's index
    copy(index, dir.resolve("scratch"));
    long needed;
    try (Extractor extractor = extractor();
        FullDisk roomy = new FullDisk(FSDirectory.open(dir.resolve("scratch")), Long.MAX_VALUE);
        CorpusIndexer indexer =
            new CorpusIndexer(dir.resolve("scratch"), d -> roomy, extractor, 2)) {
      indexer.index(more, true, new Quiet());
      needed = roomy.written();
    }
    assertTrue(needed > 100_000, needed + " bytes");

    int all;
    try (Directory d = FSDirectory.open(dir.resolve("scratch"));
        DirectoryReader reader = DirectoryReader.open(d)) {
      all = reader.numDocs();
    }

    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    int failed = 0;
    List<Path> runs = new ArrayList<>();
    try {
      // from a few bytes (the first file) to nearly all the run writes (the merge, the commit);
      // each run starts from a copy of the first run's index. What a run writes depends on how
      // its two threads share the documents (segments, merges), so past the first files a run
      // may need less than the measured run did: then it must simply succeed, whole.
      double[] parts = {0.0001, 0.05, 0.3, 0.6, 0.9, 0.99, 0.9999};
      for (int i = 0; i < parts.length; i++) {
        long room = (long) (needed * parts[i]);
        Path run = copy(index, dir.resolve("run-" + i));
        runs.add(run);
        try (Extractor extractor = extractor();
            CorpusIndexer indexer =
                new CorpusIndexer(
                    run, d -> new FullDisk(FSDirectory.open(d), room), extractor, 2)) {
          indexer.index(more, true, new Quiet());
          assertTrue(parts[i] >= 0.3, "no failure with " + room + " bytes free");
          assertEquals(all, docs(run), "a run that had room, with " + room + " bytes free");
        } catch (DeclException e) {
          failed++;
          assertEquals(
              run
                  + ": cannot write the index: no space left on device (the previous index is"
                  + " intact)",
              e.getMessage(),
              "with " + room + " bytes free");
          assertEquals(1, e.exitCode());
          assertEquals(docs, docs(run), "the previous commit, with " + room + " bytes free");
        }
      }
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(handler);
    }
    assertTrue(failed >= 2, failed + " runs failed");
    assertEquals(List.of(), uncaught, "thrown on a background thread");
    for (Path run : runs) {
      try (Directory d = FSDirectory.open(run);
          CheckIndex check = new CheckIndex(d)) {
        assertTrue(check.checkIndex().clean, "CheckIndex " + run);
      }
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private static int docs(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.numDocs();
    }
  }

  private static Extractor extractor() {
    return new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  private List<CorpusIndexer.Target> targets(String... langs) throws IOException {
    List<CorpusIndexer.Target> targets = new ArrayList<>();
    for (String lang : langs) {
      try (InputStream in = FullDiskTest.class.getResourceAsStream(DECLARATION + lang + ".txt")) {
        Path file = dir.resolve("declaration").resolve(lang + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
        targets.add(
            new CorpusIndexer.Target(
                "declaration", lang, "declaration/" + lang + ".txt", file, "en"));
      }
    }
    return targets;
  }

  /** A folder on a disk with this many bytes free: a write past them fails as the system's does. */
  private static final class FullDisk extends FilterDirectory {

    private final long free;
    private final AtomicLong room;

    FullDisk(Directory in, long room) {
      super(in);
      this.free = room;
      this.room = new AtomicLong(room);
    }

    long written() {
      return free - room.get();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Filling(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return new Filling(in.createTempOutput(prefix, suffix, context));
    }

    private final class Filling extends IndexOutput {
      private final IndexOutput out;

      Filling(IndexOutput out) {
        super("filling " + out, out.getName());
        this.out = out;
      }

      private void take(long bytes) throws IOException {
        if (room.addAndGet(-bytes) < 0) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }
  }

  private static final class Quiet implements CorpusIndexer.Listener {
    @Override
    public void versions(int count) {}

    @Override
    public void versionDone(String key) {}
  }
}
