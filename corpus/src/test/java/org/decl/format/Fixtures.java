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

  /**
   * Our sample declaration in French, Arabic and Chinese as a translation check would leave it: the
   * Arabic lacks a clause, one row is weak, and the findings are in {@link #checkedFindings}.
   */
  static MultiAlignment checked() {
    MultiAlignment sample = sample("fr", "ar", "zh");
    List<Row> rows = new ArrayList<>(sample.rows());
    int missing = rowOf(sample, "art1.2.b");
    Row m = rows.get(missing);
    rows.set(missing, new Row(List.of(m.units().get(0), List.of(), m.units().get(2)), 0.0));
    int weak = rowOf(sample, "1.4");
    rows.set(weak, new Row(rows.get(weak).units(), 0.32));
    return new MultiAlignment(sample.versions(), rows);
  }

  /** The findings of the checks of {@link #checked}: fr→ar (version 1) and fr→zh (version 2). */
  static Map<Integer, List<Finding>> checkedFindings(MultiAlignment checked) {
    int recital = n(checked, 0, "1.3");
    int item = n(checked, 0, "art1.2.b");
    int art2 = n(checked, 2, "art2.1");
    return Map.of(
        1,
        List.of(
            finding(
                "number-mismatch",
                Level.ERROR,
                List.of(recital),
                List.of(n(checked, 1, "1.3")),
                "1.3",
                "40 % in fr.txt, 45 % in ar.txt"),
            finding(
                "missing-clause",
                Level.ERROR,
                List.of(item),
                List.of(),
                "art1.2.b",
                "art1.2.b has no counterpart in ar.txt"),
            finding(
                "length-ratio",
                Level.INFO,
                List.of(),
                List.of(),
                null,
                "ar.txt is 12 % longer than fr.txt overall")),
        2,
        List.of(
            finding(
                "url-mismatch",
                Level.WARNING,
                List.of(n(checked, 0, "1.4")),
                List.of(n(checked, 2, "1.4")),
                "1.4",
                "https://example.org/open-gov is missing from the translation"),
            finding(
                "end-punctuation",
                Level.INFO,
                List.of(n(checked, 0, "art2.1")),
                List.of(art2),
                "art2.1",
                "the original ends with '.', the translation with '。'")));
  }

  /** The 0-based row whose original unit has the given id. */
  static int rowOf(MultiAlignment alignment, String id) {
    int n = n(alignment, 0, id);
    for (int r = 0; r < alignment.rows().size(); r++) {
      if (alignment.rows().get(r).units().get(0).contains(n)) {
        return r;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The ordinal of the unit with the given id in a version. */
  static int n(MultiAlignment alignment, int version, String id) {
    return alignment.versions().get(version).units().stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(id))
        .n();
  }
}
