package org.decl.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.ExtractedDocument;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.testkit.Texts;

/**
 * Split throughput on one core: a generated declaration of 100,000 units (our French sample's
 * articles, numbered paragraphs and lettered items, repeated with new article numbers), split from
 * its paragraphs; and, for comparison, read from its text file first (extract + split).
 *
 * <p>Usage: {@code SplitBenchmark [UNITS]}
 */
public final class SplitBenchmark {

  private SplitBenchmark() {}

  public static void main(String[] args) {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String text = document(target);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    double mb = bytes.length / 1e6;
    try (Extractor extractor =
        new Extractor(ExtractOptions.defaults().withLanguageDetection(false))) {
      Source source = Source.bytes("generated.txt", bytes).withLang("fr");
      ExtractedDocument extracted = extractor.extract(source);
      int units = Splitter.split(extracted, Granularity.CLAUSE).units().size();
      double split =
          Harness.median(5, 9, () -> Splitter.split(extracted, Granularity.CLAUSE).units().size());
      double sentences =
          Harness.median(
              2, 3, () -> Splitter.split(extracted, Granularity.SENTENCE).units().size());
      double both =
          Harness.median(
              2,
              3,
              () -> {
                ClauseDocument doc = Splitter.split(extractor.extract(source), Granularity.CLAUSE);
                return doc.units().size();
              });
      System.out.println("## Split");
      System.out.println();
      System.out.println(
          Harness.format(
              "A generated declaration of %,d units (%,d paragraphs, %.1f MB of UTF-8 text), one"
                  + " thread; %s; median of 9 runs after 5 warm-ups (3 after 2 for the others).",
              units, extracted.paragraphs().size(), mb, Harness.machine()));
      System.out.println();
      System.out.println("| stage | time | units/s | MB/s |");
      System.out.println("|---|---:|---:|---:|");
      row("split (paragraphs to clauses)", split, units, mb);
      row("split --unit sentence", sentences, units, mb);
      row("extract + split, from the text file", both, units, mb);
    }
  }

  private static void row(String stage, double seconds, int units, double mb) {
    System.out.println(
        Harness.format(
            "| %s | %.2f s | %,.0f | %.1f |", stage, seconds, units / seconds, mb / seconds));
  }

  /** About {@code units} units: the sample's front matter and preamble, then articles. */
  static String document(int units) {
    List<String> sample = Texts.paragraphs("fr");
    List<String> article = sample.subList(8, 14); // Article premier, 1., 2., a) b) c)
    List<String> paragraphs = new ArrayList<>(sample.subList(0, 8));
    int count = paragraphs.size();
    for (int n = 1; count < units; n++) {
      paragraphs.add("Article " + n);
      paragraphs.addAll(article.subList(1, article.size()));
      count += article.size();
    }
    return String.join("\n\n", paragraphs) + "\n";
  }
}
