package org.decl.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.manifest.Manifest;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * The corpus-wide check: a clause of an original whose text recurs in the original of another work,
 * in the same language, should be translated the same way into each language both works have.
 * Clauses are paired with their translation by id. Works outside the run (under {@code
 * --changed-since}) take part through their cached text, so a changed work is compared with the
 * whole corpus; findings are reported on the works checked only.
 */
final class Consistency {

  /** Shorter source clauses (a date, "Article 1") may well be translated in several ways. */
  private static final int MIN_CHARS = 20;

  private static final String END_CHARS = " .;:,!?。．；：،";

  /** The first translation seen of a source text into a language. */
  private record Seen(String work, String clause, String text) {}

  private Consistency() {}

  static void check(
      Manifest manifest,
      List<Work> checked,
      Map<String, VersionText> texts,
      VersionCache cache,
      CorpusChecker.Findings findings) {
    Map<String, Seen> first = new HashMap<>();
    // works outside the run first, so that the works checked are judged against them
    java.util.Set<String> ids = new java.util.HashSet<>();
    checked.forEach(w -> ids.add(w.id()));
    for (Work work : manifest.works()) {
      if (!ids.contains(work.id())) {
        visit(work, v -> cache.any(CorpusChecker.Target.key(work, v)), first, null);
      }
    }
    for (Work work : checked) {
      visit(
          work,
          v -> Optional.ofNullable(texts.get(CorpusChecker.Target.key(work, v))),
          first,
          findings);
    }
  }

  private static void visit(
      Work work,
      java.util.function.Function<Version, Optional<VersionText>> text,
      Map<String, Seen> first,
      CorpusChecker.Findings findings) {
    Version original = work.originalVersion();
    Optional<VersionText> source = text.apply(original).filter(VersionText::readable);
    if (source.isEmpty()) {
      return;
    }
    long clauses = source.get().units().stream().filter(u -> u.kind() == Kind.CLAUSE).count();
    Map<String, Clause> sourceById = new HashMap<>();
    for (Clause c : source.get().units()) {
      if (c.kind() == Kind.CLAUSE && c.text().length() >= MIN_CHARS) {
        sourceById.put(c.id(), c);
      }
    }
    for (Version v : work.versions()) {
      if (v == original) {
        continue;
      }
      // ids pair clauses only where the structure matches; clause-count reports the others
      Optional<VersionText> target =
          text.apply(v)
              .filter(VersionText::readable)
              .filter(
                  t -> t.units().stream().filter(u -> u.kind() == Kind.CLAUSE).count() == clauses);
      if (target.isEmpty()) {
        continue;
      }
      for (Clause c : target.get().units()) {
        Clause s = sourceById.get(c.id());
        if (c.kind() != Kind.CLAUSE || s == null) {
          continue;
        }
        String key = original.lang() + "\u0000" + v.lang() + "\u0000" + normal(s.text());
        Seen seen = new Seen(work.id(), c.id(), normal(c.text()));
        Seen earlier = first.putIfAbsent(key, seen);
        if (findings != null && earlier != null && !earlier.text().equals(seen.text())) {
          findings.add(
              Rules.INCONSISTENT_TRANSLATION,
              work.id(),
              v.lang(),
              v.file().toString(),
              CorpusChecker.line(c),
              c.id(),
              "translated differently from "
                  + earlier.work()
                  + " "
                  + earlier.clause()
                  + ", whose "
                  + original.lang()
                  + " text is the same");
        }
      }
    }
  }

  /**
   * Case folded, without end punctuation. Clause texts are already NFC on one line with single
   * spaces (see {@link Clause#text()}), so nothing more is needed, and this runs on every clause.
   */
  static String normal(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    int end = s.length();
    while (end > 0 && END_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}
