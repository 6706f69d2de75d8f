package org.decl.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.matchhighlight.MatchRegionRetriever;
import org.apache.lucene.search.matchhighlight.OffsetRange;
import org.apache.lucene.search.matchhighlight.OffsetsRetrievalStrategy;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;

/**
 * Marks what made a clause match, as Lucene's own matching says: the match positions of each field
 * ({@code Weight.matches}, through {@link MatchRegionRetriever}), turned into offsets of the stored
 * text by analysing it again as it was indexed. The index stores neither offsets nor term vectors,
 * so it needs no change, and the analysis is of one clause, as the old highlighter's was.
 *
 * <p>What a match marks:
 *
 * <ul>
 *   <li>an exact phrase, whole, from its first word to its last (a stop word or a comma between
 *       them included): only that occurrence, not its words elsewhere in the clause;
 *   <li>a term, or an expansion of a wildcard or fuzzy word: that word, wherever it matched;
 *   <li>a proximity phrase ({@code "…"~N}): the words it names at the matched positions, those side
 *       by side as one mark; the words between them that it does not name stay unmarked;
 *   <li>nothing for a clause under {@code NOT} (Lucene leaves prohibited clauses out of a match),
 *       nor for a keyword field ({@code role:recital}): the text does not hold it.
 * </ul>
 *
 * Marks that touch or overlap (a phrase found both in the analysed and the exact field, the
 * characters of a Chinese word), or that only a space parts, become one; a mark never cuts a
 * combining mark off its base, nor a surrogate pair in two.
 */
final class Highlighter {

  private final List<LeafReaderContext> leaves;
  private final Analyzer analyzer;
  private final MatchRegionRetriever retriever;

  /** The terms and term patterns the query names, by field, those under NOT left out. */
  private final Map<String, Set<String>> terms = new HashMap<>();

  private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();

