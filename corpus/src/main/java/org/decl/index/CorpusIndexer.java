package org.decl.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.decl.DeclException;
import org.decl.Hashes;
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
  public record Target(String work, String lang, String path, Path file, String original) {}

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
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      this.writer = new IndexWriter(FSDirectory.open(dir), config);
    } catch (LockObtainFailedException e) {
      throw DeclException.config(
          dir.toString(),
          "index is locked: another decl index is writing to it; try again when it is done",
          e);
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot open the index: " + e.getMessage(), e);
    }
  }

  /** The versions of a manifest's works, as targets. */
  public static List<Target> targets(Manifest manifest) {
    List<Target> targets = new ArrayList<>();
    for (Work work : manifest.works()) {
      String original = work.originalVersion().lang();
      for (Version v : work.versions()) {
        targets.add(new Target(work.id(), v.lang(), v.path(), v.file(), original));
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
      Map<String, String[]> indexed = indexedVersions();
      List<String> added = Collections.synchronizedList(new ArrayList<>());
      List<String> updated = Collections.synchronizedList(new ArrayList<>());
      List<String> unchanged = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<DeclException> failures = new ArrayList<>();
      Set<String> touchedWorks = new LinkedHashSet<>();
      Map<String, String> originals = new LinkedHashMap<>();
      List<Target> toIndex = new ArrayList<>();
      Map<Target, String> hashes = new LinkedHashMap<>();
      for (Target t : targets) {
        originals.put(t.work(), t.original());
        String key = ClauseDocuments.versionKey(t.work(), t.lang());
        String hash;
        try {
          hash = hash(t);
        } catch (DeclException e) {
          failures.add(e);
          continue;
        }
        String[] before = indexed.get(key);
        if (before != null && before[0].equals(hash)) {
          unchanged.add(key);
        } else {
          toIndex.add(t);
          hashes.put(t, hash);
        }
      }
      listener.versions(toIndex.size());
      int clauses =
          write(toIndex, hashes, indexed, added, updated, failures, touchedWorks, listener);
      if (removeOthers) {
        Set<String> wanted = new LinkedHashSet<>();
        targets.forEach(t -> wanted.add(ClauseDocuments.versionKey(t.work(), t.lang())));
        for (String key : indexed.keySet()) {
          if (!wanted.contains(key)) {
            writer.deleteDocuments(new Term(ClauseDocuments.VERSION_KEY, key));
            removed.add(key);
            touchedWorks.add(key.substring(0, key.lastIndexOf('/')));
          }
        }
      }
      relink(touchedWorks, originals);
      if (writer.getDocStats().numDocs <= SMALL_INDEX) {
        writer.forceMerge(1); // one segment opens fastest, and a small one merges in no time
      }
      writer.setLiveCommitData(Map.of("decl", IndexFormat.VERSION).entrySet());
      writer.commit();
      return new IndexReport(
          sorted(added),
          sorted(updated),
          sorted(unchanged),
          sorted(removed),
          clauses,
          failures,
          fallbacks(targets),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot write the index: " + e.getMessage(), e);
    }
  }

  private int write(
      List<Target> toIndex,
      Map<Target, String> hashes,
      Map<String, String[]> indexed,
      List<String> added,
      List<String> updated,
      List<DeclException> failures,
      Set<String> touchedWorks,
      Listener listener)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, toIndex.size())));
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (Target t : toIndex) {
        done.add(
            pool.submit(
                () -> {
                  String key = ClauseDocuments.versionKey(t.work(), t.lang());
                  try {
                    ClauseDocument doc =
                        splitter.split(
                            Source.file(t.file()).withLang(t.lang()), Granularity.CLAUSE);
                    writeVersion(writer, t.work(), t.lang(), t.path(), hashes.get(t), doc.units());
                    (indexed.containsKey(key) ? updated : added).add(key);
                    return doc.units().size();
                  } finally {
                    listener.versionDone(key);
                  }
                }));
      }
      int clauses = 0;
      for (int i = 0; i < done.size(); i++) {
        Target t = toIndex.get(i);
        try {
          clauses += done.get(i).get();
          touchedWorks.add(t.work());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failures.add(
              cause instanceof DeclException de
                  ? de
                  : DeclException.badInput(t.file().toString(), "cannot index: " + cause, cause));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      return clauses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Replaces what the index holds of one version with its clauses. */
  static void writeVersion(
      IndexWriter writer, String work, String lang, String path, String hash, List<Clause> units)
      throws IOException {
    List<Document> docs = ClauseDocuments.clauses(work, lang, units);
    docs.add(ClauseDocuments.version(work, lang, path, hash, units.size()));
    writer.deleteDocuments(ClauseDocuments.versionTerm(work, lang));
    writer.addDocuments(docs);
  }

  /**
   * Links the clauses of each touched work's versions: by id, through the original. (decl align
   * finds better links where the structures differ.)
   */
  private void relink(Set<String> works, Map<String, String> originals) throws IOException {
    if (works.isEmpty()) {
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (String work : works) {
        Map<String, Map<String, String>> rows = clauseIds(reader, work);
        writer.deleteDocuments(
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.LINK)),
                    BooleanClause.Occur.FILTER)
                .add(
                    new TermQuery(new Term(ClauseDocuments.WORK, work)), BooleanClause.Occur.FILTER)
                .build());
        for (Map<String, String> row : rows.values()) {
          if (row.size() > 1) {
            writer.addDocument(ClauseDocuments.link(work, row));
          }
        }
      }
    }
  }

  /**
   * The ids of a work's clauses, id to language to id, read from the terms of the clauses' unique
   * keys ({@code work/lang#id}) rather than from their stored fields, which would mean
   * decompressing every clause's text. A key counts if a live document holds it.
   */
  private static Map<String, Map<String, String>> clauseIds(DirectoryReader reader, String work)
      throws IOException {
    Map<String, Map<String, String>> rows = new HashMap<>(); // link order does not matter
    BytesRef prefix = new BytesRef(work + "/");
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ClauseDocuments.UID);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum keys = terms.iterator();
      if (keys.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      PostingsEnum postings = null;
      for (BytesRef key = keys.term();
          key != null && StringHelper.startsWith(key, prefix);
          key = keys.next()) {
        String rest = key.utf8ToString().substring(work.length() + 1);
        int hash = rest.indexOf('#');
        // neither a language tag nor a clause id holds a slash: one here is another work's key
        if (hash < 0 || rest.indexOf('/') >= 0) {
          continue;
        }
        postings = keys.postings(postings, PostingsEnum.NONE);
        if (anyLive(postings, live)) {
          String id = rest.substring(hash + 1);
          rows.computeIfAbsent(id, k -> new TreeMap<>()).put(rest.substring(0, hash), id);
        }
      }
    }
    return rows;
  }

  private static boolean anyLive(PostingsEnum postings, Bits live) throws IOException {
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) {
        return true;
      }
    }
    return false;
  }

  /** The versions the index holds: key to {hash, path}. */
  private Map<String, String[]> indexedVersions() throws IOException {
    Map<String, String[]> versions = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      TermQuery query = new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.VERSION));
      for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
        Document doc = stored.document(hit.doc);
        versions.put(
            doc.get(ClauseDocuments.VERSION_KEY),
            new String[] {doc.get(ClauseDocuments.HASH), doc.get(ClauseDocuments.PATH)});
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
