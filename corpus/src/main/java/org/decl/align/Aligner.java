package org.decl.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.decl.LanguageTags;
import org.decl.align.BeadSearch.Step;
import org.decl.align.CostModel.Shape;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Span;
import org.decl.clause.Splitter;

/**
 * Aligns two versions of a declaration clause by clause.
 *
 * <p>Printed numbers are strong anchors where both versions have them; everywhere, the aligner
 * weighs Gale and Church's length model with the evidence that survives translation (numbers,
 * addresses, names, end punctuation, headings, structural ids) and finds the cheapest sequence of
 * 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 beads by a banded search, in two passes: the first learns the
 * pair's length ratio and variance, the second aligns with them around the first path. Clauses the
 * search left without counterpart on both sides are then paired when they clearly translate each
 * other: a clause moved elsewhere in the translation.
 *
 * <p>Sentences (within clause beads, or texts already segmented) are aligned with more: what the
 * words of two units share without a model of either language (cognates and transliterated names,
 * the punctuation profile) and a bilingual lexicon learned from the alignment itself. The pairs a
 * first search is sure of train word translation probabilities (IBM Model 1, see {@link Lexicon});
 * a second search weighs the links they make, with those of a user's dictionary. Within clause
 * beads, the lexicon learns from the confident clause pairs and the confident sentence pairs
 * together. 1-3 and 3-1 beads are allowed there too. Clauses keep to lengths and anchors: at that
 * level they decide, and the search stays fast on a hundred thousand clauses.
 */
public final class Aligner {

  /** A bead this sure, of one unit on each side, teaches the lexicon. */
  private static final double TEACHES = 0.6;

  private final boolean lexical;
  private final Lexicon dictionary;

  /** An aligner that learns its lexicon from what it aligns. */
  public Aligner() {
    this(true, Lexicon.empty());
  }

  /** An aligner that learns its lexicon from what it aligns, beside a user's dictionary. */
  public Aligner(Lexicon dictionary) {
    this(true, dictionary);
  }

  private Aligner(boolean lexical, Lexicon dictionary) {
    this.lexical = lexical;
    this.dictionary = dictionary;
  }

  /**
   * The aligner of lengths and anchors alone (numbers, addresses, names, end punctuation,
   * structure), without the evidence of words or a lexicon: the aligner decl had before them, kept
   * to measure what they add.
   */
  public static Aligner withoutWords() {
    return new Aligner(false, Lexicon.empty());
  }

  private static final double FIRST_VARIANCE = 12;
  private static final double MIN_VARIANCE = 2;
  private static final double MAX_VARIANCE = 80;

  /** The median of a chi-square variable with one degree of freedom. */
  private static final double CHI2_MEDIAN = 0.455;

  /**
   * Aligns the clauses of two versions, by lengths and anchors: at clause level they decide, and
   * the search stays fast on documents of a hundred thousand clauses.
   */
  public Alignment align(ClauseDocument source, ClauseDocument target) {
    return new Alignment(
        source,
        target,
        beads(
            source.units(),
            target.units(),
            sameLanguage(source, target),
            null,
            Lexicon.empty(),
            false,
            false,
            true));
  }

  /**
   * Aligns two texts already segmented into sentences (one unit per sentence, as {@code decl align
   * --segmented} reads them): with the evidence of words, 1-3 and 3-1 beads, and a lexicon learned
   * from a first search's confident pairs for a second, their ids (line numbers) left aside (unless
   * this aligner is {@link #withoutWords()}, which aligns as decl did before).
   */
  public Alignment alignSegments(ClauseDocument source, ClauseDocument target) {
    return new Alignment(
        source,
        target,
        beads(
            source.units(),
            target.units(),
            sameLanguage(source, target),
            null,
            dictionary,
            lexical,
            lexical,
            !lexical));
  }

  /**
   * Aligns every version of a work through the first, the pivot: one row per pivot clause (or per
   * run of pivot clauses some version merges), with the units each version has for it.
   */
  public MultiAlignment alignAll(List<ClauseDocument> versions) {
    if (versions.size() < 2) {
      throw new IllegalArgumentException("an alignment needs two versions or more");
    }
    ClauseDocument pivot = versions.get(0);
    return rows(versions.subList(1, versions.size()).stream().map(v -> align(pivot, v)).toList());
  }

