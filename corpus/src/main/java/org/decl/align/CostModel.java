package org.decl.align;

/**
 * What a bead costs, in nats: the less likely two runs of units translate each other, the more.
 * Gale and Church's length model (a translation's length is proportional to its source's, with a
 * variance growing with the length) plus the evidence that survives translation, and a prior per
 * bead shape: most beads are 1-1, merges and splits are rarer, a unit with no counterpart rarer
 * still.
 */
final class CostModel {

  /** Bead shapes: units taken from the source and from the target. */
  enum Shape {
    ONE_ONE(1, 1, 0.12),
    ONE_ZERO(1, 0, 5.3),
    ZERO_ONE(0, 1, 5.3),
    TWO_ONE(2, 1, 3.1),
    ONE_TWO(1, 2, 3.1),
    TWO_TWO(2, 2, 4.5),
    ONE_THREE(1, 3, 5.0),
    THREE_ONE(3, 1, 5.0);

    final int source;
    final int target;
    final double prior;

    Shape(int source, int target, double prior) {
      this.source = source;
      this.target = target;
      this.prior = prior;
    }
  }

  /** Beyond this, a length difference is as bad as it gets: evidence still counts. */
  private static final double MAX_LENGTH_COST = 9;

  /** The most evidence can take off a bead's cost: anchors and shared numbers count, up to here. */
  private static final double MAX_BONUS = 10;

  /** The most evidence can take off a merge or split, which no anchor holds together. */
  private static final double MAX_MERGE_BONUS = 5;

  /** Gale and Church's variance per character, measured on the Canadian Hansard. */
  private static final double SCORE_VARIANCE = 6.8;

  /** A bead whose evidence and lengths fit perfectly gets this score before the logistic. */
  private static final double CONFIDENT = 2.5;

  private final double ratio;
  private final double variance;
  private final boolean sameLanguage;
  private final boolean lengthsOnly;
  private final boolean lexical;

  /**
   * @param ratio the target's characters per source character
   * @param variance Gale and Church's s², the variance per character of the target's length
   * @param sameLanguage whether both versions are in the same language, so words can be compared
   */
  CostModel(double ratio, double variance, boolean sameLanguage, boolean lexical) {
    this(ratio, variance, sameLanguage, false, lexical);
  }

  private CostModel(
      double ratio, double variance, boolean sameLanguage, boolean lengthsOnly, boolean lexical) {
    this.ratio = ratio;
    this.variance = variance;
    this.sameLanguage = sameLanguage;
    this.lengthsOnly = lengthsOnly;
    this.lexical = lexical;
  }

  CostModel with(double ratio, double variance) {
    return new CostModel(ratio, variance, sameLanguage, lengthsOnly, lexical);
  }

  /**
   * Whether the model weighs the evidence of words (cognates, punctuation profile, the lexicon) and
   * allows 1-3 and 3-1 beads; without it, it is the aligner of lengths and anchors alone.
   */
  boolean isLexical() {
    return lexical;
  }

  /**
   * The cost of a bead of two non-empty sides, prior included, or infinity if it cannot come under
   * {@code bound}: lengths are weighed first, and evidence, which is dearer to weigh, only when its
   * largest bonus could still bring the bead under the bound. Most merges the search tries fail on
   * length.
   */
  double cost(Shape shape, Signals source, Signals target, double bound) {
    double length = shape.prior + lengthCost(source.length(), target.length());
    if (lengthsOnly) {
      return length;
    }
    if (length - (shape == Shape.ONE_ONE ? MAX_BONUS : MAX_MERGE_BONUS) >= bound) {
      return Double.POSITIVE_INFINITY;
    }
    return length + evidence(source, target, shape == Shape.ONE_ONE);
  }

  boolean isLengthsOnly() {
    return lengthsOnly;
  }

  /**
   * The same model weighing lengths alone: a first, rough search only has to come near the right
   * path, and lengths are cheap to compare.
   */
  CostModel lengthsOnly() {
    return new CostModel(ratio, variance, sameLanguage, true, lexical);
  }

  /** A confidence from 0 to 1 for a bead of two non-empty sides. */
  double score(Signals source, Signals target, boolean oneToOne) {
    if (oneToOne && source.numbered() && target.numbered() && source.id() == target.id()) {
      return 1;
    }
    // Confidence is judged with Gale and Church's own variance at least: a pair whose lengths
    // agree unusually well teaches the search a small variance, which should not make every
    // ordinary clause look doubtful.
    double fit =
        lengthCost(source.length(), target.length(), Math.max(variance, SCORE_VARIANCE))
            + evidence(source, target, oneToOne);
    double z = CONFIDENT - fit;
    return 1 / (1 + Math.exp(-z));
  }

