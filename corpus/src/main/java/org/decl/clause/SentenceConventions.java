package org.decl.clause;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one language adds to the generic sentence rules: abbreviations that precede a name or a
 * number ("Mr.", "Art.", "Nr."), abbreviations that often end a sentence ("etc.", "и т. д."),
 * whether "12." is an ordinal, extra sentence-final characters (Greek ";"), and whether a space
 * ends a sentence (Thai). The data is {@code sentence-conventions.tsv}; a language without a line
 * there gets the generic rules only.
 *
 * @param titles abbreviations (without their final dot) after which a capital or a number goes on
 * @param enders abbreviations (without their final dot) after which a capital starts a sentence
 * @param ordinalDot whether a number followed by "." may be an ordinal before a word
 * @param terminators extra sentence-final characters of the language
 * @param spaceEnds whether a space between two words of the script ends a sentence
 * @param continuations words that carry a sentence on after such a space
 * @param starters capitalised words that usually open a sentence ("The", "It"), so that one after
 *     an initialism such as "U.K." shows the sentence ended there
 */
record SentenceConventions(
    Set<String> titles,
    List<String> enders,
    boolean ordinalDot,
    String terminators,
    boolean spaceEnds,
    Set<String> continuations,
    Set<String> starters) {

  private static final Map<String, SentenceConventions> ALL = load();
  private static final SentenceConventions NONE =
      new SentenceConventions(Set.of(), List.of(), false, "", false, Set.of(), Set.of());

  /** The conventions for a BCP 47 tag: the whole tag's if listed, else its language's. */
  static SentenceConventions of(String tag) {
    if (tag == null || tag.isBlank()) {
      return NONE;
    }
    SentenceConventions whole = ALL.get(tag.toLowerCase(Locale.ROOT));
    if (whole != null) {
      return whole;
    }
    String language = Locale.forLanguageTag(tag).getLanguage();
    return ALL.getOrDefault(language, NONE);
  }

  /** Whether a token (the text before a ".", without it) is a title-like abbreviation. */
  boolean isTitle(String token) {
    if (titles.contains(token)) {
      return true;
    }
    // "Para." at a sentence start is the listed "para" capitalised
    int first = token.codePointAt(0);
    if (!Character.isUpperCase(first)) {
      return false;
    }
    String lowered =
        new StringBuilder()
            .appendCodePoint(Character.toLowerCase(first))
            .append(token, Character.charCount(first), token.length())
            .toString();
    return titles.contains(lowered);
  }

  /** Whether a word usually opens a sentence in the language. */
  boolean isStarter(String word) {
    return starters.contains(word);
  }

  private static Map<String, SentenceConventions> load() {
    Map<String, Set<String>> titles = new HashMap<>();
    Map<String, List<String>> enders = new HashMap<>();
    Map<String, Set<String>> continuations = new HashMap<>();
    Map<String, Set<String>> starters = new HashMap<>();
    Map<String, String> terminators = new HashMap<>();
    Set<String> ordinalDot = new HashSet<>();
    Set<String> spaceEnds = new HashSet<>();
    Set<String> languages = new HashSet<>();
    try (InputStream in =
            SentenceConventions.class.getResourceAsStream("sentence-conventions.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        String lang = f[0].toLowerCase(Locale.ROOT);
        languages.add(lang);
        List<String> entries = List.of(f[2].split(",\\s*"));
        switch (f[1]) {
          case "title" -> {
            Set<String> set = titles.computeIfAbsent(lang, k -> new HashSet<>());
            set.addAll(entries);
            // "p. ex": the word before the final dot is what the segmenter sees as the token
            entries.forEach(e -> set.add(e.substring(e.lastIndexOf(' ') + 1)));
          }
          case "ender" ->
              enders.computeIfAbsent(lang, k -> new java.util.ArrayList<>()).addAll(entries);
          case "starters" -> starters.computeIfAbsent(lang, k -> new HashSet<>()).addAll(entries);
          case "continuations" ->
              continuations.computeIfAbsent(lang, k -> new HashSet<>()).addAll(entries);
          case "terminators" -> terminators.merge(lang, f[2].strip(), String::concat);
          case "ordinal-dot" -> ordinalDot.add(lang);
          case "space-ends" -> spaceEnds.add(lang);
          default ->
              throw new IllegalStateException("unknown kind in sentence conventions: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, SentenceConventions> all = new HashMap<>();
    for (String lang : languages) {
      all.put(
          lang,
          new SentenceConventions(
              Set.copyOf(titles.getOrDefault(lang, Set.of())),
              List.copyOf(enders.getOrDefault(lang, List.of())),
              ordinalDot.contains(lang),
              terminators.getOrDefault(lang, ""),
              spaceEnds.contains(lang),
              Set.copyOf(continuations.getOrDefault(lang, Set.of())),
              Set.copyOf(starters.getOrDefault(lang, Set.of()))));
    }
    return Map.copyOf(all);
  }
}
