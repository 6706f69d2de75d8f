package org.decl.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;

/**
 * Reads the aligner's beads again for what a translator did to the shape of the text, where the
 * aligner's choice alone says it wrongly:
 *
 * <ul>
 *   <li>A clause with no counterpart beside a bead whose other side holds it (its numbers or its
 *       label's number are there, unmatched; it is a heading and the neighbour starts or ends with
 *       a heading of the version's series, {@code Статья 2}, {@code 第二条}; or the neighbour is too
 *       long by about the clause's length) was merged into that neighbour, not left out: the gap
 *       joins the bead, and merged-clauses (or split-clause) reports it.
 *   <li>Two clauses translated as two, crossed (each fits the other's counterpart better, by
 *       numbers or by length), were swapped, not cut differently: the bead is uncrossed into two
 *       1-1 beads, and moved-clause reports the one out of order.
 * </ul>
 */
final class Shapes {

  /** How much better, in log length ratio, the crossed reading of a 2-2 bead must fit. */
  private static final double CROSSING_MARGIN = Math.log(1.8) / 2;

  private final Alignment alignment;
  private final LengthModel lengths;
  private final Series sourceHeadings;
  private final Series targetHeadings;

  Shapes(Alignment alignment, LengthModel lengths) {
    this.alignment = alignment;
    this.lengths = lengths;
    this.sourceHeadings = Series.of(alignment.source());
    this.targetHeadings = Series.of(alignment.target());
  }

  /** The beads, gaps that are merges joined to their neighbour and swapped pairs uncrossed. */
  List<Bead> refine() {
    List<Bead> beads = new ArrayList<>();
    for (Bead bead : alignment.beads()) {
      for (Bead b : uncrossed(bead)) {
        beads.addAll(unmerged(b));
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < beads.size() && !changed; k++) {
        Bead gap = beads.get(k);
        if (!gap.isGap() || gap.source().size() + gap.target().size() != 1) {
          continue;
        }
        List<Bead> repaired = repaired(beads, k);
        if (repaired != null) {
          beads = repaired;
          changed = true;
          continue;
        }
        int into = neighbourHolding(beads, k);
        if (into >= 0) {
          Bead n = beads.get(into);
          beads.set(
              into,
              new Bead(
                  joined(n.source(), gap.source()), joined(n.target(), gap.target()), n.score()));
          beads.remove(k);
          changed = true;
        }
      }
    }
    return beads;
  }

  private List<Bead> uncrossed(Bead bead) {
    if (bead.source().size() != 2 || bead.target().size() != 2) {
      return List.of(bead);
    }
    Clause a = source(bead.source().get(0));
    Clause b = source(bead.source().get(1));
    Clause x = target(bead.target().get(0));
    Clause y = target(bead.target().get(1));
    int straightNumbers = shared(a, x) + shared(b, y);
    int crossedNumbers = shared(a, y) + shared(b, x);
    boolean crossed = crossedNumbers > straightNumbers;
    if (crossedNumbers == straightNumbers && lengths.known()) {
      double straight = deviation(a, x) + deviation(b, y);
      double cross = deviation(a, y) + deviation(b, x);
      crossed = cross + CROSSING_MARGIN < straight && cross / 2 <= lengths.limit();
    }
    if (!crossed) {
      // two 1-1 translations the aligner joined for lack of evidence, not a different cut
      Bead first = new Bead(List.of(a.n()), List.of(x.n()), bead.score());
      Bead second = new Bead(List.of(b.n()), List.of(y.n()), bead.score());
      return fits(first) && fits(second) ? List.of(first, second) : List.of(bead);
    }
    return List.of(
        new Bead(List.of(a.n()), List.of(y.n()), bead.score()),
        new Bead(List.of(b.n()), List.of(x.n()), bead.score()));
  }

  /**
   * The beads with a one-unit gap and its neighbour, a 1-2 (or 2-1) bead on the gap's side, read as
   * two 1-1 beads, when the kinds agree (a heading for a heading) and the lengths fit: a heading
   * the aligner took for the end of the clause before it. Null when they do not.
   */
  private List<Bead> repaired(List<Bead> beads, int k) {
    Bead gap = beads.get(k);
    boolean missing = gap.target().isEmpty();
    for (int into : new int[] {k - 1, k + 1}) {
      if (into < 0 || into >= beads.size()) {
        continue;
      }
      Bead n = beads.get(into);
      List<Integer> ones = missing ? n.source() : n.target();
      List<Integer> twos = missing ? n.target() : n.source();
      if (ones.size() != 1 || twos.size() != 2) {
        continue;
      }
      int lone = missing ? gap.source().get(0) : gap.target().get(0);
      boolean gapFirst = into > k;
      int[] own = gapFirst ? new int[] {lone, ones.get(0)} : new int[] {ones.get(0), lone};
      Bead first = pair(missing, own[0], twos.get(0), n.score());
      Bead second = pair(missing, own[1], twos.get(1), n.score());
      if (fits(first) && fits(second)) {
        List<Bead> out = new ArrayList<>(beads);
        int from = Math.min(k, into);
        out.set(from, first);
        out.set(from + 1, second);
        return out;
      }
    }
    return null;
  }