  /** The rows of a many-version alignment, from each version's alignment with the same pivot. */
  public MultiAlignment rows(List<Alignment> pairs) {
    ClauseDocument pivot = pairs.get(0).source();
    if (pairs.stream().anyMatch(p -> p.source() != pivot)) {
      throw new IllegalArgumentException("the alignments do not share their first version");
    }
    return new ManyVersions(pivot, pairs).rows();
  }

  /**
   * The sentences of two aligned versions, aligned within each bead of clauses: sentences never
   * cross a clause bead's edge, so a clause's sentences are only ever matched with its
   * translation's.
   */
  public Alignment alignSentences(Alignment clauses) {
    ClauseDocument source = Splitter.sentences(clauses.source());
    ClauseDocument target = Splitter.sentences(clauses.target());
    Map<Integer, List<Clause>> sourceSentences = byClause(clauses.source(), source);
    Map<Integer, List<Clause>> targetSentences = byClause(clauses.target(), target);
    boolean same = sameLanguage(source, target);
    CostModel model = learned(clauses, same);
    List<List<Clause>> sourceRuns = new ArrayList<>();
    List<List<Clause>> targetRuns = new ArrayList<>();
    for (Bead bead : clauses.beads()) {
      List<Clause> a = new ArrayList<>();
      List<Clause> b = new ArrayList<>();
      bead.source().forEach(n -> a.addAll(sourceSentences.getOrDefault(n, List.of())));
      bead.target().forEach(n -> b.addAll(targetSentences.getOrDefault(n, List.of())));
      sourceRuns.add(a);
      targetRuns.add(b);
    }
    List<Bead> first = sentenceBeads(clauses, sourceRuns, targetRuns, same, model, dictionary);
    if (!lexical) {
      return new Alignment(source, target, first);
    }
    List<long[]> sourceWords = new ArrayList<>();
    List<long[]> targetWords = new ArrayList<>();
    teach(clauses, sourceWords, targetWords);
    teach(new Alignment(source, target, first), sourceWords, targetWords);
    Lexicon lexicon = dictionary.with(Lexicon.learn(sourceWords, targetWords));
    if (lexicon == dictionary) {
      return new Alignment(source, target, first);
    }
    return new Alignment(
        source, target, sentenceBeads(clauses, sourceRuns, targetRuns, same, model, lexicon));
  }

  /** The sentence beads of each clause bead, its sentences aligned with the lexicon given. */
  private List<Bead> sentenceBeads(
      Alignment clauses,
      List<List<Clause>> sourceRuns,
      List<List<Clause>> targetRuns,
      boolean same,
      CostModel model,
      Lexicon lexicon) {
    List<Bead> beads = new ArrayList<>();
    for (int k = 0; k < sourceRuns.size(); k++) {
      List<Clause> a = sourceRuns.get(k);
      List<Clause> b = targetRuns.get(k);
      if (a.size() <= 1 || b.size() <= 1) {
        beads.add(new Bead(ns(a), ns(b), clauses.beads().get(k).score()));
      } else {
        beads.addAll(beads(a, b, same, model, lexicon, false, lexical, true));
      }
    }
    return beads;
  }

  /** Adds the words of each confident 1-1 bead of an alignment to what a lexicon learns from. */
  private static void teach(Alignment alignment, List<long[]> sources, List<long[]> targets) {
    for (Bead bead : alignment.beads()) {
      if (bead.source().size() == 1 && bead.target().size() == 1 && bead.score() >= TEACHES) {
        sources.add(Words.hashes(alignment.sourceText(bead)));
        targets.add(Words.hashes(alignment.targetText(bead)));
      }
    }
  }

  /** The sentences of each clause, by the clause's {@code n}. */
  private static Map<Integer, List<Clause>> byClause(
      ClauseDocument clauses, ClauseDocument sentences) {
    Map<Integer, List<Clause>> byClause = new HashMap<>();
    int c = 0;
    for (Clause sentence : sentences.units()) {
      while (c < clauses.units().size() - 1
          && !within(sentence.span(), clauses.units().get(c).span())) {
        c++;
      }
      byClause.computeIfAbsent(clauses.units().get(c).n(), n -> new ArrayList<>()).add(sentence);
    }
    return byClause;
  }