  /**
   * @param rewritten the query as searched, rewritten against this searcher
   * @param analyzer the per-field analyzer the index was written with
   */
  Highlighter(IndexSearcher searcher, Query rewritten, Analyzer analyzer) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.analyzer = analyzer;
    collectTerms(rewritten);
    this.retriever =
        new MatchRegionRetriever(
            searcher,
            rewritten,
            field -> isText(field) ? new Positions(field) : (matches, doc) -> List.of());
  }

  /** Whether a field holds the clause's text, analysed (a language's field, or the exact one). */
  private static boolean isText(String field) {
    return field.startsWith(Analyzers.TEXT_PREFIX) || field.equals(ClauseDocuments.EXACT);
  }

  private void collectTerms(Query rewritten) {
    rewritten.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... found) {
            for (Term t : found) {
              terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
  }

  /**
   * The text of a hit with each match between {@link Hit#START} and {@link Hit#END}; the text
   * itself if nothing in it matched.
   *
   * @param doc the hit's document id in the searcher's reader
   * @param text the clause's stored text, which every text field of the clause was made from
   */
  String highlight(int doc, String text) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Map<String, List<OffsetRange>> found = new TreeMap<>();
    retriever.highlightDocument(
        leaf, doc - leaf.docBase, field -> List.of(text), Highlighter::isText, found);
    List<OffsetRange> ranges = new ArrayList<>();
    for (List<OffsetRange> inField : found.values()) {
      for (OffsetRange r : inField) {
        ranges.add(whole(text, r));
      }
    }
    return ranges.isEmpty() ? text : marked(text, ranges);
  }

  /**
   * The range widened to whole characters: a combining mark (a Devanagari vowel sign, an accent
   * given apart) stays with its base, a surrogate pair (an emoji, an ideograph beyond the BMP)
   * stays whole. Analyzers' offsets are on such boundaries; this holds if a filter's are not.
   */
  static OffsetRange whole(String text, OffsetRange r) {
    int from = Math.max(0, Math.min(r.from, text.length()));
    int to = Math.max(from, Math.min(r.to, text.length()));
    while (from > 0 && continues(text, from)) {
      from--;
    }
    while (to < text.length() && continues(text, to)) {
      to++;
    }
    return from == r.from && to == r.to ? r : new OffsetRange(from, to);
  }

  /** Whether the character at i belongs with the one before it. */
  private static boolean continues(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLowSurrogate(c)) {
      return Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(text.codePointAt(i));
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The text with the ranges marked, those that overlap or touch as one, and those one space apart
   * as one too: two words of a query found side by side ({@code liberté d’expression} unquoted)
   * read as one mark, as they always have.
   */
  private static String marked(String text, List<OffsetRange> ranges) {
    ranges.sort((a, b) -> a.from != b.from ? Integer.compare(a.from, b.from) : b.to - a.to);
    StringBuilder out = new StringBuilder(text.length() + 4 * ranges.size());
    int at = 0;
    int i = 0;
    while (i < ranges.size()) {
      int from = ranges.get(i).from;
      int to = ranges.get(i).to;
      for (i++; i < ranges.size() && joins(text, to, ranges.get(i).from); i++) {
        to = Math.max(to, ranges.get(i).to);
      }
      if (to > from) {
        out.append(text, at, from).append(Hit.START).append(text, from, to).append(Hit.END);
        at = to;
      }
    }
    return out.append(text, at, text.length()).toString();
  }

  /** Whether a mark that starts at {@code from} continues the one that ends at {@code to}. */
  private static boolean joins(String text, int to, int from) {
    return from <= to
        || from == to + 1 && Character.getType(text.charAt(to)) == Character.SPACE_SEPARATOR;
  }

  /** Whether a match is an exact phrase, whose words and what lies between them are one. */
  private static boolean exact(Query query) {
    return query instanceof PhraseQuery phrase && phrase.getSlop() == 0
        || query instanceof MultiPhraseQuery multi && multi.getSlop() == 0;
  }

  /** A token of the text: its position, and where it stands in the text. */
  private record Token(int position, OffsetRange range) {}

  /**
   * One match of a field, its positions, and the tokens found there: those whose term the query
   * names, and the others. A match none of whose tokens the query names (one whose terms no visitor
   * sees) marks its tokens as they are.
   */
  private static final class Match {
    final int start;
    final int end;
    final boolean whole;
    final List<Token> named = new ArrayList<>();
    final List<Token> others = new ArrayList<>();

    Match(int start, int end, boolean whole) {
      this.start = start;
      this.end = end;
      this.whole = whole;
    }

    boolean covers(int position) {
      return position >= start && position <= end;
    }

    /**
     * Adds the match's marks: an exact phrase from its first named token to its last; otherwise
     * each run of named tokens at consecutive positions, so that a proximity match whose words
     * stand side by side is one mark, as the exact phrase would be, and words between them that it
     * does not name are left out.
     */
    void addTo(List<OffsetRange> ranges) {
      List<Token> tokens = named.isEmpty() ? others : named;
      int from = -1;
      int to = -1;
      int last = Integer.MIN_VALUE;
      for (Token t : tokens) {
        if (from >= 0 && !whole && t.position() > last + 1) {
          ranges.add(new OffsetRange(from, to));
          from = -1;
        }
        from = from < 0 ? t.range().from : Math.min(from, t.range().from);
        to = Math.max(to, t.range().to);
        last = t.position();
      }
      if (from >= 0) {
        ranges.add(new OffsetRange(from, to));
      }
    }
  }

  /**
   * The offsets of a text field's matches: its positions, mapped to offsets by analysing the text
   * with the field's analyzer, which gives the positions the index holds.
   */
  private final class Positions implements OffsetsRetrievalStrategy {
    private final String field;
    private final Set<String> named;
    private final List<ByteRunAutomaton> matching;

    Positions(String field) {
      this.field = field;
      this.named = terms.getOrDefault(field, Set.of());
      this.matching = patterns.getOrDefault(field, List.of());
    }

    @Override
    public List<OffsetRange> get(
        MatchesIterator matches, MatchRegionRetriever.FieldValueProvider doc) throws IOException {
      List<Match> found = new ArrayList<>();
      while (matches.next()) {
        found.add(
            new Match(matches.startPosition(), matches.endPosition(), exact(matches.getQuery())));
      }
      List<CharSequence> values = doc.getValues(field);
      if (found.isEmpty() || values.isEmpty()) {
        return List.of();
      }
      tokens(values.get(0).toString(), found);
      List<OffsetRange> ranges = new ArrayList<>();
      for (Match m : found) {
        m.addTo(ranges);
      }
      return ranges;
    }

    /** Analyses the text as it was indexed, giving each match the tokens at its positions. */
    private void tokens(String text, List<Match> found) throws IOException {
      try (TokenStream tokens = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment =
            tokens.addAttribute(PositionIncrementAttribute.class);
        tokens.reset();
        int position = -1;
        while (tokens.incrementToken()) {
          position += increment.getPositionIncrement();
          Token token = null; // made once per token, and only if a match is there
          boolean names = false;
          for (Match m : found) {
            if (m.covers(position)) {
              if (token == null) {
                token =
                    new Token(position, new OffsetRange(offset.startOffset(), offset.endOffset()));
                names = names(term);
              }
              (names ? m.named : m.others).add(token);
            }
          }
        }
        tokens.end();
      }
    }

    /** Whether the query names this token's term in this field. */
    private boolean names(CharTermAttribute term) {
      if (named.contains(term.toString())) {
        return true;
      }
      if (matching.isEmpty()) {
        return false;
      }
      BytesRef bytes = new BytesRef(term);
      for (ByteRunAutomaton a : matching) {
        if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
          return true;
        }
      }
      return false;
    }
  }
}
