package org.decl.diff;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.text.Marker;
import org.decl.text.Numbering;
import org.decl.text.Tokens;

/**
 * The numbers a translation check compares: those of a unit's content, read by value whatever the
 * digits and the thousands separator ({@link Tokens#numbers}), apart from those of its label
 * ({@code Article 5}, {@code 1.}, {@code (a)}, {@code 第五条}), which count the units and are the
 * numbering rule's business; and whether a number is spelled out in a text, by ICU's spell-out
 * rules for the text's language.
 */
final class Numbers {

  /** Spelled forms are looked for up to this value: beyond, digits are the rule. */
  private static final long MAX_SPELLED = 10_000;

  private Numbers() {}

  /** The numbers of a unit's text, its label's left out. */
  static List<String> content(Clause unit) {
    return Tokens.numbers(withoutLabel(unit));
  }

  /** The numbers of units' texts, their labels' left out. */
  static List<String> of(List<Clause> units) {
    List<String> numbers = new ArrayList<>();
    units.forEach(u -> numbers.addAll(content(u)));
    return numbers;
  }

  /** The number of a unit's label, by value ({@code 5} for {@code Article 5} and {@code e)}). */
  static List<String> label(Clause unit) {
    if (unit.label() == null) {
      return List.of();
    }
    List<String> digits = Tokens.numbers(unit.label());
    if (!digits.isEmpty()) {
      return digits;
    }
    Marker marker = Numbering.parse(unit.label().strip() + " ");
    return marker == null || marker.value() <= 0
        ? List.of()
        : List.of(Integer.toString(marker.value()));
  }

  /** A heading keeps its label in its text ({@code Article 5}); its number is the label's. */
  static String withoutLabel(Clause unit) {
    String text = unit.text();
    if (unit.kind() == Kind.HEADING && unit.label() != null) {
      int at = text.indexOf(unit.label());
      return at < 0 ? text : text.substring(0, at) + text.substring(at + unit.label().length());
    }
    return text;
  }

  /** What is in {@code a} and not in {@code b}, counting repeats. */
  static List<String> minus(List<String> a, List<String> b) {
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

  /**
   * Whether a text in a language writes a number out in words, in any of ICU's spell-out rule sets
   * for it (cardinal, ordinal, their genders and cases): {@code trente}, {@code thirtieth}, {@code
   * 三十}. A word that starts with the spelled form's stem counts, since languages inflect numbers
   * (тридцать, тридцати).
   */
  static boolean spelled(String text, String lang, String number) {
    if (lang == null || !number.matches("[0-9]{1,5}")) {
      return false;
    }
    long value = Long.parseLong(number);
    if (value > MAX_SPELLED) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    RuleBasedNumberFormat format =
        new RuleBasedNumberFormat(ULocale.forLanguageTag(lang), RuleBasedNumberFormat.SPELLOUT);
    for (String ruleSet : format.getRuleSetNames()) {
      String spelled;
      try {
        spelled = format.format(value, ruleSet).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        continue; // a rule set that cannot spell this value
      }
      if (spelled.isBlank() || spelled.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      if (lower.contains(spelled) || lower.contains(stem(spelled))) {
        return true;
      }
    }
    return false;
  }

  /** A spelled number without its ending, so that its inflected forms match: long words only. */
  private static String stem(String spelled) {
    int length = spelled.codePointCount(0, spelled.length());
    if (spelled.contains(" ") || length < 6) {
      return spelled;
    }
    return spelled.substring(0, spelled.offsetByCodePoints(0, length - 2));
  }
}
