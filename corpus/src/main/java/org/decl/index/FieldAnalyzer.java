package org.decl.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Analyses each field with its own analyzer: each language's text field with its language's. */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

  private final Analyzers analyzers;

  FieldAnalyzer(Analyzers analyzers) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzers = analyzers;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzers.forField(fieldName);
  }
}
