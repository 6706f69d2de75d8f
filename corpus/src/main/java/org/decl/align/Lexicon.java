package org.decl.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;

/**
 * Which words of one language translate which words of another: learned from the pairs of units an
 * alignment is sure of (IBM Model 1, a few rounds of expectation-maximisation, in memory, in both
 * directions, keeping the links both directions agree on), read from a user's dictionary, or both.
 * Words are kept as the hashes {@link Words} makes of them.
 */
public final class Lexicon {

  /** Rounds of expectation-maximisation: Model 1's links settle after a few. */
  private static final int ROUNDS = 5;

  /** A link needs this probability in each direction. */
  private static final double MIN_PROBABILITY = 0.1;

  /** A word keeps at most this many translations. */
  private static final int MAX_TRANSLATIONS = 3;

  /** Two words seen together once prove nothing: a word seen once goes with all its neighbours. */
  private static final int MIN_TOGETHER = 2;

  private static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of());

  private final Map<Long, long[]> forward;
  private final Map<Long, long[]> backward;

  private Lexicon(Map<Long, long[]> forward, Map<Long, long[]> backward) {
    this.forward = forward;
    this.backward = backward;
  }

  /** The lexicon that knows no word. */
  public static Lexicon empty() {
    return EMPTY;
  }

  /** Whether the lexicon knows no word. */
  public boolean isEmpty() {
    return forward.isEmpty();
  }

  /** How many source words the lexicon knows a translation of. */
  public int size() {
    return forward.size();
  }

  /**
   * A user's bilingual dictionary: UTF-8 text, one entry a line, {@code source word TAB target
   * word}, optionally {@code TAB weight} (a number from 0 to 1, default 1; entries below 0.1 are
   * ignored). Blank lines and lines starting with {@code #} are skipped. Words are compared as the
   * aligner reads them: lower-cased, whole words.
   *
   * @throws DeclException a configuration error naming the file and line
   */
  public static Lexicon read(Path file) {
    String name = file.toString();
    List<long[]> links = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] fields = text.split("\t", -1);
        if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
          throw DeclException.config(
              name + ":" + line, "expected: source word, tab, target word[, tab, weight]");
        }
        double weight = fields.length == 3 ? weight(name, line, fields[2]) : 1;
        if (weight >= MIN_PROBABILITY) {
          links.add(new long[] {Words.hash(fields[0]), Words.hash(fields[1])});
        }
      }
    } catch (NoSuchFileException e) {
      throw DeclException.config(name, "no such dictionary");
    } catch (CharacterCodingException e) {
      throw DeclException.config(name, "not UTF-8 text");
    } catch (IOException e) {
      throw DeclException.config(name, "cannot read: " + e.getMessage(), e);
    }
    return of(links, Integer.MAX_VALUE);
  }

  private static double weight(String name, int line, String field) {
    try {
      double weight = Double.parseDouble(field.strip());
      if (weight >= 0 && weight <= 1) {
        return weight;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw DeclException.config(name + ":" + line, "the weight must be a number from 0 to 1");
  }

  /** This lexicon's links and another's. */
  Lexicon with(Lexicon other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<long[]> links = new ArrayList<>();
    for (Lexicon lexicon : List.of(this, other)) {
      lexicon.forward.forEach(
          (s, ts) -> Arrays.stream(ts).forEach(t -> links.add(new long[] {s, t})));
    }
    return of(links, Integer.MAX_VALUE);
  }

  /**
   * The words of the other side a unit's words translate to, and how many of its words have one.
   *
   * @param sourceSide whether the words are the source's (else the target's)
   */
  Signals translated(Signals unit, boolean sourceSide) {
    Map<Long, long[]> links = sourceSide ? forward : backward;
    long[] all = new long[0];
    int known = 0;
    for (long word : unit.words()) {
      long[] translations = links.get(word);
      if (translations != null) {
        known++;
        int at = all.length;
        all = Arrays.copyOf(all, at + translations.length);
        System.arraycopy(translations, 0, all, at, translations.length);
      }
    }
    return unit.withTranslations(all.length == 0 ? Signals.NONE : distinct(all), known);
  }

  private static long[] distinct(long[] values) {
    Arrays.sort(values);
    return Arrays.stream(values).distinct().toArray();
  }

  /**
   * Learns the links of the words of units that translate each other.
   *
   * @param sources the words of each source unit
   * @param targets the words of the target unit facing each
   */
  static Lexicon learn(List<long[]> sources, List<long[]> targets) {
    if (sources.isEmpty()) {
      return EMPTY;
    }
    Model forward = Model.trained(sources, targets);
    Model backward = Model.trained(targets, sources);
    List<long[]> links = new ArrayList<>();
    for (int cell = 0; cell < forward.size(); cell++) {
      if (forward.probability(cell) >= MIN_PROBABILITY && forward.together(cell) >= MIN_TOGETHER) {
        long s = forward.from(cell);
        long t = forward.to(cell);
        if (backward.probability(t, s) >= MIN_PROBABILITY) {
          links.add(new long[] {s, t, Double.doubleToLongBits(forward.probability(cell))});
        }
      }
    }
    return of(links, MAX_TRANSLATIONS);
  }

  /** A lexicon of links {source, target[, probability bits]}, the likeliest first per word. */
  private static Lexicon of(List<long[]> links, int most) {
    links.sort(
        (a, b) ->
            a.length > 2 && b.length > 2
                ? Double.compare(Double.longBitsToDouble(b[2]), Double.longBitsToDouble(a[2]))
                : 0);
    Map<Long, List<Long>> forward = new HashMap<>();
    Map<Long, List<Long>> backward = new HashMap<>();
    for (long[] link : links) {
      List<Long> ts = forward.computeIfAbsent(link[0], k -> new ArrayList<>());
      if (ts.size() < most && !ts.contains(link[1])) {
        ts.add(link[1]);
        backward.computeIfAbsent(link[1], k -> new ArrayList<>()).add(link[0]);
      }
    }
    return new Lexicon(sortedArrays(forward), sortedArrays(backward));
  }

  private static Map<Long, long[]> sortedArrays(Map<Long, List<Long>> lists) {
    Map<Long, long[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach(
        (k, v) ->
            arrays.put(k, v.stream().mapToLong(Long::longValue).sorted().distinct().toArray()));
    return arrays;
  }

  /**
   * IBM Model 1: t(target word | source word), the source side with an empty word, trained by
   * expectation-maximisation from uniform. Every (source word, target word) pair seen together is a
   * cell of flat arrays, so that a round over ten thousand pairs of sentences takes milliseconds.
   */
  private static final class Model {
    private static final long NULL = 0x9e3779b97f4a7c15L;

    private final LongIndex cells = new LongIndex();
    private long[] from = new long[1024];
    private long[] to = new long[1024];
    private int[] together = new int[1024];
    private double[] probability;

    private Model() {}

    static Model trained(List<long[]> sources, List<long[]> targets) {
      Model model = new Model();
      int[][] grids = new int[sources.size()][];
      for (int p = 0; p < grids.length; p++) {
        long[] s = sources.get(p);
        long[] t = targets.get(p);
        int[] grid = new int[t.length * (s.length + 1)];
        for (int j = 0; j < t.length; j++) {
          for (int i = 0; i <= s.length; i++) {
            grid[j * (s.length + 1) + i] = model.cell(i == s.length ? NULL : s[i], t[j]);
          }
        }
        grids[p] = grid;
      }
      int size = model.cells.size();
      model.probability = new double[size];
      Arrays.fill(model.probability, 1);
      double[] counts = new double[size];
      LongIndex sourceWords = new LongIndex();
      int[] sourceOf = new int[size];
      for (int c = 0; c < size; c++) {
        sourceOf[c] = sourceWords.add(model.from[c]);
      }
      double[] totals = new double[sourceWords.size()];
      for (int round = 0; round < ROUNDS; round++) {
        Arrays.fill(counts, 0);
        Arrays.fill(totals, 0);
        for (int p = 0; p < grids.length; p++) {
          int width = sources.get(p).length + 1;
          int[] grid = grids[p];
          for (int row = 0; row < grid.length; row += width) {
            double sum = 0;
            for (int k = row; k < row + width; k++) {
              sum += model.probability[grid[k]];
            }
            for (int k = row; k < row + width; k++) {
              int c = grid[k];
              double share = model.probability[c] / sum;
              counts[c] += share;
              totals[sourceOf[c]] += share;
            }
          }
        }
        for (int c = 0; c < size; c++) {
          model.probability[c] = counts[c] / totals[sourceOf[c]];
        }
      }
      return model;
    }

    private int cell(long s, long t) {
      int before = cells.size();
      int c = cells.add(s * 31 + t * 0x100000001b3L);
      if (c == before) {
        if (c == from.length) {
          from = Arrays.copyOf(from, c * 2);
          to = Arrays.copyOf(to, c * 2);
          together = Arrays.copyOf(together, c * 2);
        }
        from[c] = s;
        to[c] = t;
      }
      together[c]++;
      return c;
    }

    int size() {
      return cells.size();
    }

    long from(int cell) {
      return from[cell];
    }

    long to(int cell) {
      return to[cell];
    }

    int together(int cell) {
      return together[cell];
    }

    double probability(int cell) {
      return from[cell] == NULL ? 0 : probability[cell];
    }

    double probability(long s, long t) {
      int c = cells.find(s * 31 + t * 0x100000001b3L);
      return c < 0 ? 0 : probability(c);
    }
  }

  /** Dense numbers for 64-bit keys, by open addressing: no boxing for millions of keys. */
  private static final class LongIndex {
    private long[] keys = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private boolean[] used = new boolean[1 << 10];
    private int size;

    /** The key's number, a new one if the key is new. */
    int add(long key) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int slot = slot(key);
      if (!used[slot]) {
        used[slot] = true;
        keys[slot] = key;
        values[slot] = size++;
      }
      return values[slot];
    }

    /** The key's number, or −1. */
    int find(long key) {
      int slot = slot(key);
      return used[slot] ? values[slot] : -1;
    }

    int size() {
      return size;
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      int slot = (int) (mix(key) & mask);
      while (used[slot] && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private static long mix(long key) {
      long h = key * 0x9e3779b97f4a7c15L;
      return h ^ (h >>> 29);
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldUsed[k]) {
          int slot = slot(oldKeys[k]);
          used[slot] = true;
          keys[slot] = oldKeys[k];
          values[slot] = oldValues[k];
        }
      }
    }
  }
}
