package org.decl.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Kind;
import org.decl.extract.LanguageDetector;

/**
 * Checks a translation against its original over their alignment, bead by bead: clauses missing,
 * added, merged, split or moved; numbers, addresses and glossary terms not carried over; text left
 * untranslated; lengths, end punctuation, brackets and doubled words that give a slip away. Each
 * finding names its rule (see {@link TranslationRules}), its level and its clauses.
 */
public final class TranslationCheck {

  private final List<Map<String, String>> glossary;
  private final double minScore;
  private final LanguageDetector detector;

  /**
   * @param glossary terms that must correspond, one map per entry, language to term
   * @param minScore beads scoring below this are weak
   * @param detector tells a clause's language, for text left in the original's language; null to
   *     compare scripts and identical texts only
   */
  public TranslationCheck(
      List<Map<String, String>> glossary, double minScore, LanguageDetector detector) {
    this.glossary = List.copyOf(glossary);
    this.minScore = minScore;
    this.detector = detector;
  }

  /** The findings of a translation against its original, in bead order. */
  public List<Finding> check(Alignment alignment) {
    ClauseDocument source = alignment.source();
    ClauseDocument target = alignment.target();
    List<Finding> findings = new ArrayList<>();
    TranslationEvidence evidence = new TranslationEvidence(alignment, glossary, detector);
    // the aligner's beads, read again for merges it took for gaps and swaps it took for a cut
    List<Bead> beads = new Shapes(alignment, new LengthModel(alignment)).refine();
    boolean[] moved = Order.outOfOrder(beads);
    for (int k = 0; k < beads.size(); k++) {
      Bead bead = beads.get(k);
      Pair pair = new Pair(bead, units(source, bead.source()), units(target, bead.target()));
      if (bead.target().isEmpty()) {
        findings.add(
            pair.finding(
                TranslationRules.MISSING_CLAUSE, "no translation of " + pair.describeSource()));
        continue;
      }
      if (bead.source().isEmpty()) {
        findings.add(
            pair.finding(
                TranslationRules.EXTRA_CLAUSE,
                pair.describeTarget() + " translates nothing in the original"));
        continue;
      }
      shape(pair, moved[k], findings);
      int before = findings.size();
      evidence.check(pair, findings);
      boolean lengthExplained =
          findings.subList(before, findings.size()).stream()
              .anyMatch(f -> f.rule().equals(TranslationRules.LENGTH_RATIO.id()));
      if (bead.score() < minScore && !lengthExplained && !forced(beads, k, pair)) {
        findings.add(
            pair.finding(
                TranslationRules.WEAK_BEAD,
                String.format(
                    java.util.Locale.ROOT,
                    "weak alignment (score %.2f, below %.2f): check that %s translates %s",
                    bead.score(),
                    minScore,
                    pair.describeTarget(),
                    pair.describeSource())));
      }
    }
    return findings;
  }

  /**
   * Whether a weak 1-1 bead of short units (headings, labels: too little text to score) is the only
   * pairing left between two sure beads: the aligner's doubt is then about evidence, not about the
   * pairing.
   */
  private boolean forced(List<Bead> beads, int k, Pair pair) {
    if (pair.source().size() != 1
        || pair.target().size() != 1
        || LengthModel.length(pair.sourceText()) >= LengthModel.MIN_LENGTH) {
      return false;
    }
    boolean before = k == 0 || (!beads.get(k - 1).isGap() && beads.get(k - 1).score() >= minScore);
    boolean after =
        k == beads.size() - 1
            || (!beads.get(k + 1).isGap() && beads.get(k + 1).score() >= minScore);
    return before && after;
  }

  private static void shape(Pair pair, boolean moved, List<Finding> findings) {
    int s = pair.source().size();
    int t = pair.target().size();
    if (s > 1 && t == 1) {
      findings.add(
          pair.finding(
              TranslationRules.MERGED_CLAUSES,
              pair.describeSource() + " are translated as one clause, " + pair.describeTarget()));
    } else if (s == 1 && t > 1) {
      findings.add(
          pair.finding(
              TranslationRules.SPLIT_CLAUSE,
              pair.describeSource()
                  + " is translated as "
                  + t
                  + " clauses, "
                  + pair.describeTarget()));
    } else if (s > 1) {
      findings.add(
          pair.finding(
              TranslationRules.MERGED_CLAUSES,
              pair.describeSource()
                  + " are cut differently in the translation, "
                  + pair.describeTarget()));
    }
    if (moved) {
      findings.add(
          pair.finding(
              TranslationRules.MOVED_CLAUSE,
              "the translation of "
                  + pair.describeSource()
                  + " comes elsewhere, as "
                  + pair.describeTarget()));
    }
  }

  private static List<Clause> units(ClauseDocument doc, List<Integer> ns) {
    return ns.stream().map(n -> doc.units().get(n - 1)).toList();
  }

  /** A bead with its units. */
  record Pair(Bead bead, List<Clause> source, List<Clause> target) {

    String sourceText() {
      return text(source);
    }

    String targetText() {
      return text(target);
    }

    boolean headings() {
      return source.stream().allMatch(u -> u.kind() == Kind.HEADING)
          && target.stream().allMatch(u -> u.kind() == Kind.HEADING);
    }

    String describeSource() {
      return describe(source, "original");
    }

    String describeTarget() {
      return describe(target, "translation");
    }

    Finding finding(TranslationRules rule, String message) {
      Clause clause = target.isEmpty() ? source.get(0) : target.get(0);
      return new Finding(
          rule.id(), rule.level(), bead.source(), bead.target(), clause.id(), message);
    }

    private static String text(List<Clause> units) {
      StringBuilder text = new StringBuilder();
      for (Clause u : units) {
        text.append(text.isEmpty() ? "" : " ").append(u.text());
      }
      return text.toString();
    }

    private static String describe(List<Clause> units, String side) {
      String ids = String.join(" and ", units.stream().map(Clause::id).toList());
      return (units.size() > 1 ? "clauses " : "clause ") + ids + " of the " + side;
    }
  }
}
