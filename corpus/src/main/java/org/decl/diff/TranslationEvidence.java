package org.decl.diff;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
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
import org.decl.text.Tokens;

/**
 * The checks of a translated bead that read its text: numbers, addresses, numbering, length,
 * language, glossary, end punctuation, brackets, doubled words. What they compare against (the
 * pair's usual length ratio, whether the translation's language marks clause ends) is learned from
 * the whole alignment first.
 */
final class TranslationEvidence {

  /**
   * Identical text says "not translated" only with this many letters outside names, acronyms and
   * numbers: {@code Article 2}, {@code UNESCO}, {@code Lisboa 2021} are the same in many languages.
   */
  private static final int MIN_UNTRANSLATED = 25;

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
  private final LengthModel lengths;
  private final Ends.Conventions ends;
  private final Map<String, Integer> doubles;
  private final String sourceAll;
  private final Map<String, List<String>> sourceSiblings;
  private final Map<String, List<String>> targetSiblings;
  private final boolean scriptsDiffer;

  TranslationEvidence(
      Alignment alignment, List<Map<String, String>> glossary, LanguageDetector detector) {
    this.sourceLang = alignment.source().lang();
    this.targetLang = alignment.target().lang();
    this.terms = terms(glossary, sourceLang, targetLang);
    this.detector = detector;
    this.lengths = new LengthModel(alignment);
    List<Ends.End[]> endings = new ArrayList<>();
    for (Bead bead : alignment.beads()) {
      if (bead.source().size() == 1 && bead.target().size() == 1) {
        Clause s = alignment.source().units().get(bead.source().get(0) - 1);
        Clause t = alignment.target().units().get(bead.target().get(0) - 1);
        if (s.kind() == Kind.CLAUSE && t.kind() == Kind.CLAUSE) {
          endings.add(new Ends.End[] {Ends.of(s.text()), Ends.of(t.text())});
        }
      }
    }
    this.ends = new Ends.Conventions(endings);
    this.doubles = new HashMap<>();
    alignment
        .target()
        .units()
        .forEach(u -> doubled(u.text()).forEach(d -> doubles.merge(d, 1, Integer::sum)));
    this.sourceAll = text(alignment.source().units()).toLowerCase(Locale.ROOT);
    this.sourceSiblings = siblings(alignment.source().units());
    this.targetSiblings = siblings(alignment.target().units());
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
    List<String> source = Numbers.of(pair.source());
    List<String> target = Numbers.of(pair.target());
    List<String> onlySource = Numbers.minus(source, target);
    List<String> onlyTarget = Numbers.minus(target, source);
    // A label's number left in the text of the other side (an "Article 5" not read as a heading,
    // a "2." inside a merged clause) counts the clauses: the numbering rule's business.
    List<String> labels = new ArrayList<>();
    pair.source().forEach(u -> labels.addAll(Numbers.label(u)));
    pair.target().forEach(u -> labels.addAll(Numbers.label(u)));
    onlySource = Numbers.minus(onlySource, labels);
    onlyTarget = Numbers.minus(onlyTarget, labels);
    // A heading's number that the other heading shows none for is written there in words or
    // letters (Article premier, סעיף א): it counts the headings, it is no content.
    if (pair.headings() && (source.isEmpty() || target.isEmpty())) {
      return;
    }
    // A number the other side shows no number for was most likely written out there: an ordinal
    // (4e, Cuarta), or a number ICU's spell-out rules for that language write (trente, 三十);
    // one the other side has another number for (4e, 5th) was changed.
    // A number one side repeats (de 2 em 2 anos, every 2 years) is the same number.
    onlySource = onlySource.stream().filter(n -> !target.contains(n)).toList();
    onlyTarget = onlyTarget.stream().filter(n -> !source.contains(n)).toList();
    // A reference to a sibling clause by its number (ayat (1), "paragraph 1") counts clauses too.
    onlySource = Numbers.minus(onlySource, siblingLabels(pair));
    onlyTarget = Numbers.minus(onlyTarget, siblingLabels(pair));
    if (onlyTarget.isEmpty()) {
      onlySource = Numbers.minus(onlySource, ordinals(pair.source()));
      onlySource = writtenOtherwise(onlySource, pair.targetText(), targetLang);
    }
    if (onlySource.isEmpty()) {
      onlyTarget = Numbers.minus(onlyTarget, ordinals(pair.target()));
      onlyTarget = writtenOtherwise(onlyTarget, pair.sourceText(), sourceLang);
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

  /**
   * The numbers the other side writes neither in words, nor as a month's name, nor in other
   * numerals.
   */
  private static List<String> writtenOtherwise(List<String> numbers, String other, String lang) {
    return numbers.stream()
        .filter(n -> !Numbers.spelled(other, lang, n))
        .filter(n -> !Numbers.month(other, lang, n))
        .filter(n -> !Numbers.otherNumerals(other, n))
        .toList();
  }

  /** The label numbers of the units beside the pair's (same parent), on both sides. */
  private List<String> siblingLabels(Pair pair) {
    List<String> labels = new ArrayList<>();
    pair.source()
        .forEach(u -> labels.addAll(sourceSiblings.getOrDefault(parent(u.id()), List.of())));
    pair.target()
        .forEach(u -> labels.addAll(targetSiblings.getOrDefault(parent(u.id()), List.of())));
    return labels;
  }

  private static Map<String, List<String>> siblings(List<Clause> units) {
    Map<String, List<String>> byParent = new HashMap<>();
    for (Clause u : units) {
      byParent.computeIfAbsent(parent(u.id()), k -> new ArrayList<>()).addAll(Numbers.label(u));
    }
    return byParent;
  }

  private static String parent(String id) {
    int dot = id.lastIndexOf('.');
    return dot < 0 ? "" : id.substring(0, dot);
  }

  private static List<String> ordinals(List<Clause> units) {
    List<String> ordinals = new ArrayList<>();
    units.forEach(u -> ordinals.addAll(Tokens.ordinals(Numbers.withoutLabel(u))));
    return ordinals;
  }

  private static void addresses(Pair pair, String source, String target, List<Finding> findings) {
    List<String> s = Tokens.addresses(source);
    List<String> t = Tokens.addresses(target);
    List<String> onlySource = Numbers.minus(s, t);
    List<String> onlyTarget = Numbers.minus(t, s);
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
    if (s.label() != null && t.label() != null && s.id().equals(t.id())) {
      return;
    }
    // The same printed number under another parent (2. of article 3 read as 2. of article 2): the
    // parent's heading is the finding (merged, missing), not each clause after it.
    List<String> ls = Numbers.label(s);
    if (!ls.isEmpty() && ls.equals(Numbers.label(t)) && s.kind() == Kind.CLAUSE) {
      return;
    }
    findings.add(
        pair.finding(
            TranslationRules.NUMBERING,
            "numbered " + printed(t) + " in the translation, " + printed(s) + " in the original"));
  }

  private static String printed(Clause unit) {
    return unit.label() == null ? "not numbered" : "'" + unit.label() + "' (" + unit.id() + ")";
  }

  private void lengthRatio(Pair pair, String source, String target, List<Finding> findings) {
    if (!lengths.known() || pair.source().size() != 1 || pair.target().size() != 1) {
      return;
    }
    int s = LengthModel.length(source);
    int t = LengthModel.length(target);
    if (s < LengthModel.MIN_LENGTH || t == 0) {
      return;
    }
    if (lengths.deviation(s, t) > lengths.limit()) {
      double factor = (double) t / s / lengths.usualFactor();
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
    if (letterCount(withoutNames(letters)) < MIN_UNTRANSLATED) {
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
    Ends.End s = Ends.of(pair.source().get(0).text());
    Ends.End t = Ends.of(pair.target().get(0).text());
    if (ends.odd(s, t)) {
      findings.add(
          pair.finding(
              TranslationRules.END_PUNCTUATION,
              "ends "
                  + describe(t)
                  + " where the original ends "
                  + describe(s)
                  + ", unlike this translation's other clauses"));
    }
  }

  private static String describe(Ends.End end) {
    return switch (end) {
      case TERMINAL -> "a sentence (. ? 。 ። । ۔ …)";
      case COLON -> "with a colon";
      case CLAUSE -> "with a comma or semicolon";
      case NONE -> "without punctuation";
    };
  }

  /** A label the splitter did not take off, opening the text: {@code ა)}, {@code 1)}. */
  private static final Pattern OPENING_LABEL = Pattern.compile("^[\\p{L}\\p{M}\\p{N}]{1,4}\\)\\s");

  private static void brackets(Pair pair, String source, String target, List<Finding> findings) {
    // the ")" of such a label closes nothing that was opened
    String problem = unbalanced(OPENING_LABEL.matcher(target).replaceFirst(""));
    if (problem != null && unbalanced(OPENING_LABEL.matcher(source).replaceFirst("")) == null) {
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

  /**
   * A word written twice is a slip only where doubling is not the language's grammar. The mechanism
   * needs no list of languages: the pair is forgiven when the version doubles the same word
   * elsewhere too, when it doubles two or more different words (Vietnamese người người, Indonesian
   * and Malay without hyphens, Tagalog, Hindi धीरे धीरे: a language that reduplicates does so
   * often, a slip is rare), when the original has the same doubled pair (a name, a number), or in
   * scripts written without spaces, where a doubled character is a word of its own (Chinese 人人,
   * Japanese 々, Thai ๆ).
   */
  private void doubledWords(Pair pair, String target, List<Finding> findings) {
    if (doubles.size() > 1) {
      return;
    }
    for (String doubled : doubled(target)) {
      if (doubles.getOrDefault(doubled, 0) > 1 || sourceAll.contains(doubled)) {
        continue;
      }
      findings.add(
          pair.finding(TranslationRules.DOUBLED_WORD, "'" + doubled + "': a word written twice"));
      return;
    }
  }

  /**
   * The words written twice in a row in a text, lower-cased, in scripts written with spaces, but
   * for the doubles that are grammar in French, German and English.
   */
  private static List<String> doubled(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = DOUBLED.matcher(text);
    while (m.find()) {
      if (m.group(1).codePoints().anyMatch(org.decl.text.Scripts::joinsWithoutSpace)) {
        continue;
      }
      String doubled = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (!GRAMMATICAL_DOUBLES.contains(doubled)) {
        found.add(doubled);
      }
    }
    return found;
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      count++;
    }
    return count;
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  /** The text without the words that stay the same across languages: names, acronyms, numbers. */
  private static String withoutNames(String text) {
    String rest = text;
    for (String name : Tokens.names(text)) {
      rest = rest.replace(name, " ");
    }
    return rest;
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
}
