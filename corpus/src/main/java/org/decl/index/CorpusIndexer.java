package org.decl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.decl.DeclException;
import org.decl.Hashes;
import org.decl.Parallel;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.manifest.Manifest;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * The index stage: every version of a corpus, split into clauses, in a Lucene index on disk.
 *
 * <p>Runs are incremental: a version whose file has the same content (SHA-256) as when it was
 * indexed is left alone; a changed one is indexed again; one gone from the manifest is taken out.
 * Each run is one Lucene commit, so a run killed at any point leaves the previous index as it was;
 * a second writer finds the index locked and is refused.
 */
public final class CorpusIndexer implements AutoCloseable {

  /** Told of each version as it is done, for progress bars. */
  public interface Listener {
    void versions(int count);

    void versionDone(String key);
  }

  /** A version to index: its work, language, how to name it, and its file. */
  public record Target(String work, String lang, String path, Path file) {}

  /** Up to this many documents, the index is kept in one segment. */
  private static final int SMALL_INDEX = 200_000;

  private final IndexWriter writer;
  private final Path dir;
  private final Splitter splitter;
  private final Analyzers analyzers = new Analyzers();
  private final int jobs;

  /**
   * Opens the index for writing, creating it if needed.
   *
   * @throws DeclException when another writer holds the index
   */
  public CorpusIndexer(Path dir, Extractor extractor, int jobs) {
    this.dir = dir;
    this.splitter = new Splitter(extractor);
    this.jobs = Math.max(1, jobs);
    try {
      Files.createDirectories(dir);
      IndexWriterConfig config = new IndexWriterConfig(new FieldAnalyzer(analyzers));
      // Clauses are buffered in memory (see ramBufferMb), and a thread's buffer is written out at
      // 100,000 clauses by the thread itself while the others go on, so that the buffers left to
      // write once every version is read are small: that last write has no one to overlap with.
      config.setRAMBufferSizeMB(ramBufferMb());
      config.setMaxBufferedDocs(100_000);
      // Flushed segments stay as separate files: packing each into a compound file copies it
      // once more. Merged segments are packed or not by the merge policy, as usual.
      config.setUseCompoundFile(false);
      config.setCommitOnClose(false);
      Directory directory = FSDirectory.open(dir);
      // an index another version of decl wrote is built anew (its fields may differ from these);
      // the old one stays until the new one is committed
      config.setOpenMode(
          ofThisFormat(directory)
              ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
              : IndexWriterConfig.OpenMode.CREATE);
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw DeclException.config(
          dir.toString(),
          "index is locked: another decl index is writing to it; try again when it is done",
          e);
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot open the index: " + e.getMessage(), e);
    }
  }

