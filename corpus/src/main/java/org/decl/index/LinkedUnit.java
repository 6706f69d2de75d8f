package org.decl.index;

import org.decl.clause.Clause;

/**
 * A unit as the index stores it: the clause, with the id it is stored under, its own id (as its
 * version's split gave it), and its link to the original.
 *
 * @param clause the unit, with the id it is stored under
 * @param ownId the id its split gave it
 * @param link its link to the original, or null in the original itself
 */
record LinkedUnit(Clause clause, String ownId, Link link) {}
