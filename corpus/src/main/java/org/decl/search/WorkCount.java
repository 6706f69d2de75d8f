package org.decl.search;

/**
 * How many clauses of one work in one language match.
 *
 * @param work the work
 * @param lang the language
 * @param hits the matching clauses
 */
public record WorkCount(String work, String lang, int hits) {}
