package org.decl.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A long French declaration and its Russian translation, made from our sample's clauses in random
 * order (a tenth of them given a number), with 1% of the clauses dropped from the translation and
 * 1% of pairs merged into one clause: for testing and timing the aligner on long documents.
 *
 * @param source the French clauses
 * @param target the Russian clauses
 * @param beads the right alignment: for each bead, the source clauses' and the target clauses' n
 * @param dropped how many clauses the translation drops
 * @param merged how many pairs of clauses the translation merges
 */
public record LongTranslation(
    List<String> source, List<String> target, List<int[][]> beads, int dropped, int merged) {

  /** A pair of about {@code size} clauses, the same for the same seed. */
  public static LongTranslation of(int size, long seed) {
    List<String> french = units(Texts.paragraphs("fr"));
    List<String> russian = units(Texts.paragraphs("ru"));
    Random random = new Random(seed);
    List<String> source = new ArrayList<>();
    List<String> target = new ArrayList<>();
    List<int[][]> beads = new ArrayList<>();
    int dropped = 0;
    int merged = 0;
    for (int i = 0; i < size; i++) {
      int p = random.nextInt(french.size());
      String number = random.nextInt(10) == 0 ? " (" + (1000 + i) + ")" : "";
      source.add(french.get(p) + number);
      String translation = russian.get(p) + number;
      double roll = random.nextDouble();
      if (roll < 0.01) {
        dropped++;
        beads.add(new int[][] {{source.size()}, {}});
      } else if (roll < 0.02 && i + 1 < size && !target.isEmpty()) {
        merged++;
        int q = random.nextInt(french.size());
        source.add(french.get(q));
        target.add(translation + " " + russian.get(q));
        beads.add(new int[][] {{source.size() - 1, source.size()}, {target.size()}});
        i++;
      } else {
        target.add(translation);
        beads.add(new int[][] {{source.size()}, {target.size()}});
      }
    }
    return new LongTranslation(source, target, beads, dropped, merged);
  }

  /** The sample's units: its paragraphs without the separator line. */
  private static List<String> units(List<String> paragraphs) {
    return paragraphs.stream().filter(p -> !p.matches("[*\\s]+")).toList();
  }
}