  private static Bead pair(boolean ownIsSource, int own, int other, double score) {
    return ownIsSource
        ? new Bead(List.of(own), List.of(other), score)
        : new Bead(List.of(other), List.of(own), score);
  }

  /** Whether a 1-1 bead pairs units whose lengths are not odd for each other. */
  private boolean fits(Bead bead) {
    Clause s = source(bead.source().get(0));
    Clause t = target(bead.target().get(0));
    boolean shortPair =
        LengthModel.length(s.text()) < LengthModel.MIN_LENGTH
            && LengthModel.length(t.text()) < LengthModel.MIN_LENGTH;
    // two short units (a heading, a label) carry too little text to be odd together: the kinds may
    // differ where one version's heading was not recognised as one
    return lengths.known() && (shortPair || deviation(s, t) <= lengths.limit());
  }

  /**
   * A 2-1 (or 1-2) bead whose one side translates only one of the two units: the one alone fits the
   * usual length, the two together are far too long for it. The other unit has no counterpart (the
   * aligner paired it for want of a better place).
   */
  private List<Bead> unmerged(Bead bead) {
    boolean twoSources = bead.source().size() == 2 && bead.target().size() == 1;
    boolean twoTargets = bead.source().size() == 1 && bead.target().size() == 2;
    if (!lengths.known() || !(twoSources || twoTargets)) {
      return List.of(bead);
    }
    List<Integer> twos = twoSources ? bead.source() : bead.target();
    int one = twoSources ? bead.target().get(0) : bead.source().get(0);
    int oneLength = LengthModel.length((twoSources ? target(one) : source(one)).text());
    int[] lengthsOfTwo = new int[2];
    for (int i = 0; i < 2; i++) {
      Clause u = twoSources ? source(twos.get(i)) : target(twos.get(i));
      lengthsOfTwo[i] = LengthModel.length(u.text());
    }
    double both = devi(twoSources, lengthsOfTwo[0] + lengthsOfTwo[1], oneLength);
    for (int keep = 0; keep < 2; keep++) {
      double alone = devi(twoSources, lengthsOfTwo[keep], oneLength);
      if (alone <= lengths.limit()
          && alone + CROSSING_MARGIN < both
          && Math.min(lengthsOfTwo[0], lengthsOfTwo[1]) >= LengthModel.MIN_LENGTH) {
        Bead pair = pair(twoSources, twos.get(keep), one, bead.score());
        Bead gap =
            twoSources
                ? new Bead(List.of(twos.get(1 - keep)), List.of(), bead.score())
                : new Bead(List.of(), List.of(twos.get(1 - keep)), bead.score());
        return keep == 0 ? List.of(pair, gap) : List.of(gap, pair);
      }
    }
    return List.of(bead);
  }

  private double devi(boolean twoSources, int twoSide, int oneSide) {
    return twoSources ? lengths.deviation(twoSide, oneSide) : lengths.deviation(oneSide, twoSide);
  }

  /** The neighbour of a one-unit gap that holds its unit, or -1. */
  private int neighbourHolding(List<Bead> beads, int k) {
    Bead gap = beads.get(k);
    boolean missing = gap.target().isEmpty();
    Clause unit = missing ? source(gap.source().get(0)) : target(gap.target().get(0));
    for (int into : new int[] {k - 1, k + 1}) {
      if (into < 0 || into >= beads.size() || beads.get(into).isGap()) {
        continue;
      }
      Bead n = beads.get(into);
      List<Clause> own = missing ? sources(n) : targets(n);
      List<Clause> other = missing ? targets(n) : sources(n);
      if (holds(unit, own, other, into < k, missing ? targetHeadings : sourceHeadings, missing)) {
        return into;
      }
    }
    return -1;
  }

