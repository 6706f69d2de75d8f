package org.decl.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.Suggestions;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;
import org.decl.index.FieldAnalyzers;
import org.decl.index.Link;

/**
 * The search stage: clauses matching a query, best first, each with the words that matched marked
 * and, if asked, the corresponding clauses of the other language versions of its work.
 */
public final class ClauseSearcher implements AutoCloseable {

  /** Best first; ties in the order of the works, languages and clauses. */
  private static final Sort ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(ClauseDocuments.WORK, SortField.Type.STRING),
          new SortField(ClauseDocuments.LANG, SortField.Type.STRING),
          new SortField(ClauseDocuments.N, SortField.Type.INT));

  /** Up to this size, an index is read with plain file reads rather than mapped. */
  private static final long SMALL_INDEX_BYTES = 64L << 20;

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzers analyzers = new Analyzers();
  private final Analyzer analyzer = FieldAnalyzers.of(analyzers);
  private List<String> languages; // read from the index on first use; it does not change
  private List<String> works;
  private final Map<String, WorkVersions> versions = new HashMap<>(); // read on first use

  private ClauseSearcher(Path dir, Directory directory, DirectoryReader reader) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens an index for searching.
   *
   * @throws DeclException (configuration) when there is no index there yet
   */
  public static ClauseSearcher open(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        throw noIndex(dir);
      }
      Directory directory = directory(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw noIndex(dir);
      }
      return new ClauseSearcher(dir, directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot open the index: " + e.getMessage(), e);
    }
  }

  /**
   * The index's files, read with plain file reads when they are small (the bundled corpus's are 0.1
   * MB), mapped into memory otherwise. Mapping is what Lucene does by default and what large
   * indexes want, but setting it up costs a one-off search more than the reads it saves
   * (docs/benchmarks.md).
   */
  private static Directory directory(Path dir) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        try {
          bytes += Files.size(file);
        } catch (NoSuchFileException e) {
          // an indexer's commit just removed it
        }
      }
    }
    return bytes <= SMALL_INDEX_BYTES ? new NIOFSDirectory(dir) : FSDirectory.open(dir);
  }

  private static DeclException noIndex(Path dir) {
    return DeclException.config(
        dir.toString(),
        "no index here yet; build it with 'decl index' in the corpus folder (or 'decl index"
            + " --lang TAG FILE...'), or give --index DIR");
  }

  /** The languages the index holds text in. */
  public List<String> languages() {
    if (languages == null) {
      languages = readLanguages();
    }
    return languages;
  }

  /**
   * The language tags of the clauses indexed, whole ({@code zh-Hant}, not {@code zh}): read from
   * the language field, not from the names of the text fields, which are per analyzer and may be
   * shared by several tags.
   */
  private List<String> readLanguages() {
    List<String> langs = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, ClauseDocuments.LANG);
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
          Term lang = new Term(ClauseDocuments.LANG, BytesRef.deepCopyOf(term));
          // not only in deleted documents; where a segment has none deleted, Lucene counts this
          // from the term's document frequency, without reading its postings
          if (searcher.count(new TermQuery(lang)) > 0) {
            langs.add(lang.text());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(langs);
  }

  /**
   * The languages held whose clauses {@code --lang} asks for: every tag a filter matches ({@code
   * zh} matches {@code zh-Hans} and {@code zh-Hant}), or all of them when none is given.
   *
   * @throws DeclException a usage error, listing the tags held, for a filter that matches none
   */
  public List<String> searchedLanguages(SearchRequest request) {
    return request.langs().isEmpty() ? languages() : matching("--lang", request.langs());
  }

  /**
   * The languages held whose clauses {@code --show} asks for beside each hit, as {@link
   * #searchedLanguages} matches them; every language held with {@code --show all}; none if not
   * asked.
   */
  public List<String> shownLanguages(SearchRequest request) {
    if (request.showAll()) {
      return languages();
    }
    return request.show().isEmpty() ? List.of() : matching("--show", request.show());
  }

  /**
   * The tags held in the filter's language, as a hint ({@code zh-TW}: did you mean zh-Hant?), since
   * a spelling distance between tags means nothing ({@code ja} is one letter from {@code jv}).
   */
  private static String sameLanguage(String filter, List<String> held) {
    String language = LanguageTags.language(filter);
    List<String> near = held.stream().filter(t -> LanguageTags.matches(language, t)).toList();
    return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
  }

  private List<String> matching(String option, List<String> filters) {
    List<String> held = languages();
    try {
      return LanguageTags.select(canonical(option, filters), held);
    } catch (LanguageTags.UnmatchedException e) {
      throw DeclException.usage(
          option
              + " "
              + e.filter()
              + ": not in the index"
              + sameLanguage(e.filter(), held)
              + "; it holds the languages "
              + String.join(", ", held));
    }
  }

  /** The works the index holds. */
  public List<String> works() {
    if (works == null) {
      works = readWorks();
    }
    return works;
  }

  private List<String> readWorks() {
    List<String> found = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, ClauseDocuments.WORK);
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
          found.add(term.utf8ToString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found);
  }

  /** The best hits of a search, and how many clauses match in all. */
  public record Results(List<Hit> hits, int total) {}

  /** The best hits, with their translations if asked; all of them if the limit is 0. */
  public List<Hit> search(SearchRequest request) {
    return find(request).hits();
  }

  /**
   * The best hits, with their translations if asked (all of them if the limit is 0), and the number
   * of clauses that match: both from one pass over the index.
   */
  public Results find(SearchRequest request) {
    try {
      // rewritten once, for the search and the highlighter: expanding a fuzzy word or a wildcard
      // over the terms of a large index is the dearest part of such a query
      Query query = query(request);
      int limit = request.limit() > 0 ? request.limit() : Math.max(1, searcher.count(query));
      // every match is counted while the best are collected, so the total needs no second query;
      // the score is the first sort key, so every hit carries it: no second pass to score them
      TopFieldDocs top =
          searcher.search(
              query, new TopFieldCollectorManager(ORDER, limit, null, Integer.MAX_VALUE, false));
      Highlighter highlighter = new Highlighter(searcher, query, analyzer);
      StoredFields stored = reader.storedFields();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc);
        String lang = doc.get(ClauseDocuments.LANG);
        String text = ClauseDocuments.text(doc);
        String work = doc.get(ClauseDocuments.WORK);
        String id = doc.get(ClauseDocuments.ID);
        int n = doc.getField(ClauseDocuments.N).numericValue().intValue();
        hits.add(
            new Hit(
                work,
                lang,
                n,
                id,
                doc.get(ClauseDocuments.KIND),
                doc.get(ClauseDocuments.ROLE),
                doc.get(ClauseDocuments.LABEL),
                text,
                (Float) ((FieldDoc) sd).fields[0],
                highlighter.highlight(sd.doc, text),
                translations(work, lang, n, doc, request, stored)));
      }
      return new Results(hits, Math.toIntExact(top.totalHits.value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many clauses match, per work and language. */
  public List<WorkCount> count(SearchRequest request) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    try {
      searcher.search(
          query(request),
          new SimpleCollector() {
            private SortedDocValues works;
            private SortedDocValues langs;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
              works = context.reader().getSortedDocValues(ClauseDocuments.WORK);
              langs = context.reader().getSortedDocValues(ClauseDocuments.LANG);
            }

            @Override
            public void collect(int doc) throws IOException {
              works.advanceExact(doc);
              langs.advanceExact(doc);
              String work = works.lookupOrd(works.ordValue()).utf8ToString();
              String lang = langs.lookupOrd(langs.ordValue()).utf8ToString();
              counts.computeIfAbsent(work, w -> new TreeMap<>()).merge(lang, 1, Integer::sum);
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<WorkCount> rows = new ArrayList<>();
    counts.forEach(
        (work, langs) -> langs.forEach((lang, n) -> rows.add(new WorkCount(work, lang, n))));
    return rows;
  }

  /** The total number of matching clauses. */
  public int total(SearchRequest request) {
    try {
      return searcher.count(query(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The request's query, rewritten for this index (wildcards and fuzzy words expanded). A query in
   * plain words that expands past Lucene's clause limit (as a long sentence does over many
   * languages: each word is searched in each language's field) is searched as a bag of words; any
   * other query past a limit is a usage error saying which.
   */
  private Query query(SearchRequest request) throws IOException {
    List<String> langs = searchedLanguages(request);
    List<String> fields = textFields(request, langs);
    SearchRequest searched = request.langs().isEmpty() ? request : request.withLangs(langs);
    try {
      try {
        return searcher.rewrite(UserQuery.build(searched, fields, analyzer));
      } catch (IndexSearcher.TooManyClauses e) { // also TooManyNestedClauses, when rewritten
        if (!UserQuery.isProse(request.query())) {
          throw UserQuery.tooManyClauses(request.query(), langs.size());
        }
        return searcher.rewrite(UserQuery.bagOfWords(searched, analyzer));
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw UserQuery.tooManyClauses(request.query(), langs.size());
    } catch (FuzzyTermsEnum.FuzzyTermsException | TooComplexToDeterminizeException e) {
      throw DeclException.usage(
          "bad query: a fuzzy word or pattern too complex to expand over the index (make it"
              + " shorter or more specific) in '"
              + UserQuery.shown(request.query())
              + "'");
    }
  }

  private List<String> textFields(SearchRequest request, List<String> langs) {
    shownLanguages(request); // an unknown one is an error before anything is searched
    known("--work", request.works(), works(), "works");
    List<String> kinds = new ArrayList<>(Clause.ROLES);
    kinds.add(0, Kind.CLAUSE.id());
    known("--kind", request.kinds(), kinds, "kinds");
    List<String> fields = new ArrayList<>();
    for (String lang : langs) {
      if (!fields.contains(Analyzers.field(lang))) { // zh-Hans and zh-Hant may share one
        fields.add(Analyzers.field(lang));
      }
    }
    return fields;
  }

  /** The versions of a work: the language of its original, and every language it has. */
  private record WorkVersions(String original, List<String> langs) {}

  private WorkVersions versionsOf(String work) throws IOException {
    WorkVersions known = versions.get(work);
    if (known != null) {
      return known;
    }
    Query query =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.VERSION)),
                BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(ClauseDocuments.WORK, work)), BooleanClause.Occur.FILTER)
            .build();
    StoredFields stored = reader.storedFields();
    String original = null;
    List<String> langs = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      Document version = stored.document(sd.doc);
      langs.add(version.get(ClauseDocuments.LANG));
      original = version.get(ClauseDocuments.ORIGINAL);
    }
    langs.sort(null);
    WorkVersions found = new WorkVersions(original, List.copyOf(langs));
    versions.put(work, found);
    return found;
  }

  /**
   * The clauses of the asked languages that the hit's alignment with its work's original links it
   * to: through the original when neither the hit's version nor the asked one is the original.
   * Every asked language other than the hit's is a key, null where that version has no counterpart
   * (or the work has no such version).
   */
  private Map<String, Hit.Translation> translations(
      String workId, String lang, int n, Document hit, SearchRequest request, StoredFields stored)
      throws IOException {
    Map<String, Hit.Translation> translations = new TreeMap<>();
    if (request.show().isEmpty() && !request.showAll()) {
      return translations;
    }
    WorkVersions versions = versionsOf(workId);
    List<String> wanted = request.showAll() ? versions.langs() : shownLanguages(request);
    List<Integer> inOriginal;
    double score;
    if (lang.equals(versions.original())) {
      inOriginal = List.of(n);
      score = 1;
    } else {
      Link link = ClauseDocuments.link(hit);
      inOriginal = link == null ? List.of() : link.original();
      score = link == null ? 0 : link.score();
    }
    for (String other : wanted) {
      if (other.equals(lang)) {
        continue;
      }
      translations.put(
          other,
          versions.langs().contains(other) && !inOriginal.isEmpty()
              ? counterpart(
                  workId, other, other.equals(versions.original()), inOriginal, score, stored)
              : null);
    }
    return translations;
  }

  /**
   * The clauses of one version that stand for these units of the original, or null if none does.
   *
   * @param isOriginal whether the version is the original (the units are its own)
   * @param score the score of the link that led to the original's units
   */
  private Hit.Translation counterpart(
      String work,
      String lang,
      boolean isOriginal,
      List<Integer> inOriginal,
      double score,
      StoredFields stored)
      throws IOException {
    BooleanQuery.Builder units = new BooleanQuery.Builder();
    for (int unit : inOriginal) {
      units.add(
          isOriginal
              ? NumericDocValuesField.newSlowExactQuery(ClauseDocuments.N, unit)
              : new TermQuery(new Term(ClauseDocuments.LINKED, String.valueOf(unit))),
          BooleanClause.Occur.SHOULD);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.CLAUSE)),
                BooleanClause.Occur.FILTER)
            .add(new TermQuery(ClauseDocuments.versionTerm(work, lang)), BooleanClause.Occur.FILTER)
            .add(units.build(), BooleanClause.Occur.FILTER)
            .build();
    List<Document> docs = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      docs.add(stored.document(sd.doc));
    }
    if (docs.isEmpty()) {
      return null;
    }
    docs.sort(
        Comparator.comparingInt(d -> d.getField(ClauseDocuments.N).numericValue().intValue()));
    StringBuilder text = new StringBuilder();
    for (Document doc : docs) {
      text.append(text.isEmpty() ? "" : " ").append(ClauseDocuments.text(doc));
      Link link = ClauseDocuments.link(doc);
      if (!isOriginal && link != null) {
        score = Math.min(score, link.score());
      }
    }
    Document first = docs.get(0);
    return new Hit.Translation(
        first.getField(ClauseDocuments.N).numericValue().intValue(),
        first.get(ClauseDocuments.ID),
        text.toString(),
        score);
  }

  /** A usage error for a value the index does not hold, with what it holds. */
  private static void known(String option, List<String> asked, List<String> held, String what) {
    for (String value : asked) {
      if (!held.contains(value)) {
        throw DeclException.usage(
            option
                + " "
                + value
                + ": not in the index"
                + Suggestions.didYouMean(value, held)
                + "; it holds the "
                + what
                + " "
                + String.join(", ", held));
      }
    }
  }

  private static List<String> canonical(String option, List<String> tags) {
    List<String> out = new ArrayList<>();
    for (String tag : tags) {
      try {
        out.add(LanguageTags.canonical(tag));
      } catch (IllegalArgumentException e) {
        throw DeclException.usage(option + ": " + e.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }
}
