package org.decl.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks the words of a clause that made it match: the text is analysed as it was indexed, once for
 * its language field and once for the exact field, and every token the query's terms (after
 * wildcards and fuzzy terms are expanded) or patterns name is marked.
 */
final class Highlighter {

  private final Map<String, Set<String>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();

  /** Collects the terms of an already rewritten query. */
  Highlighter(Query rewritten) {
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
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT
                ? EMPTY_VISITOR
                : this;
          }
        });
  }

  /** The text with matches between {@link Hit#START} and {@link Hit#END}. */
  String highlight(String text, Map<String, Analyzer> fields) {
    boolean[] marked = new boolean[text.length()];
    boolean any = false;
    for (Map.Entry<String, Analyzer> field : fields.entrySet()) {
      any |= mark(text, field.getKey(), field.getValue(), marked);
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      boolean on = marked[i];
      boolean before = i > 0 && marked[i - 1];
      boolean spaceJoin =
          !on && before && i + 1 < text.length() && marked[i + 1] && text.charAt(i) == ' ';
      if (spaceJoin) {
        marked[i] = true; // "freedom of expression": one mark over the phrase's gaps
        on = true;
      }
      if (on && !before) {
        out.append(Hit.START);
      } else if (!on && before) {
        out.append(Hit.END);
      }
      out.append(text.charAt(i));
    }
    if (marked[text.length() - 1]) {
      out.append(Hit.END);
    }
    return out.toString();
  }

  private boolean mark(String text, String field, Analyzer analyzer, boolean[] marked) {
    Set<String> wanted = terms.getOrDefault(field, Set.of());
    List<ByteRunAutomaton> matching = patterns.getOrDefault(field, List.of());
    if (wanted.isEmpty() && matching.isEmpty()) {
      return false;
    }
    boolean any = false;
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String t = term.toString();
        boolean hit = wanted.contains(t);
        if (!hit && !matching.isEmpty()) {
          BytesRef bytes = new BytesRef(t);
          for (ByteRunAutomaton a : matching) {
            if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
              hit = true;
              break;
            }
          }
        }
        if (hit) {
          any = true;
          for (int i = offset.startOffset(); i < Math.min(offset.endOffset(), marked.length); i++) {
            marked[i] = true;
          }
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return any;
  }
}
