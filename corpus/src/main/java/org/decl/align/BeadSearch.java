package org.decl.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.decl.align.CostModel.Shape;

/**
 * The cheapest sequence of beads through two runs of units, by dynamic programming over the grid of
 * (source units done, target units done), inside a band around an expected path. The band keeps
 * time and memory linear in the documents' length; when the best path touches the band's edge, the
 * band was too narrow and the search is redone with a wider one.
 */
final class BeadSearch {

  /** Below this many grid cells, the whole grid is searched. */
  private static final long FULL_GRID = 250_000;

  /** Half the band's first width around a guessed path (from lengths alone). */
  private static final int GUESS_HALF_WIDTH = 16;

  /** Half the band's first width around a path already found once. */
  private static final int PATH_HALF_WIDTH = 8;

  /** The widest band tried, in cells per row; beyond it the path found is kept as it is. */
  private static final long MAX_CELLS = 120_000_000;

  private static final Shape[] SHAPES = Shape.values();

  /** The shapes of the aligner of lengths and anchors alone: no 1-3 or 3-1 beads. */
  private static final Shape[] PLAIN_SHAPES = {
    Shape.ONE_ONE, Shape.ONE_ZERO, Shape.ZERO_ONE, Shape.TWO_ONE, Shape.ONE_TWO, Shape.TWO_TWO
  };

  /**
   * The shapes of a rough first search: a merge shows as a 1-1 bead and a gap, near enough to the
   * right path for the band of the second search to hold it.
   */
  private static final Shape[] ROUGH_SHAPES = {Shape.ONE_ONE, Shape.ONE_ZERO, Shape.ZERO_ONE};

  private final Signals[] source;
  private final Signals[] target;
  private final Signals[] sourcePairs;
  private final Signals[] targetPairs;

  /** Made when a search first asks for them: only the evidence of words allows 1-3 and 3-1. */
  private Signals[] sourceTriples;

  private Signals[] targetTriples;

  BeadSearch(Signals[] source, Signals[] target) {
    this.source = source;
    this.target = target;
    this.sourcePairs = pairs(source);
    this.targetPairs = pairs(target);
  }

  /** A step of the path: a bead shape ending after {@code i} source and {@code j} target units. */
  record Step(Shape shape, int i, int j) {}

  /**
   * The best path, searched around {@code center} ({@code center[i]}: the target position expected
   * after {@code i} source units), or around the diagonal when {@code center} is null.
   */
  List<Step> search(CostModel model, int[] center) {
    int n = source.length;
    int m = target.length;
    boolean whole = (long) (n + 1) * (m + 1) <= FULL_GRID;
    int halfWidth = whole ? m + 1 : center == null ? GUESS_HALF_WIDTH : PATH_HALF_WIDTH;
    while (true) {
      Band band =
          center == null && !whole
              ? Band.following(n, m, halfWidth)
              : Band.around(center == null ? byLength(source, target) : center, halfWidth, m);
      List<Step> path = search(model, band);
      boolean widest = halfWidth > m || (long) (n + 1) * (4L * halfWidth + 1) > MAX_CELLS;
      if (widest || !band.touchesEdge(path)) {
        return path;
      }
      halfWidth *= 2;
    }
  }

  /** The target position a path reached after each number of source units. */
  static int[] center(List<Step> path, int n) {
    int[] center = new int[n + 1];
    int j = 0;
    int next = 0;
    for (Step step : path) {
      int start = step.i() - step.shape().source;
      for (int i = next; i <= start; i++) {
        center[i] = j;
      }
      next = Math.max(next, start + 1);
      j = step.j();
    }
    for (int i = next; i <= n; i++) {
      center[i] = j;
    }
    return center;
  }

