package org.decl.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;
import org.decl.text.Printable;

/**
 * The one place where user text becomes a Lucene query: Lucene's query syntax (terms, "phrases",
 * AND/OR/NOT, wildcards, fuzzy {@code ~}, proximity {@code "…"~N}), searched in each language's
 * analysed text; the field prefixes {@code exact:} (case- and accent-folded, not stemmed), {@code
 * text:}, {@code work:}, {@code lang:}, {@code id:}, {@code kind:}, {@code role:}, {@code label:};
 * and the filters of the request. Terms are required unless OR says otherwise. Wildcards, fuzzy
 * words and regular expressions match the folded words of the exact field, not stems. A quoted
 * phrase matches in the analysed text or, as written, in the exact field.
 *
 * <p>Limits, each a "bad query" usage error saying what was too complex: parentheses nested more
 * than {@link #MAX_NESTING} deep (checked before parsing: the parser recurses once per level), a
 * regular expression or wildcard whose automaton is too large to build, a query that expands to
 * more clauses than Lucene's limit ({@link IndexSearcher#getMaxClauseCount()}). A query in plain
 * words (see {@link #isProse}) that is longer than {@link #PROSE_WORDS} words, or that would expand
 * past that limit, is searched as a bag of words instead (see {@link #bagOfWords}): a sentence or a
 * paragraph pasted in finds the clauses that share the most of its words.
 */
final class UserQuery {

  static final Set<String> KEYWORD_FIELDS =
      Set.of(
          ClauseDocuments.WORK,
          ClauseDocuments.LANG,
          ClauseDocuments.ID,
          ClauseDocuments.KIND,
          ClauseDocuments.ROLE,
          ClauseDocuments.LABEL);
  static final String FIELDS = "text, exact, work, lang, id, kind, role, label";

  /** How deep parentheses may nest; queries people write nest two or three levels. */
  static final int MAX_NESTING = 32;

  /** Beyond this many words, a query in plain words is a bag of words. */
  static final int PROSE_WORDS = 32;

  /** Clauses kept free for the filters around the user's query. */
  private static final int FILTER_CLAUSES = 16;

  private UserQuery() {}

  /**
   * Parses the query against the given text fields and adds the request's filters.
   *
   * @throws DeclException a usage error naming the column of a malformed query
   */
  static Query build(SearchRequest request, List<String> textFields, Analyzer analyzer) {
    if (isLongText(request.query())) {
      return bagOfWords(request, analyzer);
    }
    return withFilters(parse(request.query(), textFields, analyzer), request);
  }

