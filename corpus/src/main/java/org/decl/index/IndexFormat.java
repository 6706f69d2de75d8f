package org.decl.index;

/**
 * The version of the index layout and of what goes into it. Changing the fields, the analyzers or
 * how documents are split into clauses changes it, and every version is indexed again.
 */
final class IndexFormat {

  static final String VERSION = "decl-index-3";

  private IndexFormat() {}
}