  /**
   * Whether {@code other}, the counterpart of {@code own}, also translates {@code unit}, which
   * comes after {@code own} when {@code after}.
   */
  private boolean holds(
      Clause unit,
      List<Clause> own,
      List<Clause> other,
      boolean after,
      Series otherHeadings,
      boolean missing) {
    int ownLength = length(own);
    int otherLength = length(other);
    int unitLength = LengthModel.length(unit.text());
    double before = Double.NaN;
    double joined = Double.NaN;
    if (lengths.known()) {
      before =
          missing
              ? lengths.deviation(ownLength, otherLength)
              : lengths.deviation(otherLength, ownLength);
      joined =
          missing
              ? lengths.deviation(ownLength + unitLength, otherLength)
              : lengths.deviation(otherLength, ownLength + unitLength);
      // too long without the unit, or clearly closer to the usual length with it
      if (joined <= lengths.limit()
          && (before > lengths.limit() || joined + CROSSING_MARGIN < before)) {
        return true;
      }
    }
    boolean lengthAllows = !lengths.known() || joined <= lengths.limit();
    if (!lengthAllows) {
      return false;
    }
    List<String> unmatched = Numbers.minus(Numbers.of(other), Numbers.of(own));
    List<String> unitNumbers = new ArrayList<>(Numbers.content(unit));
    unitNumbers.addAll(Numbers.label(unit));
    if (unitNumbers.stream().anyMatch(unmatched::contains)) {
      return true;
    }
    if (unit.kind() == Kind.HEADING && !other.isEmpty()) {
      String text = after ? other.get(other.size() - 1).text() : other.get(0).text();
      return after ? otherHeadings.ends(text) : otherHeadings.starts(text);
    }
    return false;
  }

  private int shared(Clause s, Clause t) {
    List<String> a = Numbers.content(s);
    return a.size() - Numbers.minus(a, Numbers.content(t)).size();
  }

  private double deviation(Clause s, Clause t) {
    return lengths.deviation(LengthModel.length(s.text()), LengthModel.length(t.text()));
  }

  private static int length(List<Clause> units) {
    return units.stream().mapToInt(u -> LengthModel.length(u.text())).sum();
  }

  private static List<Integer> joined(List<Integer> a, List<Integer> b) {
    return List.copyOf(new TreeSet<>(concat(a, b)));
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Clause source(int n) {
    return alignment.source().units().get(n - 1);
  }

  private Clause target(int n) {
    return alignment.target().units().get(n - 1);
  }

  private List<Clause> sources(Bead bead) {
    return bead.source().stream().map(this::source).toList();
  }

  private List<Clause> targets(Bead bead) {
    return bead.target().stream().map(this::target).toList();
  }

  /**
   * What a version's numbered headings share: the text before their number and after it ({@code
   * Статья }, {@code 第…条}, {@code … cikk}), learned from the headings that carry a label.
   */
  record Series(String prefix, String suffix, int longest) {

    static final Series NONE = new Series("", "", 0);

    static Series of(ClauseDocument doc) {
      List<String> texts =
          doc.units().stream()
              .filter(u -> u.kind() == Kind.HEADING && u.label() != null)
              .map(Clause::text)
              .toList();
      if (texts.size() < 2) {
        return NONE;
      }
      String prefix = texts.get(0);
      String suffix = texts.get(0);
      int longest = 0;
      for (String t : texts) {
        prefix = commonPrefix(prefix, t);
        suffix = commonSuffix(suffix, t);
        longest = Math.max(longest, t.length());
      }
      // the number itself is no part of the series: Article 10 and Article 11 share "Article "
      while (!prefix.isEmpty() && Character.isDigit(prefix.charAt(prefix.length() - 1))) {
        prefix = prefix.substring(0, prefix.length() - 1);
      }
      while (!suffix.isEmpty() && Character.isDigit(suffix.charAt(0))) {
        suffix = suffix.substring(1);
      }
      boolean letters = (prefix + suffix).codePoints().anyMatch(Character::isLetter);
      return letters ? new Series(prefix, suffix, longest) : NONE;
    }

    /** Whether a text opens with a heading of the series. */
    boolean starts(String text) {
      if (this == NONE || !text.startsWith(prefix)) {
        return false;
      }
      String head = text.substring(0, Math.min(text.length(), 2 * longest));
      return suffix.isEmpty() || head.indexOf(suffix, prefix.length()) >= 0;
    }

    /** Whether a text closes with a heading of the series. */
    boolean ends(String text) {
      String tail = text.strip();
      if (this == NONE || !tail.endsWith(suffix)) {
        return false;
      }
      if (prefix.isEmpty()) {
        return true;
      }
      int at = tail.lastIndexOf(prefix);
      // a heading of the series with a longer number than any recognised (الحادية عشرة)
      return at >= 0 && tail.length() - at <= 2 * longest;
    }

    private static String commonPrefix(String a, String b) {
      int i = 0;
      while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      return a.substring(0, i);
    }

    private static String commonSuffix(String a, String b) {
      int i = 0;
      while (i < a.length()
          && i < b.length()
          && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
        i++;
      }
      return a.substring(a.length() - i);
    }
  }
}
