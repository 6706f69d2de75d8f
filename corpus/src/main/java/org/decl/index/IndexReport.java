package org.decl.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;

/**
 * What one run of the indexer did.
 *
 * @param added versions indexed for the first time ({@code work/lang})
 * @param updated versions whose file changed, indexed again
 * @param unchanged versions whose file had not changed, left as they were
 * @param removed versions no longer in the manifest, taken out
 * @param realigned unchanged versions aligned again, as their work's original changed
 * @param clauses the units written in this run
 * @param failures the versions that could not be read; the index keeps what it had of them
 * @param unlinked versions indexed without links, as their alignment with the original failed, with
 *     the reason
 * @param fallbacks languages indexed without a Lucene analyzer of their own, with the reason
 * @param took how long the run took
 */
public record IndexReport(
    List<String> added,
    List<String> updated,
    List<String> unchanged,
    List<String> removed,
    List<String> realigned,
    int clauses,
    List<DeclException> failures,
    Map<String, String> unlinked,
    Map<String, String> fallbacks,
    Duration took) {}
