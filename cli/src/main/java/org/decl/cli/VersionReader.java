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
 * --segmented}, one unit per line, several at once. Every version that cannot be read is reported;
 * then the command stops, since an alignment needs them all.
 */
final class VersionReader {

  private VersionReader() {}

  /**
   * The versions, in the order given, or null when one could not be read (each failure is reported
   * on standard error, naming its file).
   */
  static List<ClauseDocument> read(
      List<Source> sources,
      DocumentOptions documents,
      boolean segmented,
      Context context,
      Messages messages) {
    List<ClauseDocument> docs = new ArrayList<>();
    int failures;
    if (segmented) {
      LanguageDetector detector = new LanguageDetector();
      failures =
          Batch.run(
              sources,
              documents.jobs(),
              Source::name,
              source -> withLanguage(Segments.read(source), detector),
              (source, doc) -> docs.add(doc),
              messages,
              Progress.hidden());
    } else {
      try (Extractor extractor = new Extractor(documents.extractOptions(true));
          Progress progress =
              Progress.start("Reading", sources.size(), "files", context, messages)) {
        Splitter splitter = new Splitter(extractor);
        failures =
            Batch.run(
                sources,
                documents.jobs(),
                Source::name,
                source -> clauses(splitter, source),
                (source, doc) -> {
                  doc.warnings().forEach(w -> messages.warning(source.name(), w));
                  docs.add(doc);
                },
                messages,
                progress);
      }
    }
    return failures == 0 ? docs : null;
  }

  private static ClauseDocument clauses(Splitter splitter, Source source) {
    ClauseDocument doc = splitter.split(source, Granularity.CLAUSE);
    if (doc.units().isEmpty()) {
      throw DeclException.badInput(source.name(), "no clauses: the document has no text");
    }
    return doc;
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
}
