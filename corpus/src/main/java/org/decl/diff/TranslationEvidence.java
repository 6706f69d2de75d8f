package org.decl.diff;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.LanguageTags;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.diff.TranslationCheck.Pair;
import org.decl.extract.LanguageDetector;
import org.decl.extract.LanguageGuess;
import org.decl.text.Punctuation;
import org.decl.text.Tokens;

/**
 * The checks of a translated bead that read its text: numbers, addresses, numbering, length,
 * language, glossary, end punctuation, brackets, doubled words. What they compare against (the
 * pair's usual length ratio, whether the translation's language marks clause ends) is learned from
 * the whole alignment first.
 */
final class TranslationEvidence {

  /** Below this many characters, a clause's length says little. */
  private static final int MIN_LENGTH = 40;

  /** Fewer 1-1 beads than this, and no usual length ratio can be told. */
  private static final int MIN_BEADS = 8;

  /** A clause's length ratio is odd beyond this many robust deviations from the usual one... */
  private static final double RATIO_DEVIATIONS = 4;

  /** ...and, whatever the spread, beyond this factor. */
  private static final double MIN_RATIO_FACTOR = Math.log(1.8);

  /** Below this many letters, a clause is too short to tell its language. */
  private static final int MIN_DETECTABLE = 60;

  private static final Pattern DOUBLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\s+\\1(?![\\p{L}\\p{M}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Doubled words that are grammar, not slips. */
  private static final Set<String> GRAMMATICAL_DOUBLES =
      Set.of("nous nous", "vous vous", "die die", "der der", "das das", "had had", "that that");

  private static final String[][] BRACKETS = {
    {"(", ")"},
    {"[", "]"},
    {"{", "}"},
    {"«", "»"},
    {"「", "」"},
    {"『", "』"},
    {"（", "）"},
    {"【", "】"},
    {"〈", "〉"},
    {"《", "》"}
  };

  private final String sourceLang;
  private final String targetLang;
  private final List<Term> terms;
  private final LanguageDetector detector;
  private final double usualRatio;
  private final double ratioSpread;
  private final boolean targetMarksEnds;
  private final boolean scriptsDiffer;

  TranslationEvidence(
      Alignment alignment, List<Map<String, String>> glossary, LanguageDetector detector) {
    this.sourceLang = alignment.source().lang();
    this.targetLang = alignment.target().lang();
    this.terms = terms(glossary, sourceLang, targetLang);
    this.detector = detector;
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
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.usualRatio = sorted.length < MIN_BEADS ? Double.NaN : median(sorted);
    this.ratioSpread =
        sorted.length < MIN_BEADS
            ? Double.NaN
            : 1.4826
                * median(
                    Arrays.stream(sorted).map(r -> Math.abs(r - usualRatio)).sorted().toArray());
    long clauses = alignment.target().units().stream().filter(u -> u.kind() == Kind.CLAUSE).count();
    long unmarked =
        alignment.target().units().stream()
            .filter(
                u -> u.kind() == Kind.CLAUSE && Punctuation.endOf(u.text()) == Punctuation.End.NONE)
            .count();
    this.targetMarksEnds = unmarked * 2 <= clauses;
    this.scriptsDiffer =
        mainScript(text(alignment.source().units()))
            != mainScript(text(alignment.target().units()));
  }

  void check(Pair pair, List<Finding> findings) {
    String source = pair.sourceText();
    String target = pair.targetText();
    numbers(pair, findings);
    addresses(pair, source, target, findings);
    numbering(pair, findings);
    lengthRatio(pair, source, target, findings);
    untranslated(pair, source, target, findings);
    glossary(pair, source, target, findings);
    endPunctuation(pair, findings);
    brackets(pair, source, target, findings);
    doubledWords(pair, target, findings);
  }

  private void numbers(Pair pair, List<Finding> findings) {
    List<String> source = new ArrayList<>();
    pair.source().forEach(u -> source.addAll(Tokens.numbers(withoutLabel(u))));
    List<String> target = new ArrayList<>();
    pair.target().forEach(u -> target.addAll(Tokens.numbers(withoutLabel(u))));
    List<String> onlySource = minus(source, target);
    List<String> onlyTarget = minus(target, source);
    // An ordinal the other side shows no number for was most likely written out there (4e,
    // Cuarta); one the other side has another number for (4e, 5th) was changed.
    if (onlyTarget.isEmpty()) {
      onlySource = minus(onlySource, ordinals(pair.source()));
    }
    if (onlySource.isEmpty()) {
      onlyTarget = minus(onlyTarget, ordinals(pair.target()));
    }
    if (!onlySource.isEmpty() || !onlyTarget.isEmpty()) {
      findings.add(
          pair.finding(
              TranslationRules.NUMBER_MISMATCH,
              "numbers differ: "
                  + listed(onlySource)
                  + " in the original, "
                  + listed(onlyTarget)
                  + " in the translation"));
    }
  }

  private static List<String> ordinals(List<Clause> units) {
    List<String> ordinals = new ArrayList<>();
    units.forEach(u -> ordinals.addAll(Tokens.ordinals(withoutLabel(u))));
    return ordinals;
  }

  /** A heading keeps its label in its text ({@code Article 5}); its number is the label's. */
  private static String withoutLabel(Clause unit) {
    String text = unit.text();
    if (unit.kind() == Kind.HEADING && unit.label() != null) {
      int at = text.indexOf(unit.label());
      return at < 0 ? text : text.substring(0, at) + text.substring(at + unit.label().length());
    }
    return text;
  }

  private static void addresses(Pair pair, String source, String target, List<Finding> findings) {
    List<String> s = Tokens.addresses(source);
    List<String> t = Tokens.addresses(target);
    List<String> onlySource = minus(s, t);
    List<String> onlyTarget = minus(t, s);
    if (!onlySource.isEmpty() || !onlyTarget.isEmpty()) {
      findings.add(
          pair.finding(
              TranslationRules.URL_MISMATCH,
              "addresses differ: "
                  + listed(onlySource)
                  + " in the original, "
                  + listed(onlyTarget)
                  + " in the translation"));
    }
  }

  private static void numbering(Pair pair, List<Finding> findings) {
    if (pair.source().size() != 1 || pair.target().size() != 1) {
      return;
    }
    Clause s = pair.source().get(0);
    Clause t = pair.target().get(0);
    if (s.label() == null && t.label() == null) {
      return;
    }
    if (s.label() == null || t.label() == null || !s.id().equals(t.id())) {
      findings.add(
          pair.finding(
              TranslationRules.NUMBERING,
              "numbered "
                  + printed(t)
                  + " in the translation, "
                  + printed(s)
                  + " in the original"));
    }
  }

  private static String printed(Clause unit) {
    return unit.label() == null ? "not numbered" : "'" + unit.label() + "' (" + unit.id() + ")";
  }

  private void lengthRatio(Pair pair, String source, String target, List<Finding> findings) {
    if (Double.isNaN(usualRatio) || pair.source().size() != 1 || pair.target().size() != 1) {
      return;
    }
    int s = length(source);
    int t = length(target);
    if (s < MIN_LENGTH || t == 0) {
      return;
    }
    double deviation = Math.abs(Math.log((double) t / s) - usualRatio);
    if (deviation > Math.max(RATIO_DEVIATIONS * ratioSpread, MIN_RATIO_FACTOR)) {
      double factor = Math.exp(Math.log((double) t / s) - usualRatio);
      findings.add(
          pair.finding(
              TranslationRules.LENGTH_RATIO,
              String.format(
                  Locale.ROOT,
                  "%s the usual length for this original (%d characters for %d)",
                  factor > 1
                      ? String.format(Locale.ROOT, "%.1f times", factor)
                      : String.format(Locale.ROOT, "%.0f%% of", factor * 100),
                  t,
                  s)));
    }
  }

  private void untranslated(Pair pair, String source, String target, List<Finding> findings) {
    if (sourceLang == null || targetLang == null || sameLanguage()) {
      return;
    }
    String letters = Tokens.withoutAddresses(target);
    if (letterCount(letters) < 3) {
      return;
    }
    if (normalised(source).equals(normalised(target))) {
      findings.add(
          pair.finding(
              TranslationRules.UNTRANSLATED, "identical to the original: not translated?"));
      return;
    }
    int sourceScript = mainScript(Tokens.withoutAddresses(source));
    int targetScript = mainScript(letters);
    if (sourceScript != targetScript) {
      return;
    }
    if (scriptsDiffer) {
      findings.add(
          pair.finding(
              TranslationRules.UNTRANSLATED,
              "written in the original's script, "
                  + UScript.getName(sourceScript)
                  + ": not translated?"));
      return;
    }
    if (detector != null && letterCount(letters) >= MIN_DETECTABLE) {
      LanguageGuess guess = detector.detect(letters);
      if (guess.confidence() >= 0.9
          && Objects.equals(
              LanguageTags.language(guess.tag()), LanguageTags.language(sourceLang))) {
        findings.add(
            pair.finding(
                TranslationRules.UNTRANSLATED,
                "still in the original's language (" + sourceLang + "): not translated?"));
      }
    }
  }

  private boolean sameLanguage() {
    return Objects.equals(LanguageTags.language(sourceLang), LanguageTags.language(targetLang));
  }

  private void glossary(Pair pair, String source, String target, List<Finding> findings) {
    for (Term term : terms) {
      if (term.inSource().matcher(source).find() && !term.inTarget().matcher(target).find()) {
        findings.add(
            pair.finding(
                TranslationRules.GLOSSARY,
                "'"
                    + term.source()
                    + "' in the original should be rendered '"
                    + term.target()
                    + "'"));
      }
    }
  }

  /** A glossary entry for this pair of languages, its patterns compiled once per check. */
  private record Term(String source, Pattern inSource, String target, Pattern inTarget) {}

  /** The glossary entries that give a term in both languages of the pair. */
  private static List<Term> terms(
      List<Map<String, String>> glossary, String sourceLang, String targetLang) {
    List<Term> terms = new ArrayList<>();
    if (sourceLang == null || targetLang == null) {
      return terms;
    }
    for (Map<String, String> entry : glossary) {
      String source = term(entry, sourceLang);
      String target = term(entry, targetLang);
      if (source != null && target != null) {
        terms.add(new Term(source, pattern(source), target, pattern(target)));
      }
    }
    return terms;
  }

  /**
   * A version's term: the one given for its tag, else for the nearest broader tag ({@code zh} for
   * {@code zh-Hant}, {@code pt} for {@code pt-BR}), never a sibling's: the {@code zh-Hans} term is
   * not the {@code zh-Hant} one.
   */
  private static String term(Map<String, String> entry, String lang) {
    String term = entry.get(lang);
    if (term != null) {
      return term;
    }
    String nearest = null;
    for (String tag : entry.keySet()) {
      if (LanguageTags.matches(tag, lang) && (nearest == null || tag.length() > nearest.length())) {
        nearest = tag;
      }
    }
    return nearest == null ? null : entry.get(nearest);
  }

  /**
   * A term as a word: in capitals, case counts (an acronym); in a script written without spaces, it
   * may stand anywhere.
   */
  private static Pattern pattern(String term) {
    boolean caseMatters = term.equals(term.toUpperCase(Locale.ROOT)) && term.length() <= 6;
    int flags = caseMatters ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    boolean spaceless = term.codePoints().anyMatch(org.decl.text.Scripts::joinsWithoutSpace);
    String quoted = Pattern.quote(term);
    return Pattern.compile(
        spaceless ? quoted : "(?<![\\p{L}\\p{M}\\p{N}])" + quoted + "(?![\\p{L}\\p{M}\\p{N}])",
        flags);
  }

  private void endPunctuation(Pair pair, List<Finding> findings) {
    if (pair.source().size() != 1 || pair.target().size() != 1 || pair.headings()) {
      return;
    }
    Punctuation.End s = Punctuation.endOf(pair.source().get(0).text());
    Punctuation.End t = Punctuation.endOf(pair.target().get(0).text());
    if (s == t || (t == Punctuation.End.NONE && !targetMarksEnds)) {
      return;
    }
    findings.add(
        pair.finding(
            TranslationRules.END_PUNCTUATION,
            "ends " + describe(t) + " where the original ends " + describe(s)));
  }

  private static String describe(Punctuation.End end) {
    return switch (end) {
      case TERMINAL -> "a sentence (. ! ? 。)";
      case CLAUSE -> "with a comma, semicolon or colon";
      case HYPHEN -> "with a hyphen";
      case NONE -> "without punctuation";
    };
  }

  private static void brackets(Pair pair, String source, String target, List<Finding> findings) {
    String problem = unbalanced(target);
    if (problem != null && unbalanced(source) == null) {
      findings.add(pair.finding(TranslationRules.UNBALANCED_BRACKETS, problem));
    }
  }

  /** What is unbalanced in a text, or null. */
  static String unbalanced(String text) {
    for (String[] pair : BRACKETS) {
      int open = count(text, pair[0]);
      int close = count(text, pair[1]);
      if (open != close) {
        return open + " '" + pair[0] + "' for " + close + " '" + pair[1] + "'";
      }
    }
    boolean german = text.contains("„");
    int open = count(text, german ? "„" : "“");
    int close = count(text, german ? "“" : "”");
    if (open != close) {
      return open + (german ? " '„' for " : " '“' for ") + close + (german ? " '“'" : " '”'");
    }
    if (count(text, "\"") % 2 != 0) {
      return "an odd number of '\"'";
    }
    return null;
  }

  private static void doubledWords(Pair pair, String target, List<Finding> findings) {
    Matcher m = DOUBLED.matcher(target);
    while (m.find()) {
      String doubled = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (!GRAMMATICAL_DOUBLES.contains(doubled)) {
        findings.add(
            pair.finding(
                TranslationRules.DOUBLED_WORD, "'" + m.group() + "': a word written twice"));
        return;
      }
    }
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      count++;
    }
    return count;
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(v -> left.merge(v, 1, Integer::sum));
    List<String> rest = new ArrayList<>();
    for (String v : a) {
      if (left.getOrDefault(v, 0) > 0) {
        left.merge(v, -1, Integer::sum);
      } else {
        rest.add(v);
      }
    }
    return rest;
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static int length(String text) {
    return (int)
        Tokens.withoutAddresses(text)
            .codePoints()
            .filter(cp -> !Character.isWhitespace(cp))
            .count();
  }

  private static int letterCount(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  private static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}]+", " ").strip();
  }

  private static String text(List<Clause> units) {
    StringBuilder text = new StringBuilder();
    units.forEach(u -> text.append(u.text()).append(' '));
    return text.toString();
  }

  /** The script most letters of a text are written in. */
  static int mainScript(String text) {
    Map<Integer, Integer> scripts = new HashMap<>();
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> scripts.merge(UScript.getScript(cp), 1, Integer::sum));
    return scripts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UScript.UNKNOWN);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
