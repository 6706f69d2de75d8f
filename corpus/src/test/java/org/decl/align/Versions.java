package org.decl.align;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;

/** Versions of a declaration made from paragraphs, as a test writes or alters them. */
final class Versions {

  private static final Pattern SEPARATOR = Pattern.compile("[*\\s]+");
  private static final Extractor EXTRACTOR =
      new Extractor(ExtractOptions.defaults().withLanguageDetection(false));

  private Versions() {}

  /** The version these paragraphs make, one per blank-line-separated block of a text file. */
  static ClauseDocument of(String name, String lang, List<String> paragraphs) {
    byte[] text = (String.join("\n\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8);
    return Splitter.split(
        EXTRACTOR.extract(Source.bytes(name, text).withLang(lang)), Granularity.CLAUSE);
  }

  /** The version in a file. */
  static ClauseDocument of(Path file, String lang) {
    return Splitter.split(EXTRACTOR.extract(Source.file(file).withLang(lang)), Granularity.CLAUSE);
  }

  /** The unit number ({@code n}) each paragraph becomes; 0 for separators, which are not units. */
  static int[] units(List<String> paragraphs) {
    int[] n = new int[paragraphs.size()];
    int next = 0;
    for (int p = 0; p < n.length; p++) {
      n[p] = SEPARATOR.matcher(paragraphs.get(p)).matches() ? 0 : ++next;
    }
    return n;
  }

  /** Paragraph beads (paragraph indexes on each side) as unit beads. */
  static List<String> beads(List<int[][]> paragraphBeads, int[] source, int[] target) {
    List<String> beads = new ArrayList<>();
    for (int[][] bead : paragraphBeads) {
      List<Integer> s = map(bead[0], source);
      List<Integer> t = map(bead[1], target);
      if (!s.isEmpty() || !t.isEmpty()) {
        beads.add(describe(s, t));
      }
    }
    return beads;
  }

  static String describe(List<Integer> source, List<Integer> target) {
    return source + "-" + target;
  }

  static List<String> described(List<Bead> beads) {
    return beads.stream().map(b -> describe(b.source(), b.target())).toList();
  }

  private static List<Integer> map(int[] paragraphs, int[] units) {
    List<Integer> ns = new ArrayList<>();
    for (int p : paragraphs) {
      if (units[p] > 0) {
        ns.add(units[p]);
      }
    }
    return ns;
  }
}
