package org.decl.cli;

import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Segments;
import org.decl.clause.Splitter;
import org.decl.extract.Extractor;
import org.decl.extract.LanguageDetector;
import org.decl.extract.LanguageGuess;
import org.decl.extract.Source;

/**
 * Reads the versions decl align and decl diff compare: extracted and split, or, with {@code
 * --segmented}, one unit per line. Every version that cannot be read is reported, then the run
 * stops: an alignment needs them all.
 */
final class VersionReader {

  private VersionReader() {}

  static List<ClauseDocument> read(
      List<Source> sources, DocumentOptions documents, boolean segmented, Messages messages) {
    List<ClauseDocument> docs = new ArrayList<>();
    List<DeclException> failures = new ArrayList<>();
    if (segmented) {
      LanguageDetector detector = new LanguageDetector();
      for (Source source : sources) {
        try {
          docs.add(withLanguage(Segments.read(source), detector));
        } catch (DeclException e) {
          failures.add(e);
        }
      }
    } else {
      try (Extractor extractor = new Extractor(documents.extractOptions(true))) {
        Splitter splitter = new Splitter(extractor);
        for (Source source : sources) {
          try {
            ClauseDocument doc = splitter.split(source, Granularity.CLAUSE);
            doc.warnings().forEach(w -> messages.warning(source.name(), w));
            if (doc.units().isEmpty()) {
              throw DeclException.badInput(source.name(), "no clauses: the document has no text");
            }
            docs.add(doc);
          } catch (RuntimeException e) {
            failures.add(Batch.asDeclException(source.name(), e));
          }
        }
      }
    }
    return finish(docs, failures, messages);
  }

  /** A segmented text's language, detected when it was not given. */
  private static ClauseDocument withLanguage(ClauseDocument doc, LanguageDetector detector) {
    if (doc.lang() != null) {
      return doc;
    }
    StringBuilder text = new StringBuilder();
    for (Clause unit : doc.units()) {
      if (text.length() > 20_000) {
        break;
      }
      text.append(unit.text()).append('\n');
    }
    LanguageGuess guess = detector.detect(text);
    String lang = guess == LanguageGuess.UNKNOWN ? null : guess.tag();
    return new ClauseDocument(doc.path(), doc.mediaType(), lang, doc.units(), doc.warnings());
  }

  private static List<ClauseDocument> finish(
      List<ClauseDocument> docs, List<DeclException> failures, Messages messages) {
    if (failures.isEmpty()) {
      return docs;
    }
    for (int k = 0; k < failures.size() - 1; k++) {
      messages.error(failures.get(k));
    }
    throw failures.get(failures.size() - 1);
  }
}
