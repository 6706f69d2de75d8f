package org.decl.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.decl.search.Hit;
import org.decl.search.WorkCount;

/** The formats of {@code decl search --format}, each with its writer of hits and of counts. */
enum SearchFormat {
  text,
  jsonl,
  json,
  tsv,
  kwic;

  /** Writes the hits of a search. */
  interface HitWriter {
    void write(Writer out, List<Hit> hits) throws IOException;
  }

  /** Writes the counts of {@code --count}. */
  interface CountWriter {
    void write(Writer out, List<WorkCount> counts) throws IOException;
  }

  HitWriter hits(SearchLayout layout) {
    return switch (this) {
      case text -> new SearchText(layout);
      case kwic -> new SearchKwic(layout);
      case jsonl -> SearchJson.hits(false, layout.shown());
      case json -> SearchJson.hits(true, layout.shown());
      case tsv -> new SearchTsv(layout);
    };
  }

  /** Counts are a table for people in text and kwic alike. */
  CountWriter counts(boolean header) {
    return switch (this) {
      case text, kwic -> SearchCountTable::write;
      case jsonl -> SearchJson.counts(false);
      case json -> SearchJson.counts(true);
      case tsv -> SearchTsv.counts(header);
    };
  }
}
