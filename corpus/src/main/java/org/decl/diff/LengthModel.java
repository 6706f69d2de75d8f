package org.decl.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.text.Tokens;

/**
 * How long this translation usually is for a given length of the original, learned from its 1-1
 * beads: the median log ratio of their lengths, and its robust spread. A bead far from it is odd
 * (length-ratio); a gap beside a bead that is too long by about the gap's length was merged into
 * it.
 */
final class LengthModel {

  /** Below this many characters, a clause's length says little. */
  static final int MIN_LENGTH = 40;

  /** Fewer 1-1 beads than this, and no usual length ratio can be told. */
  private static final int MIN_BEADS = 8;

  /** A clause's length ratio is odd beyond this many robust deviations from the usual one... */
  private static final double RATIO_DEVIATIONS = 4;

  /** ...and, whatever the spread, beyond this factor. */
  private static final double MIN_RATIO_FACTOR = Math.log(1.8);

  private final double usual;
  private final double spread;

  LengthModel(Alignment alignment) {
    List<Double> ratios = new ArrayList<>();
    for (Bead bead : alignment.beads()) {
      if (bead.source().size() == 1 && bead.target().size() == 1) {
        int s = length(alignment.sourceText(bead));
        int t = length(alignment.targetText(bead));
        if (s >= MIN_LENGTH && t >= MIN_LENGTH / 4) {
          ratios.add(Math.log((double) t / s));
        }
      }
    }
    if (ratios.size() < MIN_BEADS) {
      // an aligner short of evidence pairs by twos: their summed lengths still tell the ratio
      ratios.clear();
      for (Bead bead : alignment.beads()) {
        int s = length(alignment.sourceText(bead));
        int t = length(alignment.targetText(bead));
        if (!bead.isGap() && s >= MIN_LENGTH && t >= MIN_LENGTH / 4) {
          ratios.add(Math.log((double) t / s));
        }
      }
    }
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.usual = sorted.length < MIN_BEADS ? Double.NaN : median(sorted);
    this.spread =
        sorted.length < MIN_BEADS
            ? Double.NaN
            : 1.4826
                * median(Arrays.stream(sorted).map(r -> Math.abs(r - usual)).sorted().toArray());
  }

  /** Whether there were enough beads to learn from. */
  boolean known() {
    return !Double.isNaN(usual);
  }

  /** The usual ratio of translation to original length (not its log). */
  double usualFactor() {
    return Math.exp(usual);
  }

  /**
   * How far, in log ratio, a translation of {@code t} characters is from the usual for {@code s}.
   */
  double deviation(int s, int t) {
    return Math.abs(Math.log((double) Math.max(t, 1) / Math.max(s, 1)) - usual);
  }

  /** The deviation beyond which a length is odd. */
  double limit() {
    return Math.max(RATIO_DEVIATIONS * spread, MIN_RATIO_FACTOR);
  }

  /** Characters that count for length: not spaces, not addresses (the same in every language). */
  static int length(String text) {
    return (int)
        Tokens.withoutAddresses(text)
            .codePoints()
            .filter(cp -> !Character.isWhitespace(cp))
            .count();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
