package org.decl.clause;

import java.util.ArrayList;
import java.util.List;
import org.decl.extract.ExtractedDocument;
import org.decl.extract.Extractor;
import org.decl.extract.Source;

/**
 * The split stage: a document's paragraphs to its numbered clauses, with the same ids in every
 * language version of the same structure. See {@link Outline} for the id scheme.
 */
public final class Splitter {

  private final Extractor extractor;

  /** A splitter reading documents with the given extractor. */
  public Splitter(Extractor extractor) {
    this.extractor = extractor;
  }

  /** Extracts a document and splits it. */
  public ClauseDocument split(Source source, Granularity granularity) {
    return split(extractor.extract(source), granularity);
  }

  /** Splits an extracted document. */
  public static ClauseDocument split(ExtractedDocument doc, Granularity granularity) {
    List<Clause> units = Outline.of(doc.paragraphs(), doc.lang());
    if (granularity == Granularity.SENTENCE) {
      units = sentences(units, new Sentences(doc.lang()));
    }
    return new ClauseDocument(doc.path(), doc.mediaType(), doc.lang(), units, doc.warnings());
  }

  /** A split document with each clause cut into its sentences, as {@code --unit sentence} does. */
  public static ClauseDocument sentences(ClauseDocument clauses) {
    return new ClauseDocument(
        clauses.path(),
        clauses.mediaType(),
        clauses.lang(),
        sentences(clauses.units(), new Sentences(clauses.lang())),
        clauses.warnings());
  }

  /** Each clause cut into its sentences, ids extended (2.7 → 2.7.1, 2.7.2); headings kept whole. */
  private static List<Clause> sentences(List<Clause> units, Sentences sentences) {
    List<Clause> out = new ArrayList<>();
    for (Clause u : units) {
      if (u.kind() == Kind.HEADING) {
        out.add(renumbered(u, out.size() + 1));
        continue;
      }
      int k = 0;
      for (int[] s : sentences.of(u.text())) {
        k++;
        Span span =
            new Span(
                u.span().paragraph(),
                u.span().page(),
                u.span().line(),
                u.span().start() + s[0],
                u.span().start() + s[1],
                u.span().ocr());
        out.add(
            new Clause(
                out.size() + 1,
                u.id() + "." + k,
                Kind.CLAUSE,
                u.role(),
                k == 1 ? u.label() : null,
                u.text().substring(s[0], s[1]),
                span));
      }
    }
    return out;
  }

  private static Clause renumbered(Clause u, int n) {
    return new Clause(n, u.id(), u.kind(), u.role(), u.label(), u.text(), u.span());
  }
}