  /**
   * Memory for clauses not yet written, a quarter of the heap up to 256 MB: the fewer segments a
   * run writes, the less merging they need (at 1,000,000 clauses and 1 GB, 64 MB cost 10% more CPU:
   * docs/benchmarks.md).
   */
  private static double ramBufferMb() {
    return Math.min(256, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20));
  }

  private static boolean ofThisFormat(Directory directory) throws IOException {
    return !DirectoryReader.indexExists(directory)
        || IndexFormat.VERSION.equals(
            SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFormat.KEY));
  }

  /** The versions of a manifest's works, as targets. */
  public static List<Target> targets(Manifest manifest) {
    List<Target> targets = new ArrayList<>();
    for (Work work : manifest.works()) {
      for (Version v : work.versions()) {
        targets.add(new Target(work.id(), v.lang(), v.path(), v.file()));
      }
    }
    return targets;
  }

  /**
   * Brings the index in line with a set of versions and commits.
   *
   * @param removeOthers true to take out versions not among the targets (a whole corpus); false to
   *     leave them (files indexed one by one)
   */
  public IndexReport index(List<Target> targets, boolean removeOthers, Listener listener) {
    long started = System.nanoTime();
    try {
      Run run = new Run(indexedVersions());
      for (Target t : targets) {
        String key = ClauseDocuments.versionKey(t.work(), t.lang());
        String hash;
        try {
          hash = hash(t);
        } catch (DeclException e) {
          run.failures.add(e);
          continue;
        }
        IndexedVersion before = run.indexed.get(key);
        if (before != null && before.hash().equals(hash)) {
          run.unchanged.add(key);
        } else {
          run.toIndex.put(t, hash);
        }
      }
      listener.versions(run.toIndex.size());
      int clauses = write(run, listener);
      if (removeOthers) {
        Set<String> wanted = new LinkedHashSet<>();
        targets.forEach(t -> wanted.add(ClauseDocuments.versionKey(t.work(), t.lang())));
        for (String key : run.indexed.keySet()) {
          if (!wanted.contains(key)) {
            writer.deleteDocuments(new Term(ClauseDocuments.VERSION_KEY, key));
            run.removed.add(key);
            run.ids.remove(key);
            run.touchedWorks.add(ClauseDocuments.workOf(key));
          }
        }
      }
      relink(run.touchedWorks, run.ids);
      flushInParallel();
      if (writer.getDocStats().numDocs <= SMALL_INDEX) {
        writer.forceMerge(1); // one segment opens fastest, and a small one merges in no time
      }
      writer.setLiveCommitData(Map.of(IndexFormat.KEY, IndexFormat.VERSION).entrySet());
      writer.commit();
      return new IndexReport(
          sorted(run.added),
          sorted(run.updated),
          sorted(run.unchanged),
          sorted(run.removed),
          clauses,
          run.failures,
          fallbacks(targets),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw cannotWrite(e);
    } catch (UncheckedIOException e) { // from the writing threads
      throw cannotWrite(e.getCause());
    }
  }

  private DeclException cannotWrite(IOException e) {
    return DeclException.config(dir.toString(), "cannot write the index: " + e.getMessage(), e);
  }

  /** What one run finds and does, version by version. */
  private static final class Run {
    final Map<String, IndexedVersion> indexed; // as the run found them
    final Map<String, List<String>> ids = new ConcurrentHashMap<>(); // every version's, after it
    final Map<Target, String> toIndex = new LinkedHashMap<>(); // with their files' hashes
    final List<String> added = Collections.synchronizedList(new ArrayList<>());
    final List<String> updated = Collections.synchronizedList(new ArrayList<>());
    final List<String> unchanged = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<DeclException> failures = new ArrayList<>();
    final Set<String> touchedWorks = new LinkedHashSet<>();

    Run(Map<String, IndexedVersion> indexed) {
      this.indexed = indexed;
      indexed.forEach((key, version) -> ids.put(key, version.ids()));
    }
  }

  /** One version of a run, indexed or failed. */
  private record Written(Target target, int clauses, DeclException failure) {}

  /** Indexes the run's changed versions on the threads; returns how many clauses were written. */
  private int write(Run run, Listener listener) {
    List<Written> written =
        Parallel.map(
            new ArrayList<>(run.toIndex.keySet()),
            jobs,
            "decl-index",
            t -> write(run, t, listener));
    int clauses = 0;
    for (Written w : written) {
      if (w.failure() != null) {
        run.failures.add(w.failure());
      } else {
        clauses += w.clauses();
        run.touchedWorks.add(w.target().work());
      }
    }
    return clauses;
  }

  private Written write(Run run, Target t, Listener listener) {
    String key = ClauseDocuments.versionKey(t.work(), t.lang());
    try {
      ClauseDocument doc =
          splitter.split(Source.file(t.file()).withLang(t.lang()), Granularity.CLAUSE);
      run.ids.put(
          key, writeVersion(writer, t.work(), t.lang(), t.path(), run.toIndex.get(t), doc.units()));
      (run.indexed.containsKey(key) ? run.updated : run.added).add(key);
      return new Written(t, doc.units().size(), null);
    } catch (DeclException e) {
      return new Written(t, 0, e);
    } catch (Throwable e) { // even a parser's stack overflow fails this version only
      return new Written(
          t, 0, DeclException.badInput(t.file().toString(), "cannot index: " + e, e));
    } finally {
      listener.versionDone(key);
    }
  }

  /**
   * Writes out the clauses still buffered, a buffer per thread, rather than leaving them all to the
   * one thread that commits.
   */
  private void flushInParallel() {
    onThreads(
        Collections.nCopies(jobs, writer),
        w -> {
          while (w.flushNextBuffer()) {
            // the next buffer
          }
        });
  }

  /** Work on the writer that may fail with an IOException. */
  private interface WriterWork<T> {
    void run(T item) throws IOException;
  }

  /** Does the work for every item on the indexing threads; an IOException ends the run. */
  private <T> void onThreads(List<T> items, WriterWork<T> work) {
    Parallel.map(
        items,
        jobs,
        "decl-index",
        item -> {
          try {
            work.run(item);
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e); // index() reports it
          }
        });
  }

  /** Replaces what the index holds of one version with its clauses; returns their ids. */
  static List<String> writeVersion(
      IndexWriter writer, String work, String lang, String path, String hash, List<Clause> units)
      throws IOException {
    List<String> ids = new ArrayList<>(units.size());
    units.forEach(c -> ids.add(c.id()));
    List<Document> docs = ClauseDocuments.clauses(work, lang, units);
    docs.add(ClauseDocuments.version(work, lang, path, hash, ids));
    writer.updateDocuments(ClauseDocuments.versionTerm(work, lang), docs); // all or nothing
    return ids;
  }

  /**
   * Links the clauses of each touched work's versions by id: clause {@code 2.7} of every version is
   * one row. (decl align finds better links where the structures differ.) The ids are those of the
   * versions indexed in this run and, for the others, those their version documents recorded, so no
   * clause is read back.
   */
  private void relink(Set<String> works, Map<String, List<String>> ids) {
    Map<String, Map<String, List<String>>> byWork = new LinkedHashMap<>();
    ids.forEach(
        (key, versionIds) -> {
          String work = ClauseDocuments.workOf(key);
          if (works.contains(work)) {
            byWork
                .computeIfAbsent(work, w -> new TreeMap<>())
                .put(ClauseDocuments.langOf(key), versionIds);
          }
        });
    onThreads(new ArrayList<>(works), work -> link(work, byWork.getOrDefault(work, Map.of())));
  }

  /** Replaces the links of one work's clauses: language to its clause ids, in order. */
  private void link(String work, Map<String, List<String>> versions) throws IOException {
    writer.deleteDocuments(
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.LINK)),
                BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(ClauseDocuments.WORK, work)), BooleanClause.Occur.FILTER)
            .build());
    Map<String, Map<String, String>> rows = new LinkedHashMap<>(); // id to language to id
    versions.forEach(
        (lang, versionIds) -> {
          for (String id : versionIds) {
            rows.computeIfAbsent(id, k -> new TreeMap<>()).put(lang, id);
          }
        });
    for (Map<String, String> row : rows.values()) {
      if (row.size() > 1) {
        writer.addDocument(ClauseDocuments.link(work, row));
      }
    }
  }

  /** What the index holds of a version: its file's hash, and its clauses' ids. */
  private record IndexedVersion(String hash, List<String> ids) {}

  /** The versions the index holds, by key. */
  private Map<String, IndexedVersion> indexedVersions() throws IOException {
    Map<String, IndexedVersion> versions = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      TermQuery query = new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.VERSION));
      for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
        Document doc = stored.document(hit.doc);
        String ids = doc.get(ClauseDocuments.IDS);
        versions.put(
            doc.get(ClauseDocuments.VERSION_KEY),
            new IndexedVersion(
                doc.get(ClauseDocuments.HASH),
                ids == null || ids.isEmpty() ? List.of() : List.of(ids.split("\n"))));
      }
    }
    return versions;
  }

  private Map<String, String> fallbacks(List<Target> targets) {
    Map<String, String> fallbacks = new TreeMap<>();
    for (Target t : targets) {
      if (!Analyzers.hasStemmer(t.lang())) {
        fallbacks.put(
            t.lang(),
            "no Lucene analyzer for this language: Unicode words, case-folded, not stemmed");
      }
    }
    return fallbacks;
  }

  /** The content hash of a version's file, salted with the index format so upgrades re-index. */
  private static String hash(Target t) {
    try {
      return Hashes.sha256(
          IndexFormat.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Files.readAllBytes(t.file()));
    } catch (NoSuchFileException e) {
      throw DeclException.badInput(t.file().toString(), "no such file");
    } catch (IOException e) {
      throw DeclException.badInput(t.file().toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private static List<String> sorted(List<String> keys) {
    List<String> copy = new ArrayList<>(keys);
    Collections.sort(copy);
    return copy;
  }

  @Override
  public void close() {
    try {
      writer.rollback(); // anything not committed is dropped; the last commit stays
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
