package org.decl.clause;

/** How finely to split: into clauses, or further into their sentences. */
public enum Granularity {
  CLAUSE,
  SENTENCE
}