  /**
   * The query as a bag of words: each distinct word of the exact field (case and accents folded,
   * every script), any of them matching, the clauses that share the most and the rarest of them
   * first (BM25). The words beyond Lucene's clause limit are left out.
   */
  static Query bagOfWords(SearchRequest request, Analyzer analyzer) {
    int room = IndexSearcher.getMaxClauseCount() - FILTER_CLAUSES;
    LinkedHashSet<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(ClauseDocuments.EXACT, request.query())) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && words.size() < room) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    if (words.isEmpty()) {
      throw DeclException.usage("bad query: no word to search in '" + shown(request.query()) + "'");
    }
    BooleanQuery.Builder bag = new BooleanQuery.Builder();
    for (String word : words) {
      bag.add(new TermQuery(new Term(ClauseDocuments.EXACT, word)), BooleanClause.Occur.SHOULD);
    }
    return withFilters(bag.build(), request);
  }

  /**
   * True if the query is plain words, as a sentence or paragraph pasted in is: no operator ({@code
   * AND}, {@code OR}, {@code NOT}, {@code &&}, {@code ||}, a leading {@code +} or {@code -}) and no
   * field of decl's ({@code lang:fr}). Punctuation, brackets, quotes and question marks are part of
   * prose and do not count.
   */
  static boolean isProse(String text) {
    return text != null && !usesOperators(text) && !namesAField(text);
  }

  /**
   * True if the query is searched as a bag of words whatever it holds: longer than {@link
   * #PROSE_WORDS} words and naming no field. Pasted text has headings in capitals (AND, OR), URLs
   * ({@code https:}) and brackets that the query syntax would misread.
   */
  static boolean isLongText(String text) {
    return text != null && words(text) > PROSE_WORDS && !namesAField(text);
  }

  private static boolean usesOperators(String text) {
    for (String token : text.strip().split("\\s+")) {
      if (token.equals("AND") || token.equals("OR") || token.equals("NOT")) {
        return true;
      }
      if (token.equals("&&") || token.equals("||")) {
        return true;
      }
      if (token.length() > 1
          && (token.charAt(0) == '+' || token.charAt(0) == '-')
          && Character.isLetterOrDigit(token.codePointAt(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesAField(String text) {
    for (String token : text.strip().split("\\s+")) {
      int colon = token.indexOf(':');
      if (colon > 0) {
        String field =
            token.substring(0, colon).replaceAll("^[-+(\"']+", "").toLowerCase(Locale.ROOT);
        if (field.equals("text")
            || field.equals(ClauseDocuments.EXACT)
            || field.startsWith(Analyzers.TEXT_PREFIX)
            || KEYWORD_FIELDS.contains(field)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** The usage error for a query that expands past Lucene's clause limit. */
  static DeclException tooManyClauses(String query, int languages) {
    return DeclException.usage(
        "bad query: too many clauses: it expands to more than "
            + IndexSearcher.getMaxClauseCount()
            + " terms over the "
            + languages
            + " languages searched (use fewer words, fewer wildcards or --lang) in '"
            + shown(query)
            + "'");
  }

  /** The query as echoed in a message: escaped, and cut if very long. */
  static String shown(String query) {
    int max = 200;
    String cut =
        query.length() <= max
            ? query
            : query.substring(0, max) + "… (" + query.length() + " characters)";
    return Printable.of(cut);
  }

  private static Query withFilters(Query parsed, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(parsed, BooleanClause.Occur.MUST);
    if (!clausesOnly(parsed)) {
      query.add(
          new TermQuery(new Term(ClauseDocuments.TYPE, ClauseDocuments.CLAUSE)),
          BooleanClause.Occur.FILTER);
    }
    filter(query, ClauseDocuments.LANG, request.langs());
    filter(query, ClauseDocuments.WORK, request.works());
    if (!request.kinds().isEmpty()) {
      BooleanQuery.Builder kinds = new BooleanQuery.Builder();
      for (String kind : request.kinds()) {
        kinds.add(new TermQuery(new Term(ClauseDocuments.KIND, kind)), BooleanClause.Occur.SHOULD);
        kinds.add(new TermQuery(new Term(ClauseDocuments.ROLE, kind)), BooleanClause.Occur.SHOULD);
      }
      query.add(kinds.build(), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /**
   * True if the query can only match clauses: every term it requires is in a field only clauses
   * have (text, exact, id, kind, role, label), as version and link documents share only work and
   * lang. Then the filter on the document type is left out: it matches nearly every document of the
   * index, and intersecting with it cost a fifth of a query's time at a million clauses.
   */
  static boolean clausesOnly(Query parsed) {
    boolean[] clauseField = {false};
    boolean[] otherField = {false};
    parsed.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              see(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            see(field);
          }

          @Override
          public void visitLeaf(Query query) {
            otherField[0] = true; // a query without terms, such as *:*
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }

          private void see(String field) {
            boolean onlyClauses =
                field.startsWith(Analyzers.TEXT_PREFIX) || CLAUSE_FIELDS.contains(field);
            clauseField[0] |= onlyClauses;
            otherField[0] |= !onlyClauses;
          }
        });
    return clauseField[0] && !otherField[0];
  }

  /** The fields only clause documents have, besides the text fields. */
  private static final Set<String> CLAUSE_FIELDS =
      Set.of(
          ClauseDocuments.EXACT,
          ClauseDocuments.ID,
          ClauseDocuments.KIND,
          ClauseDocuments.ROLE,
          ClauseDocuments.LABEL);

  static Query parse(String text, List<String> textFields, Analyzer analyzer) {
    if (text == null || text.isBlank()) {
      throw DeclException.usage("the query is empty");
    }
    if (textFields.isEmpty()) {
      throw DeclException.usage("the index holds no clauses yet; run decl index first");
    }
    checkNesting(text);
    Parser parser = new Parser(textFields.toArray(String[]::new), analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(true);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
        throw tooMany; // the searcher decides: a bag of words, or an error naming the languages
      }
      throw DeclException.usage("bad query: " + explain(e, text));
    }
  }

  /**
   * Refuses parentheses nested deeper than {@link #MAX_NESTING} before the parser sees them: it
   * recurses once per level and a few thousand levels overflow its stack. Brackets inside quotes
   * and escaped ones do not count.
   */
  private static void checkNesting(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw DeclException.usage(
            "bad query: parentheses nested more than "
                + MAX_NESTING
                + " levels deep (at column "
                + (i + 1)
                + ") in '"
                + shown(text)
                + "'");
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
  }

  /** One line: what was wrong, and where. */
  private static String explain(ParseException wrapper, String query) {
    Throwable e = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
    String message = e.getMessage() == null ? "cannot parse" : e.getMessage();
    if (message.startsWith("decl:")) {
      return message.substring(5) + " in '" + shown(query) + "'";
    }
    if (e instanceof ParseException parse
        && parse.currentToken != null
        && parse.currentToken.next != null) {
      Token next = parse.currentToken.next;
      boolean end = next.kind == 0;
      String what = end ? "end of the query" : "'" + next.image + "'";
      // the parser counts columns from 0; people, editors and the other messages from 1
      int column = end ? query.length() + 1 : next.beginColumn + 1;
      return "unexpected "
          + what
          + " at column "
          + column
          + " of '"
          + shown(query)
          + "'"
          + (end ? " (a term, a closing quote or a bracket is missing)" : "");
    }
    if (e instanceof org.apache.lucene.queryparser.classic.TokenMgrError) {
      // the lexer's own wording names its states ("Encountered: <EOF> after prefix")
      int open = unclosed(query, '"');
      String what = "quote";
      if (open < 0) {
        open = unclosed(query, '/');
        what = "regular expression (/)";
      }
      if (open >= 0) {
        return "unclosed " + what + " at column " + (open + 1) + " of '" + shown(query) + "'";
      }
      return "cannot read the query (a quote, a / or a bracket is not closed) in '"
          + shown(query)
          + "'";
    }
    return message.lines().findFirst().orElse(message).strip() + " in '" + shown(query) + "'";
  }

  /** Where a quote or a slash opens that nothing closes, backslash escapes skipped; -1 if none. */
  private static int unclosed(String query, char mark) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == mark) {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  private static void filter(BooleanQuery.Builder query, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<BytesRef> terms = new ArrayList<>();
    for (String v : values) {
      terms.add(new BytesRef(field.equals(ClauseDocuments.LANG) ? LanguageTags.canonical(v) : v));
    }
    query.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
  }

  /** Maps decl's field names onto the index: {@code text:} is every text field searched. */
  private static final class Parser extends MultiFieldQueryParser {

    Parser(String[] fields, Analyzer analyzer) {
      super(fields, analyzer);
    }

    private String field(String field) throws ParseException {
      if (field == null || field.equals("text")) {
        return null;
      }
      if (field.startsWith(Analyzers.TEXT_PREFIX)) {
        return field; // one language's text, as MultiFieldQueryParser expands a term
      }
      String lower = field.toLowerCase(Locale.ROOT);
      if (lower.equals(ClauseDocuments.EXACT) || KEYWORD_FIELDS.contains(lower)) {
        return lower;
      }
      throw new ParseException("decl:unknown field '" + field + "' (fields are " + FIELDS + ")");
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      String f = field(field);
      if (f != null && f.equals(ClauseDocuments.LANG)) {
        return languageQuery(canonical(text));
      }
      if (f != null && KEYWORD_FIELDS.contains(f)) {
        return new TermQuery(new Term(f, text));
      }
      return super.getFieldQuery(f, text, quoted);
    }

    /**
     * A quoted phrase. In the text fields (no field named, or {@code text:}) it is searched twice,
     * either sufficing: in each language's analysed text, where it finds inflected forms, and in
     * the exact field, where it finds the words as written. An analyzer may cut a phrase taken out
     * of its clause otherwise than the clause (Japanese, Korean and Chinese dictionaries segment by
     * context; Korean and Japanese analyzers drop particles, others stop words), and then its
     * positions no longer line up with the clause's and the analysed phrase cannot match; the exact
     * field's words (ideographs and kana one by one) are the same in and out of context. A clause
     * that matches both scores both, so the clause with the very words comes first.
     */
    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      String f = field(field);
      Query analysed = super.getFieldQuery(f, text, slop);
      if (f != null) {
        return analysed;
      }
      Query exact = super.getFieldQuery(ClauseDocuments.EXACT, text, slop);
      if (analysed == null || exact == null) {
        return analysed == null ? exact : analysed;
      }
      return new BooleanQuery.Builder()
          .add(analysed, BooleanClause.Occur.SHOULD)
          .add(exact, BooleanClause.Occur.SHOULD)
          .build();
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float minSimilarity)
        throws ParseException {
      String f = multiTermField(field);
      try {
        return super.getFuzzyQuery(f, term, minSimilarity);
      } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
        throw tooComplex("fuzzy word", term + "~");
      }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(multiTermField(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      String f = multiTermField(field);
      try {
        return super.getWildcardQuery(f, termStr);
      } catch (TooComplexToDeterminizeException e) {
        throw tooComplex("wildcard", termStr);
      }
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String f = multiTermField(field);
      try {
        return super.getRegexpQuery(f, termStr);
      } catch (TooComplexToDeterminizeException e) {
        throw tooComplex("regular expression", "/" + termStr + "/");
      } catch (IllegalArgumentException e) {
        // RegExp's own message says what it expected where ("expected ')' at position 5")
        String why = e.getMessage() == null ? "malformed" : e.getMessage();
        throw new ParseException(
            "decl:malformed regular expression /" + termStr + "/ (" + why + ")");
      }
    }

    /**
     * Lucene gives up building the automaton of a pattern past a fixed amount of work (Operations
     * .DEFAULT_DETERMINIZE_WORK_LIMIT); {@code [a-z]{1,100}{1,100}} or {@code ?*} five hundred
     * times get there.
     */
    private static ParseException tooComplex(String what, String pattern) {
      return new ParseException(
          "decl:"
              + what
              + " too complex to search: "
              + (pattern.length() > 60 ? pattern.substring(0, 60) + "…" : pattern)
              + " (its automaton would be too large; make it simpler or more specific)");
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return super.getRangeQuery(field(field), part1, part2, startInclusive, endInclusive);
    }

    /**
     * Wildcards, fuzzy words and patterns are matched against words as written (case and accents
     * folded), not against stems: transparen* must find transparency, whose English stem is
     * transpar. The language filter still applies.
     */
    private String multiTermField(String field) throws ParseException {
      String f = field(field);
      return f == null || f.startsWith(Analyzers.TEXT_PREFIX) ? ClauseDocuments.EXACT : f;
    }

    /**
     * {@code lang:zh} as {@code --lang zh} matches: the tag and every tag that extends it ({@code
     * zh-Hant}, {@code zh-Hant-TW}). Tags are indexed canonical, so a prefix of the canonical
     * filter and a dash finds the extensions (LanguageTags.matches).
     */
    private static Query languageQuery(String tag) {
      return new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ClauseDocuments.LANG, tag)), BooleanClause.Occur.SHOULD)
          .add(
              new PrefixQuery(new Term(ClauseDocuments.LANG, tag + "-")),
              BooleanClause.Occur.SHOULD)
          .build();
    }

    private static String canonical(String lang) throws ParseException {
      try {
        return LanguageTags.canonical(lang);
      } catch (IllegalArgumentException e) {
        throw new ParseException("decl:" + e.getMessage());
      }
    }
  }
}