  private static boolean within(Span sentence, Span clause) {
    return sentence.paragraph() == clause.paragraph()
        && sentence.start() >= clause.start()
        && sentence.start() < Math.max(clause.end(), clause.start() + 1);
  }

  private static List<Integer> ns(List<Clause> units) {
    return units.stream().map(Clause::n).toList();
  }

  /** Whether two versions are in the same language, so that their words can be compared. */
  public static boolean sameLanguage(ClauseDocument source, ClauseDocument target) {
    return source.lang() != null
        && target.lang() != null
        && Objects.equals(
            LanguageTags.language(source.lang()), LanguageTags.language(target.lang()));
  }

  /**
   * The beads of two runs of units, {@code n} as the units carry them.
   *
   * @param fixed the length model to use as it is, or null to learn it from the units
   * @param lexicon the links known before the search
   * @param learn whether to learn more links from the search's confident pairs and search again
   * @param words whether to weigh the evidence of words
   * @param structure whether the units' ids come from the documents' structure (not from lines)
   */
  private List<Bead> beads(
      List<Clause> source,
      List<Clause> target,
      boolean sameLanguage,
      CostModel fixed,
      Lexicon lexicon,
      boolean learn,
      boolean words,
      boolean structure) {
    Signals[] a = translated(signals(source, sameLanguage || words, structure), lexicon, true);
    Signals[] b = translated(signals(target, sameLanguage || words, structure), lexicon, false);
    BeadSearch search = new BeadSearch(a, b);
    CostModel model;
    List<Step> path;
    if (fixed != null) {
      model = fixed;
      path = search.search(model, null);
    } else {
      CostModel first = new CostModel(ratio(a, b), FIRST_VARIANCE, sameLanguage, words);
      List<Step> rough = search.search(first.lengthsOnly(), null);
      model = learned(first, rough, a, b);
      path = search.search(model, BeadSearch.center(rough, a.length));
    }
    if (words && learn) {
      Lexicon learned = lexicon.with(learned(path, model, a, b));
      if (learned != lexicon) {
        a = translated(a, learned, true);
        b = translated(b, learned, false);
        search = new BeadSearch(a, b);
        path = search.search(model, BeadSearch.center(path, a.length));
      }
    }
    List<Bead> beads = beads(path, search, model, source, target);
    return new Moves(model, a, b).paired(beads, source, target);
  }

  /** The lexicon of the confident 1-1 beads of a path. */
  private static Lexicon learned(List<Step> path, CostModel model, Signals[] a, Signals[] b) {
    List<long[]> sources = new ArrayList<>();
    List<long[]> targets = new ArrayList<>();
    for (Step step : path) {
      if (step.shape() == Shape.ONE_ONE) {
        Signals s = a[step.i() - 1];
        Signals t = b[step.j() - 1];
        if (model.score(s, t, true) >= TEACHES) {
          sources.add(s.words());
          targets.add(t.words());
        }
      }
    }
    return Lexicon.learn(sources, targets);
  }

  private static Signals[] translated(Signals[] units, Lexicon lexicon, boolean sourceSide) {
    if (lexicon.isEmpty()) {
      return units;
    }
    Signals[] translated = new Signals[units.length];
    for (int k = 0; k < units.length; k++) {
      translated[k] = lexicon.translated(units[k], sourceSide);
    }
    return translated;
  }

  /**
   * What the search needs of each unit. On one thread: on two cores, reading long documents on both
   * left the JIT compiler no core, and the reading ran slower than on one.
   */
  private static Signals[] signals(List<Clause> units, boolean words) {
    return signals(units, words, true);
  }

  private static Signals[] signals(List<Clause> units, boolean words, boolean structure) {
    return units.stream()
        .map(u -> structure ? Signals.of(u, words) : Signals.of(u, words).withoutStructure())
        .toArray(Signals[]::new);
  }

  /** The length model of an alignment already made: the ratio and variance of its 1-1 beads. */
  private CostModel learned(Alignment clauses, boolean sameLanguage) {
    Signals[] a = signals(clauses.source().units(), false);
    Signals[] b = signals(clauses.target().units(), false);
    List<Signals[]> pairs = new ArrayList<>();
    for (Bead bead : clauses.beads()) {
      if (bead.source().size() == 1 && bead.target().size() == 1) {
        pairs.add(new Signals[] {a[bead.source().get(0) - 1], b[bead.target().get(0) - 1]});
      }
    }
    return fitted(new CostModel(ratio(a, b), FIRST_VARIANCE, sameLanguage, lexical), pairs);
  }