  private List<Step> search(CostModel model, Band band) {
    int n = source.length;
    double[][] rows = new double[4][];
    byte[][] moves = new byte[n + 1][];
    Shape[] shapes =
        model.isLengthsOnly() ? ROUGH_SHAPES : model.isLexical() ? SHAPES : PLAIN_SHAPES;
    int bestBefore = 0;
    for (int i = 0; i <= n; i++) {
      band.place(i, bestBefore);
      int lo = band.lo(i);
      int hi = band.hi(i);
      double[] row = new double[hi - lo + 1];
      byte[] rowMoves = new byte[hi - lo + 1];
      Arrays.fill(row, Double.POSITIVE_INFINITY);
      rows[i % 4] = row;
      moves[i] = rowMoves;
      double rowBest = Double.POSITIVE_INFINITY;
      for (int j = lo; j <= hi; j++) {
        if (i == 0 && j == 0) {
          row[0] = 0;
          rowBest = 0;
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        byte move = 0;
        for (Shape shape : shapes) {
          int pi = i - shape.source;
          int pj = j - shape.target;
          if (pi < 0 || pj < 0 || pj < band.lo(pi) || pj > band.hi(pi)) {
            continue;
          }
          double before = pi == i ? row[pj - lo] : rows[pi % 4][pj - band.lo(pi)];
          if (before == Double.POSITIVE_INFINITY) {
            continue;
          }
          double total = before + cost(model, shape, i, j, best - before);
          if (total < best) {
            best = total;
            move = (byte) (shape.ordinal() + 1);
          }
        }
        row[j - lo] = best;
        rowMoves[j - lo] = move;
        if (best < rowBest) {
          rowBest = best;
          bestBefore = j;
        }
      }
    }
    return path(moves, band);
  }

  /**
   * The cost of the bead of this shape ending at (i, j), or infinity when it cannot come under
   * {@code bound}.
   */
  double cost(CostModel model, Shape shape, int i, int j, double bound) {
    return switch (shape) {
      case ONE_ZERO, ZERO_ONE -> shape.prior;
      default -> model.cost(shape, sourceSide(i, shape.source), targetSide(j, shape.target), bound);
    };
  }

  /** The signals of the last {@code count} source units before position {@code end}. */
  Signals sourceSide(int end, int count) {
    if (count == 3 && sourceTriples == null) {
      sourceTriples = triples(source, sourcePairs);
    }
    return side(source, sourcePairs, sourceTriples, end, count);
  }

  /** The signals of the last {@code count} target units before position {@code end}. */
  Signals targetSide(int end, int count) {
    if (count == 3 && targetTriples == null) {
      targetTriples = triples(target, targetPairs);
    }
    return side(target, targetPairs, targetTriples, end, count);
  }

  private static Signals side(
      Signals[] units, Signals[] pairs, Signals[] triples, int end, int count) {
    return switch (count) {
      case 1 -> units[end - 1];
      case 2 -> pairs[end - 1];
      default -> triples[end - 1];
    };
  }

  Signals[] source() {
    return source;
  }

  Signals[] target() {
    return target;
  }

  Signals[] sourcePairs() {
    return sourcePairs;
  }

  Signals[] targetPairs() {
    return targetPairs;
  }

  private List<Step> path(byte[][] moves, Band band) {
    List<Step> path = new ArrayList<>();
    int i = source.length;
    int j = target.length;
    while (i > 0 || j > 0) {
      byte move = moves[i][j - band.lo(i)];
      if (move == 0) {
        throw new IllegalStateException("no path through the band at " + i + "," + j);
      }
      Shape shape = SHAPES[move - 1];
      path.add(new Step(shape, i, j));
      i -= shape.source;
      j -= shape.target;
    }
    java.util.Collections.reverse(path);
    return path;
  }

  /**
   * The path lengths alone suggest: after the source units that make a given share of the source's
   * characters, the target units that make the same share of the target's. Unlike the diagonal, it
   * follows a long clause left out or two clauses merged, so the band can stay narrow.
   */
  private static int[] byLength(Signals[] source, Signals[] target) {
    int n = source.length;
    int m = target.length;
    long sourceTotal = 0;
    for (Signals s : source) {
      sourceTotal += s.length() + 1;
    }
    long targetTotal = 0;
    for (Signals t : target) {
      targetTotal += t.length() + 1;
    }
    int[] center = new int[n + 1];
    long sourceDone = 0;
    long targetDone = 0;
    int j = 0;
    for (int i = 0; i <= n; i++) {
      double share =
          sourceTotal == 0 ? (double) i / Math.max(1, n) : (double) sourceDone / sourceTotal;
      while (j < m
          && (targetDone + target[j].length() + 1)
              <= share * targetTotal + (target[j].length() + 1) / 2.0) {
        targetDone += target[j].length() + 1;
        j++;
      }
      center[i] = i == n ? m : j;
      if (i < n) {
        sourceDone += source[i].length() + 1;
      }
    }
    return center;
  }

  /** Each unit joined with the one before it, for beads that take two units from one side. */
  private static Signals[] pairs(Signals[] units) {
    Signals[] pairs = new Signals[units.length];
    for (int k = 1; k < units.length; k++) {
      pairs[k] = joined(units[k - 1], units[k]);
    }
    return pairs;
  }

  /** Each unit joined with the two before it, for beads that take three units from one side. */
  private static Signals[] triples(Signals[] units, Signals[] pairs) {
    Signals[] triples = new Signals[units.length];
    for (int k = 2; k < units.length; k++) {
      triples[k] = joined(pairs[k - 1], units[k]);
    }
    return triples;
  }

  static Signals joined(Signals a, Signals b) {
    return new Signals(
        a.length() + b.length(),
        merged(a.numbers(), b.numbers()),
        merged(a.addresses(), b.addresses()),
        merged(a.names(), b.names()),
        union(a.words(), b.words()),
        union(a.cognates(), b.cognates()),
        Words.joined(a.punctuation(), b.punctuation()),
        union(a.translations(), b.translations()),
        a.known() + b.known(),
        b.end(),
        a.heading() || b.heading(),
        false,
        a.id(),
        a.section());
  }

  /** Two sorted, distinct sets as one. */
  private static long[] union(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == 0 ? b : a;
    }
    return LongStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
  }

