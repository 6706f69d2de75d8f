package org.decl.index;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzer that gives each field of decl's index its own analysis, for writing and searching.
 */
public final class FieldAnalyzers {

  private FieldAnalyzers() {}

  public static Analyzer of(Analyzers analyzers) {
    return new FieldAnalyzer(analyzers);
  }
}