  private static double ratio(Signals[] a, Signals[] b) {
    long source = Arrays.stream(a).mapToLong(Signals::length).sum();
    long target = Arrays.stream(b).mapToLong(Signals::length).sum();
    return source == 0 || target == 0 ? 1 : (double) target / source;
  }

  /** The model a search learned: the ratio and variance of the 1-1 beads of its path. */
  private static CostModel learned(CostModel model, List<Step> path, Signals[] a, Signals[] b) {
    List<Signals[]> pairs = new ArrayList<>();
    for (Step step : path) {
      if (step.shape() == Shape.ONE_ONE) {
        pairs.add(new Signals[] {a[step.i() - 1], b[step.j() - 1]});
      }
    }
    return fitted(model, pairs);
  }

  /** The model with the ratio and variance of these 1-1 pairs (headings and empty units aside). */
  private static CostModel fitted(CostModel model, List<Signals[]> oneToOne) {
    long sourceChars = 0;
    long targetChars = 0;
    List<int[]> pairs = new ArrayList<>();
    for (Signals[] pair : oneToOne) {
      Signals s = pair[0];
      Signals t = pair[1];
      if (s.length() > 0 && t.length() > 0 && !s.heading()) {
        sourceChars += s.length();
        targetChars += t.length();
        pairs.add(new int[] {s.length(), t.length()});
      }
    }
    if (pairs.size() < 5) {
      return model;
    }
    double ratio = (double) targetChars / sourceChars;
    double[] spread = new double[pairs.size()];
    for (int k = 0; k < spread.length; k++) {
      int s = pairs.get(k)[0];
      int t = pairs.get(k)[1];
      double mean = Math.max(1, (s + t / ratio) / 2);
      spread[k] = Math.pow(t - ratio * s, 2) / (ratio * mean);
    }
    Arrays.sort(spread);
    double variance = spread[spread.length / 2] / CHI2_MEDIAN;
    return model.with(ratio, Math.max(MIN_VARIANCE, Math.min(MAX_VARIANCE, variance)));
  }

  private static List<Bead> beads(
      List<Step> path,
      BeadSearch search,
      CostModel model,
      List<Clause> source,
      List<Clause> target) {
    List<Bead> beads = new ArrayList<>(path.size());
    for (Step step : path) {
      Shape shape = step.shape();
      List<Integer> s = numbers(source, step.i() - shape.source, step.i());
      List<Integer> t = numbers(target, step.j() - shape.target, step.j());
      double score;
      if (s.isEmpty() || t.isEmpty()) {
        score = gapScore(search, model, step);
      } else {
        score =
            model.score(
                search.sourceSide(step.i(), shape.source),
                search.targetSide(step.j(), shape.target),
                shape == Shape.ONE_ONE);
      }
      beads.add(new Bead(s, t, round(score)));
    }
    return beads;
  }

  /**
   * How sure a unit has no counterpart: the less it would fit the unit facing it on the other side
   * (before or after the gap), the surer.
   */
  private static double gapScore(BeadSearch search, CostModel model, Step step) {
    Signals[] own = step.shape() == Shape.ONE_ZERO ? search.source() : search.target();
    Signals[] other = step.shape() == Shape.ONE_ZERO ? search.target() : search.source();
    int unit = step.shape() == Shape.ONE_ZERO ? step.i() - 1 : step.j() - 1;
    int facing = step.shape() == Shape.ONE_ZERO ? step.j() : step.i();
    double fit = 0;
    for (int k = facing - 1; k <= facing; k++) {
      if (k >= 0 && k < other.length) {
        Signals s = step.shape() == Shape.ONE_ZERO ? own[unit] : other[k];
        Signals t = step.shape() == Shape.ONE_ZERO ? other[k] : own[unit];
        fit = Math.max(fit, model.score(s, t, true));
      }
    }
    return 1 - fit;
  }

  static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static List<Integer> numbers(List<Clause> units, int from, int to) {
    List<Integer> ns = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      ns.add(units.get(k).n());
    }
    return ns;
  }
}
