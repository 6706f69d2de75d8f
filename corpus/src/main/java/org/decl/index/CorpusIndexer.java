package org.decl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.decl.DeclException;
import org.decl.Hashes;
import org.decl.Parallel;
import org.decl.align.Aligner;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.manifest.CorpusFiles;
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

    /** The run enters a phase; after the last version read, this is what it is busy with. */
    default void phase(Phase phase) {}
  }

  /** What a run does after (or between) reading its versions, for a progress bar to name. */
  public enum Phase {
    /** Aligning versions with their originals and writing their clauses with the links. */
    LINKING("linking"),
    /** Writing the clauses still held in memory to the index folder. */
    WRITING("writing"),
    /** Merging the index into one segment. */
    MERGING("merging"),
    /** Making the run's changes the index, in one commit. */
    COMMITTING("committing");

    private final String words;

    Phase(String words) {
      this.words = words;
    }

    /** The phase in a few words, for people: {@code linking}. */
    public String words() {
      return words;
    }
  }

  /**
   * A version to index: its work, language, how to name it, its file, and the language of its
   * work's original.
   *
   * @param original the language of the version the work's others are aligned with, or null: the
   *     one the index already aligns them with if it still holds it, else the first language
   * @param corpus the corpus folder the file must not leave, or null for a file named on its own
   */
  public record Target(
      String work, String lang, String path, Path file, String original, Path corpus) {

    /** A version of a work whose original is not named. */
    public Target(String work, String lang, String path, Path file) {
      this(work, lang, path, file, null, null);
    }

    /** A file named on its own, outside any corpus. */
    public Target(String work, String lang, String path, Path file, String original) {
      this(work, lang, path, file, original, null);
    }
  }

  /** Up to this many documents, the index is kept in one segment. */
  private static final int SMALL_INDEX = 200_000;

  private final IndexWriter writer;
  private final Path dir;
  private final long commitBefore; // the generation of the last commit when opened, -1 for none
  private final Splitter splitter;
  private final Analyzers analyzers = new Analyzers();
  private final int jobs;

  /**
   * Opens the index for writing, creating it if needed; refuses a folder that holds anything but a
   * decl index.
   *
   * @throws DeclException when another writer holds the index, or the folder is not decl's
   */
  public CorpusIndexer(Path dir, Extractor extractor, int jobs) {
    this(dir, extractor, jobs, false);
  }

  /**
   * Opens the index for writing, creating it if needed.
   *
   * @param force true to replace whatever index the folder holds, even one decl did not write
   * @throws DeclException when another writer holds the index, or (without force) the folder holds
   *     another program's Lucene index or other files
   */
  public CorpusIndexer(Path dir, Extractor extractor, int jobs, boolean force) {
    this(dir, FSDirectory::open, extractor, jobs, force);
  }

  /** How the index folder is opened: on disk, or through a test double that fails on demand. */
  interface Storage {
    Directory open(Path dir) throws IOException;
  }

  CorpusIndexer(Path dir, Storage storage, Extractor extractor, int jobs) {
    this(dir, storage, extractor, jobs, false);
  }

  CorpusIndexer(Path dir, Storage storage, Extractor extractor, int jobs, boolean force) {
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
      config.setMergeScheduler(new RecordingMergeScheduler());
      Directory directory = storage.open(dir);
      if (!force) {
        refuseForeign(dir, directory);
      }
      // an index another version of decl wrote is built anew (its fields may differ from these);
      // the old one stays until the new one is committed
      config.setOpenMode(
          ofThisFormat(directory)
              ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
              : IndexWriterConfig.OpenMode.CREATE);
      this.commitBefore = SegmentInfos.getLastCommitGeneration(directory);
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

  /**
   * Refuses to replace what decl did not write: a decl index carries {@link IndexFormat#KEY} in its
   * commit's user data, whatever its version; a folder with another program's Lucene index, or with
   * files that are no index at all, is left alone. An empty folder is fine, and so are the files of
   * a first run killed before its commit (named as Lucene names its files).
   */
  private static void refuseForeign(Path dir, Directory directory) throws IOException {
    if (DirectoryReader.indexExists(directory)) {
      if (SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFormat.KEY) == null) {
        throw DeclException.config(
            dir.toString(),
            "holds a Lucene index that decl did not write; decl index would replace it: give"
                + " another --index, or --force to replace it");
      }
      return;
    }
    for (String name : directory.listAll()) {
      if (!LUCENE_FILE.matcher(name).matches()) {
        throw DeclException.config(
            dir.toString(),
            "is not empty and holds no decl index ("
                + name
                + " is there); decl index would write into it: give another --index, or --force");
      }
    }
  }

  /** The names Lucene gives the files of an index, and its lock. */
  private static final java.util.regex.Pattern LUCENE_FILE =
      java.util.regex.Pattern.compile("write\\.lock|(pending_)?segments(_[0-9a-z]+)?|_[0-9a-z]+.*");

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
        targets.add(
            new Target(
                work.id(),
                v.lang(),
                v.path(),
                v.file(),
                work.originalVersion().lang(),
                manifest.root()));
      }
    }
    return targets;
  }

  /**
   * Brings the index in line with a set of versions and commits.
   *
   * <p>Each version is stored with its links to its work's original: the units of the original its
   * alignment with the original pairs each of its clauses with (see {@link VersionLinks}). A
   * version read again is aligned again; the others keep their links, unless their work's original
   * changed (read again, removed, or another named), when every version of that work is aligned
   * again.
   *
   * @param removeOthers true to take out versions not among the targets (a whole corpus); false to
   *     leave them (files indexed one by one)
   */
  public IndexReport index(List<Target> targets, boolean removeOthers, Listener listener) {
    long started = System.nanoTime();
    try (DirectoryReader before = DirectoryReader.open(writer)) {
      Run run = new Run(before, indexedVersions(before));
      for (Target t : targets) {
        String key = ClauseDocuments.versionKey(t.work(), t.lang());
        String hash;
        try {
          hash = hash(t);
        } catch (DeclException e) {
          run.failures.add(e);
          continue;
        }
        IndexedVersion was = run.indexed.get(key);
        if (was != null && was.hash().equals(hash)) {
          run.unchanged.add(key);
        } else {
          run.toIndex.put(t, hash);
          run.toRead.put(key, t);
        }
      }
      listener.versions(run.toIndex.size());
      if (removeOthers) {
        Set<String> wanted = new LinkedHashSet<>();
        targets.forEach(t -> wanted.add(ClauseDocuments.versionKey(t.work(), t.lang())));
        for (String key : run.indexed.keySet()) {
          if (!wanted.contains(key)) {
            writer.deleteDocuments(new Term(ClauseDocuments.VERSION_KEY, key));
            run.removed.add(key);
          }
        }
      }
      List<Job> plan = plan(run, targets);
      // the originals first, as every other version of their work is aligned with them; the
      // others are read, aligned and written one by one, so that only originals stay in memory
      List<Target> originals = new ArrayList<>();
      for (Job job : plan) {
        Target t = run.toRead.get(ClauseDocuments.versionKey(job.work(), job.lang()));
        if (t != null && job.lang().equals(job.original())) {
          originals.add(t);
        }
      }
      Parallel.map(originals, jobs, "decl-index", t -> read(run, t, listener));
      Aligner aligner = new Aligner();
      listener.phase(Phase.LINKING);
      onThreads(plan, job -> write(run, job, aligner, listener));
      listener.phase(Phase.WRITING);
      flushInParallel();
      if (writer.getDocStats().numDocs <= SMALL_INDEX) {
        listener.phase(Phase.MERGING);
        writer.forceMerge(1); // one segment opens fastest, and a small one merges in no time
      }
      writer.setLiveCommitData(Map.of(IndexFormat.KEY, IndexFormat.VERSION).entrySet());
      listener.phase(Phase.COMMITTING);
      writer.commit();
      return new IndexReport(
          sorted(run.added),
          sorted(run.updated),
          sorted(run.unchanged),
          sorted(run.removed),
          sorted(run.realigned),
          run.clauses.get(),
          run.failures,
          new TreeMap<>(run.unlinked),
          fallbacks(targets),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw cannotWrite(e);
    } catch (UncheckedIOException e) { // from the writing threads
      throw cannotWrite(e.getCause());
    } catch (IllegalStateException e) {
      // a tragic event (a write or a merge that failed, on any thread) closed the writer, and
      // Lucene says so with an AlreadyClosedException or "this writer hit an unrecoverable error"
      Throwable tragic = writer.getTragicException();
      if (tragic == null && !(e instanceof AlreadyClosedException)) {
        throw e;
      }
      throw cannotWrite(tragic != null ? tragic : e);
    }
  }

  /**
   * A failed write (a full disk, an I/O error, a merge that failed on its thread): the run is
   * rolled back, and the error says whether the last commit is still the index, as Lucene's commits
   * are meant to ensure.
   */
  private DeclException cannotWrite(Throwable e) {
    boolean intact;
    try {
      writer.rollback();
      intact = SegmentInfos.getLastCommitGeneration(writer.getDirectory()) == commitBefore;
    } catch (IOException | RuntimeException again) {
      e.addSuppressed(again);
      intact = false;
    }
    return WriteFailure.of(dir.toString(), e, intact, commitBefore >= 0);
  }

  /** What one run finds and does, version by version. */
  private static final class Run {
    final DirectoryReader before; // the index as the run found it, to read unchanged versions from
    final Map<String, IndexedVersion> indexed; // as the run found them
    final Map<Target, String> toIndex = new LinkedHashMap<>(); // with their files' hashes
    final Map<String, Target> toRead = new LinkedHashMap<>(); // the same, by version key
    final Map<String, Read> read = new ConcurrentHashMap<>(); // the originals read in this run
    final Map<String, ClauseDocument> originals = new ConcurrentHashMap<>(); // by version key
    final List<String> added = Collections.synchronizedList(new ArrayList<>());
    final List<String> updated = Collections.synchronizedList(new ArrayList<>());
    final List<String> realigned = Collections.synchronizedList(new ArrayList<>());
    final List<String> unchanged = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<DeclException> failures = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> unlinked = new ConcurrentHashMap<>();
    final AtomicInteger clauses = new AtomicInteger(); // read in this run
    final Map<String, String> originalLangs = new LinkedHashMap<>(); // by work, once planned

    Run(DirectoryReader before, Map<String, IndexedVersion> indexed) {
      this.before = before;
      this.indexed = indexed;
    }
  }

  /** A version read in this run: its target, its file's hash, its units. */
  private record Read(Target target, String hash, ClauseDocument units) {}

  /**
   * Splits a changed version; null if it cannot be read, the failure recorded. Originals are kept
   * for the versions aligned with them.
   */
  private Read read(Run run, Target t, Listener listener) {
    String key = ClauseDocuments.versionKey(t.work(), t.lang());
    try {
      // read once, checked as it is opened, and indexed under the hash of the bytes read: a file
      // swapped since its hash was taken is indexed as it is now, never through an outside link
      byte[] content = content(t);
      ClauseDocument doc =
          splitter.split(
              Source.bytes(t.file().toString(), content).withLang(t.lang()), Granularity.CLAUSE);
      Read read = new Read(t, hash(content), doc);
      if (t.lang().equals(originalLang(run, t.work()))) {
        run.read.put(key, read);
      }
      (run.indexed.containsKey(key) ? run.updated : run.added).add(key);
      run.clauses.addAndGet(doc.units().size());
      return read;
    } catch (DeclException e) {
      run.failures.add(e);
    } catch (Throwable e) { // even a parser's stack overflow fails this version only
      run.failures.add(DeclException.badInput(t.file().toString(), "cannot index: " + e, e));
    } finally {
      listener.versionDone(key);
    }
    return null;
  }

  /** A version to write: its work, language, and the language of the original it is linked to. */
  private record Job(String work, String lang, String original) {}

  /**
   * The versions to write: those read in this run, and those of a work whose original changed (read
   * again, removed or another named), or whose links point to another original than the work's.
   */
  private static List<Job> plan(Run run, List<Target> targets) {
    Map<String, String> named = new LinkedHashMap<>();
    for (Target t : targets) {
      if (t.original() != null) {
        named.put(t.work(), t.original());
      }
    }
    Map<String, TreeSet<String>> present = new TreeMap<>(); // work to its languages after the run
    for (String key : run.indexed.keySet()) {
      if (!run.removed.contains(key)) {
        present
            .computeIfAbsent(ClauseDocuments.workOf(key), w -> new TreeSet<>())
            .add(ClauseDocuments.langOf(key));
      }
    }
    for (String key : run.toRead.keySet()) {
      present
          .computeIfAbsent(ClauseDocuments.workOf(key), w -> new TreeSet<>())
          .add(ClauseDocuments.langOf(key));
    }
    List<Job> jobs = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> entry : present.entrySet()) {
      String work = entry.getKey();
      TreeSet<String> langs = entry.getValue();
      String original = original(work, langs, named.get(work), run);
      run.originalLangs.put(work, original);
      boolean originalRead = run.toRead.containsKey(ClauseDocuments.versionKey(work, original));
      for (String lang : langs) {
        String key = ClauseDocuments.versionKey(work, lang);
        IndexedVersion was = run.indexed.get(key);
        if (originalRead
            || run.toRead.containsKey(key)
            || was == null
            || !original.equals(was.original())) {
          jobs.add(new Job(work, lang, original));
        }
      }
    }
    return jobs;
  }

  /**
   * The language of a work's original: the one named if the index holds it, else the one its
   * versions are linked to now if it holds that, else the first.
   */
  private static String original(String work, TreeSet<String> langs, String named, Run run) {
    if (named != null && langs.contains(named)) {
      return named;
    }
    for (String lang : langs) {
      IndexedVersion was = run.indexed.get(ClauseDocuments.versionKey(work, lang));
      if (was != null && was.original() != null && langs.contains(was.original())) {
        return was.original();
      }
    }
    return langs.first();
  }

  private static String originalLang(Run run, String work) {
    return run.originalLangs.get(work);
  }

  /**
   * Reads one version if it changed, aligns it with its work's original and writes it, links and
   * ids included. A changed version that cannot be read keeps what the index had of it, aligned
   * again if its original changed.
   */
  private void write(Run run, Job job, Aligner aligner, Listener listener) throws IOException {
    String key = ClauseDocuments.versionKey(job.work(), job.lang());
    boolean isOriginal = job.lang().equals(job.original());
    Target changed = run.toRead.get(key);
    Read read = null;
    if (changed != null) {
      read = isOriginal ? run.read.get(key) : read(run, changed, listener);
      IndexedVersion was = run.indexed.get(key);
      if (read == null
          && (was == null
              || (job.original().equals(was.original())
                  && !run.toRead.containsKey(
                      ClauseDocuments.versionKey(job.work(), job.original()))))) {
        return; // not read: nothing to write, or nothing that changed
      }
    }
    ClauseDocument original = originalOf(run, job);
    List<LinkedUnit> units;
    if (isOriginal) {
      if (original == null) {
        return;
      }
      units = VersionLinks.original(original.units());
    } else {
      ClauseDocument version = read != null ? read.units() : units(run, job.work(), job.lang());
      units = null;
      String why = "its original could not be read";
      if (original != null) {
        try {
          units = VersionLinks.linked(aligner, original, version);
        } catch (IllegalStateException e) { // the aligner found no path: versions far apart
          why = e.getMessage();
        }
      }
      if (units == null) {
        units = VersionLinks.unlinked(version.units());
        run.unlinked.put(
            key,
            "not aligned with "
                + ClauseDocuments.versionKey(job.work(), job.original())
                + " ("
                + why
                + "): its clauses are shown with no counterpart");
      }
    }
    String path;
    String hash;
    if (read != null) {
      path = read.target().path();
      hash = read.hash();
    } else {
      IndexedVersion was = run.indexed.get(key);
      path = was.path();
      hash = was.hash();
      run.realigned.add(key);
    }
    writeVersion(writer, job.work(), job.lang(), path, hash, job.original(), units);
  }

  /**
   * The units of a work's original, read once for all its versions' jobs; null if it is neither
   * read in this run nor in the index.
   */
  private ClauseDocument originalOf(Run run, Job job) {
    String key = ClauseDocuments.versionKey(job.work(), job.original());
    if (!run.read.containsKey(key) && !run.indexed.containsKey(key)) {
      return null;
    }
    return run.originals.computeIfAbsent(
        key,
        k -> {
          try {
            return units(run, job.work(), job.original());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The units of a version: as read in this run, or as the index held them, with their own ids. */
  private static ClauseDocument units(Run run, String work, String lang) throws IOException {
    String key = ClauseDocuments.versionKey(work, lang);
    Read read = run.read.get(key);
    if (read != null) {
      return read.units();
    }
    IndexSearcher searcher = new IndexSearcher(run.before);
    StoredFields stored = run.before.storedFields();
    Query clauses =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.CLAUSE)),
                BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(ClauseDocuments.VERSION_KEY, key)),
                BooleanClause.Occur.FILTER)
            .build();
    List<Clause> units = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(clauses, Integer.MAX_VALUE).scoreDocs) {
      units.add(ClauseDocuments.unit(stored.document(hit.doc)));
    }
    units.sort(Comparator.comparingInt(Clause::n));
    return new ClauseDocument(run.indexed.get(key).path(), null, lang, units, List.of());
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

  /** Replaces what the index holds of one version with its units. */
  static void writeVersion(
      IndexWriter writer,
      String work,
      String lang,
      String path,
      String hash,
      String original,
      List<LinkedUnit> units)
      throws IOException {
    List<Document> docs = ClauseDocuments.clauses(work, lang, units);
    docs.add(ClauseDocuments.version(work, lang, path, hash, original));
    writer.updateDocuments(ClauseDocuments.versionTerm(work, lang), docs); // all or nothing
  }

  /**
   * What the index holds of a version: its path, its file's hash, and the original it is linked to.
   */
  private record IndexedVersion(String path, String hash, String original) {}

  /** The versions the index holds, by key. */
  private static Map<String, IndexedVersion> indexedVersions(DirectoryReader reader)
      throws IOException {
    Map<String, IndexedVersion> versions = new LinkedHashMap<>();
    IndexSearcher searcher = new IndexSearcher(reader);
    StoredFields stored = reader.storedFields();
    TermQuery query = new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.VERSION));
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      Document doc = stored.document(hit.doc);
      versions.put(
          doc.get(ClauseDocuments.VERSION_KEY),
          new IndexedVersion(
              doc.get(ClauseDocuments.PATH),
              doc.get(ClauseDocuments.HASH),
              doc.get(ClauseDocuments.ORIGINAL)));
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
    return hash(content(t));
  }

  private static String hash(byte[] content) {
    return Hashes.sha256(
        IndexFormat.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8), content);
  }

  /**
   * A version's bytes: a corpus's file read without leaving its folder, a file named on its own
   * read if it is a regular file; neither ever opens a pipe or a device.
   */
  private static byte[] content(Target t) {
    long max = ExtractOptions.defaults().maxBytes();
    try {
      return t.corpus() != null
          ? CorpusFiles.of(t.corpus()).read(t.file(), max)
          : CorpusFiles.readRegular(t.file(), max);
    } catch (NoSuchFileException e) {
      throw DeclException.badInput(t.file().toString(), "no such file");
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
