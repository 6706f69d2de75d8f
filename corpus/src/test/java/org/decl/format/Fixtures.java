package org.decl.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.Level;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Kind;
import org.decl.clause.Span;
import org.decl.clause.Splitter;
import org.decl.diff.Finding;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.testkit.Texts;

/** Alignments for the format tests: small hand-made ones, and our sample declaration in scripts. */
final class Fixtures {

  private Fixtures() {}

  /** A document of clauses, each given as {@code id|label|text} (label may be empty). */
  static ClauseDocument doc(String path, String lang, String... units) {
    List<Clause> clauses = new ArrayList<>();
    for (String unit : units) {
      String[] parts = unit.split("\\|", 3);
      int n = clauses.size() + 1;
      Kind kind = parts[0].startsWith("h") ? Kind.HEADING : Kind.CLAUSE;
      clauses.add(
          new Clause(
              n,
              parts[0],
              kind,
              kind == Kind.HEADING ? "heading" : "paragraph",
              parts[1].isEmpty() ? null : parts[1],
              parts[2],
              new Span(n, 1, n, 0, parts[2].length())));
    }
    return new ClauseDocument(path, "text/plain", lang, clauses, List.of());
  }

  /** A row: the units of each version given as {@code "1"}, {@code "2 3"} or {@code ""}. */
  static Row row(double score, String... units) {
    List<List<Integer>> all = new ArrayList<>();
    for (String u : units) {
      all.add(
          u.isBlank() ? List.of() : List.of(u.split(" ")).stream().map(Integer::valueOf).toList());
    }
    return new Row(all, score);
  }

  static Finding finding(
      String rule,
      Level level,
      List<Integer> source,
      List<Integer> target,
      String clause,
      String message) {
    return new Finding(rule, level, source, target, clause, message);
  }

  /** Our sample declaration in the given languages, split by decl, rows matched by clause id. */
  static MultiAlignment sample(String... langs) {
    List<ClauseDocument> docs = new ArrayList<>();
    try (Extractor extractor =
        new Extractor(ExtractOptions.defaults().withLanguageDetection(false))) {
      Splitter splitter = new Splitter(extractor);
      for (String lang : langs) {
        String text = String.join("\n\n", Texts.paragraphs(lang));
        Source source =
            Source.bytes("texts/" + lang + ".txt", text.getBytes(StandardCharsets.UTF_8))
                .withLang(lang);
        docs.add(splitter.split(source, Granularity.CLAUSE));
      }
    }
    List<Map<String, Integer>> byId = new ArrayList<>();
    for (ClauseDocument d : docs) {
      Map<String, Integer> ns = new HashMap<>();
      d.units().forEach(u -> ns.put(u.id(), u.n()));
      byId.add(ns);
    }
    List<Row> rows = new ArrayList<>();
    for (Clause pivot : docs.get(0).units()) {
      List<List<Integer>> units = new ArrayList<>();
      for (Map<String, Integer> ns : byId) {
        Integer n = ns.get(pivot.id());
        units.add(n == null ? List.of() : List.of(n));
      }
      rows.add(new Row(units, 1.0));
    }
    return new MultiAlignment(docs, rows);
  }
}
