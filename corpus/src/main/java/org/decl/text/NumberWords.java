package org.decl.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers written with letters rather than digits: the alphabetic numerals of Hebrew (א, י״א),
 * Greek (Αʹ, ΙΕʹ), Armenian (Ա, ԺԵ), Georgian (ა, იე), Ethiopic (፩, ፲፭) and Tamil, and numbers
 * spelled out in words (premier, الأولى, birinci, 第一). Nothing here is a word list: every form is
 * what ICU's rule-based number formats write for the numbers 1 to {@value #LIMIT}, read back.
 */
public final class NumberWords {

  /** The highest number read back: declarations rarely have more articles than this. */
  static final int LIMIT = 400;

  /** ICU's algorithmic numbering systems that write numbers with letters. */
  private static final String[] LETTER_SYSTEMS = {
    "hebr", "grek", "greklow", "armn", "armnlow", "geor", "ethi", "taml"
  };

  /** Alphabetic numerals, written form (normalised) to value; made on first need. */
  private static final class Letters {
    static final Map<String, Integer> VALUES = letterNumerals();
  }

  /** Spelled-out numbers per language, written form (normalised) to value. */
  private static final Map<String, Map<String, Integer>> SPELLED = new ConcurrentHashMap<>();

  private NumberWords() {}

  /**
   * The value of an alphabetic numeral (א׳, ט״ו, Ε΄, ԺԵ, იე, ፲፭), or -1. Marks that only say "this
   * is a numeral" (geresh, keraia, a final dot) may be there or not.
   */
  public static int letters(CharSequence token) {
    String key = normalise(token);
    if (key.isEmpty() || key.length() > 6) {
      return -1;
    }
    return Letters.VALUES.getOrDefault(key, -1);
  }

  /**
   * The value of a number spelled out in the words of a language, as a cardinal or an ordinal in
   * any of its genders and forms (premier, première, deuxième; الأولى, الحادية عشرة; birinci), or
   * -1. The language is a BCP 47 tag; null or an unknown language reads nothing.
   */
  public static int spelled(CharSequence words, String lang) {
    if (lang == null || lang.isEmpty() || words.length() == 0 || words.length() > 40) {
      return -1;
    }
    Map<String, Integer> values = SPELLED.computeIfAbsent(lang, NumberWords::spelledNumbers);
    return values.getOrDefault(normalise(words), -1);
  }

  /** Folded case, without the marks that tag a numeral and with single spaces. */
  static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == '-' || cp == '\u00AD') {
        space = out.length() > 0;
        continue;
      }
      if (!Character.isLetterOrDigit(cp)
          && Character.getType(cp) != Character.NON_SPACING_MARK
          && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
        continue; // geresh, gershayim, keraia, dots, quotes
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return UCharacter.foldCase(out.toString(), true);
  }

  private static Map<String, Integer> letterNumerals() {
    Map<String, Integer> values = new HashMap<>();
    for (String name : LETTER_SYSTEMS) {
      NumberingSystem system = NumberingSystem.getInstanceByName(name);
      if (system == null || !system.isAlgorithmic()) {
        continue;
      }
      RuleBasedNumberFormat format = format(system.getDescription());
      if (format == null) {
        continue;
      }
      for (int n = LIMIT; n >= 1; n--) {
        values.put(normalise(format.format(n)), n); // the smallest value wins a clash
      }
    }
    return Map.copyOf(values);
  }

  /** An ICU numbering system's description: {@code %hebrew} or {@code zh/SpelloutRules/%x}. */
  private static RuleBasedNumberFormat format(String description) {
    try {
      if (description.contains("/")) {
        return null; // spelled-out systems are read per language
      }
      RuleBasedNumberFormat format =
          new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
      format.setDefaultRuleSet(description);
      return format;
    } catch (IllegalArgumentException e) {
      return null; // a system this ICU describes otherwise: left out, not guessed
    }
  }

  private static Map<String, Integer> spelledNumbers(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    if (locale.getLanguage().isEmpty()) {
      return Map.of();
    }
    RuleBasedNumberFormat format =
        new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
    if (!format.getLocale(ULocale.ACTUAL_LOCALE).getLanguage().equals(locale.getLanguage())) {
      return Map.of(); // ICU fell back to another language's words
    }
    Map<String, Integer> values = new HashMap<>();
    for (String ruleSet : format.getRuleSetNames()) {
      String name = ruleSet.toLowerCase(Locale.ROOT);
      if (!name.contains("ordinal") && !name.contains("cardinal")) {
        continue; // years, numbering and financial forms are not how articles count
      }
      for (int n = LIMIT; n >= 1; n--) {
        values.put(normalise(format.format(n, ruleSet)), n);
      }
    }
    return Map.copyOf(values);
  }
}