  private static long[] merged(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    return all;
  }

  /** The cells searched: for each row i, target positions lo(i) to hi(i). */
  private static final class Band {
    private final int[] lo;
    private final int[] hi;
    private final int m;
    private final int halfWidth;
    private final double slope;
    private final boolean following;

    private Band(int n, int m, int halfWidth, boolean following) {
      this.lo = new int[n + 1];
      this.hi = new int[n + 1];
      this.m = m;
      this.halfWidth = halfWidth;
      this.slope = n == 0 ? 0 : (double) m / n;
      this.following = following;
    }

    /** A band around an expected path, fixed before the search. */
    static Band around(int[] center, int halfWidth, int m) {
      int n = center.length - 1;
      Band band = new Band(n, m, halfWidth, false);
      int[] lo = band.lo;
      int[] hi = band.hi;
      for (int i = 0; i <= n; i++) {
        lo[i] = (int) Math.max(0, (long) center[i] - halfWidth);
        hi[i] = (int) Math.min(m, (long) center[i] + halfWidth);
      }
      lo[0] = 0;
      hi[n] = m;
      // Monotone edges, so that every row can be reached from the one before it.
      for (int i = 1; i <= n; i++) {
        lo[i] = Math.max(lo[i], lo[i - 1]);
        lo[i] = Math.min(lo[i], hi[i - 1] + 2);
      }
      for (int i = n - 1; i >= 0; i--) {
        hi[i] = Math.min(hi[i], hi[i + 1]);
        hi[i] = Math.max(hi[i], lo[i + 1] - 2);
        hi[i] = Math.max(hi[i], lo[i]);
      }
      return band;
    }

    /**
     * A band that follows the search: each row is centred where the best path so far ended on the
     * row before, one step further. It needs no guess of the path, and stays narrow where the right
     * path wanders far from any line drawn in advance.
     */
    static Band following(int n, int m, int halfWidth) {
      return new Band(n, m, halfWidth, true);
    }

    /** Sets row {@code i}'s cells, for a following band, from where row i − 1 was best. */
    void place(int i, int bestBefore) {
      if (!following) {
        return;
      }
      int n = lo.length - 1;
      if (i == 0) {
        lo[0] = 0;
        hi[0] = Math.min(m, halfWidth);
        return;
      }
      int center = (int) Math.min(m, Math.round(bestBefore + slope));
      lo[i] = Math.max(lo[i - 1], Math.min(center - halfWidth, hi[i - 1] + 2));
      lo[i] = Math.max(0, Math.min(lo[i], m));
      hi[i] = i == n ? m : Math.max(lo[i], Math.min(m, Math.max(center + halfWidth, hi[i - 1])));
    }

    int lo(int i) {
      return lo[i];
    }

    int hi(int i) {
      return hi[i];
    }

    boolean touchesEdge(List<Step> path) {
      for (Step step : path) {
        int i = step.i();
        int j = step.j();
        if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m)) {
          return true;
        }
      }
      return false;
    }
  }
}