  double lengthCost(int source, int target) {
    return lengthCost(source, target, variance);
  }

  private double lengthCost(int source, int target, double variance) {
    if (source + target == 0) {
      return 0;
    }
    double mean = Math.max(1, (source + target / ratio) / 2);
    double delta = Math.abs(target - ratio * source) / Math.sqrt(variance * ratio * mean);
    return tailCost(delta);
  }

  /** Steps per unit of delta in the table of tail costs. */
  private static final int STEPS = 64;

  /** −ln(2(1 − Φ(δ))), capped, tabulated: the search asks for it millions of times. */
  private static final double[] TAIL = tail();

  private static double[] tail() {
    int size = 0;
    while (size < 10_000
        && -Math.log(Math.max(2 * (1 - phi((double) size / STEPS)), 1e-300)) < MAX_LENGTH_COST) {
      size++;
    }
    double[] table = new double[size + 1];
    for (int k = 0; k <= size; k++) {
      table[k] =
          Math.min(MAX_LENGTH_COST, -Math.log(Math.max(2 * (1 - phi((double) k / STEPS)), 1e-300)));
    }
    return table;
  }

  private static double tailCost(double delta) {
    double at = delta * STEPS;
    int k = (int) at;
    if (k >= TAIL.length - 1) {
      return MAX_LENGTH_COST;
    }
    return TAIL[k] + (TAIL[k + 1] - TAIL[k]) * (at - k);
  }

  private double evidence(Signals s, Signals t, boolean oneToOne) {
    double cost = 0;
    if (s.numbers().length + t.numbers().length > 0) {
      int shared = Signals.shared(s.numbers(), t.numbers());
      int unshared = s.numbers().length + t.numbers().length - 2 * shared;
      cost += -1.2 * shared + 1.5 * unshared;
    }
    if (s.addresses().length + t.addresses().length > 0) {
      int shared = Signals.shared(s.addresses(), t.addresses());
      int unshared = s.addresses().length + t.addresses().length - 2 * shared;
      cost += -2.5 * shared + 1.0 * unshared;
    }
    if (s.names().length > 0 && t.names().length > 0) {
      cost -= Math.min(2, 0.5 * Signals.shared(s.names(), t.names()));
    }
    if (s.heading() != t.heading()) {
      cost += 3;
    } else if (s.heading()) {
      cost -= 0.5;
    }
    cost += s.end() == t.end() ? -0.2 : 0.4;
    if (s.section() != t.section()) {
      cost += 1;
    }
    if (oneToOne && s.id() == t.id()) {
      cost -= s.numbered() && t.numbered() ? 6 : s.heading() && t.heading() ? 1 : 0.3;
    }
    if (sameLanguage) {
      cost += Math.max(-4, Math.min(2, 6 * (0.3 - Signals.dice(s.words(), t.words()))));
    }
    if (lexical) {
      cost += lexicalEvidence(s, t);
    }
    return Math.max(oneToOne ? -MAX_BONUS : -MAX_MERGE_BONUS, cost);
  }

  /**
   * What the words of two sides share without a model of either language: cognates (names and loan
   * words, transliterated), the punctuation profile, and the lexicon's links.
   */
  private static double lexicalEvidence(Signals s, Signals t) {
    double cost = 0;
    if (s.cognates().length > 0 && t.cognates().length > 0) {
      cost -= Math.min(3, 0.7 * Signals.shared(s.cognates(), t.cognates()));
    }
    if ((s.punctuation() | t.punctuation()) != 0) {
      int distance = Words.distance(s.punctuation(), t.punctuation());
      cost += distance == 0 ? -0.5 : Math.min(2, 0.6 * distance);
    }
    int known = s.known() + t.known();
    if (known > 0) {
      int covered =
          Signals.shared(s.translations(), t.words()) + Signals.shared(t.translations(), s.words());
      double coverage = Math.min(1, (double) covered / known);
      cost += Math.max(-4, Math.min(2, 8 * (0.25 - coverage)));
    }
    return cost;
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
  static double phi(double x) {
    if (x < 0) {
      return 1 - phi(-x);
    }
    double t = 1 / (1 + 0.2316419 * x);
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - 0.3989422804014327 * Math.exp(-x * x / 2) * poly;
  }
}
