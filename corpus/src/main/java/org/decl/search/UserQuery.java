package org.decl.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.index.Analyzers;
import org.decl.index.ClauseDocuments;

/**
 * The one place where user text becomes a Lucene query: Lucene's query syntax (terms, "phrases",
 * AND/OR/NOT, wildcards, fuzzy {@code ~}, proximity {@code "…"~N}), searched in each language's
 * analysed text; the field prefixes {@code exact:} (case- and accent-folded, not stemmed), {@code
 * text:}, {@code work:}, {@code lang:}, {@code id:}, {@code kind:}, {@code role:}, {@code label:};
 * and the filters of the request. Terms are required unless OR says otherwise. Wildcards, fuzzy
 * words and regular expressions match the folded words of the exact field, not stems. A quoted
 * phrase matches in the analysed text or, as written, in the exact field.
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

  private UserQuery() {}

  /**
   * Parses the query against the given text fields and adds the request's filters.
   *
   * @throws DeclException a usage error naming the column of a malformed query
   */
  static Query build(SearchRequest request, List<String> textFields, Analyzer analyzer) {
    Query parsed = parse(request.query(), textFields, analyzer);
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
    Parser parser = new Parser(textFields.toArray(String[]::new), analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(true);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw DeclException.usage("bad query: " + explain(e, text));
    }
  }

  /** One line: what was wrong, and where. */
  private static String explain(ParseException wrapper, String query) {
    Throwable e = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
    String message = e.getMessage() == null ? "cannot parse" : e.getMessage();
    if (message.startsWith("decl:")) {
      return message.substring(5) + " in '" + query + "'";
    }
    if (e instanceof ParseException parse
        && parse.currentToken != null
        && parse.currentToken.next != null) {
      Token next = parse.currentToken.next;
      boolean end = next.kind == 0;
      String what = end ? "end of the query" : "'" + next.image + "'";
      int column = end ? query.length() + 1 : next.beginColumn;
      return "unexpected "
          + what
          + " at column "
          + column
          + " of '"
          + query
          + "'"
          + (end ? " (a term, a closing quote or a bracket is missing)" : "");
    }
    return message.lines().findFirst().orElse(message).strip() + " in '" + query + "'";
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
      return super.getFuzzyQuery(multiTermField(field), term, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(multiTermField(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(multiTermField(field), termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return super.getRegexpQuery(multiTermField(field), termStr);
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
