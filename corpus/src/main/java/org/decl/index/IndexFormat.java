package org.decl.index;

/**
 * The version of the index layout and of what goes into it. Changing the fields, the analyzers or
 * how documents are split into clauses changes it, and the next run builds the index anew.
 */
final class IndexFormat {

  static final String VERSION = "decl-index-5";

  /** The key of the version in each commit's user data. */
  static final String KEY = "decl";

  private IndexFormat() {}
}
