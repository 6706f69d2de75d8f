package org.decl.diff;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * A label the splitter did not take off, opening the text: {@code ‘1’}, {@code 2.}, {@code (3)},
   * a full-width {@code ２} and an ideographic space.
   */
  private static final Pattern OPENING_LABEL =
      Pattern.compile(
          "^(?:[\\p{Ps}\\p{Pi}'\"]\\p{Nd}{1,3}[\\p{Pe}\\p{Pf}'\"]|\\p{Nd}{1,3}[.)](?=\\s)|\\p{Nd}{1,3}\u3000)");

  /** The numbers of a unit's text, its label's left out, by value (01 is 1). */
  static List<String> content(Clause unit) {
    String text = OPENING_LABEL.matcher(withoutLabel(unit).strip()).replaceFirst("");
    return Tokens.numbers(text).stream().map(Numbers::value).toList();
  }

  private static String value(String number) {
    int i = 0;
    while (i < number.length() - 1 && number.charAt(i) == '0' && number.charAt(i + 1) != '.') {
      i++;
    }
    return number.substring(i);
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

  /**
   * Whether a text in a language names a month by the number: {@code May} for the {@code 5} of
   * {@code tháng 5}, in ICU's month names for the language (their format and stand-alone forms).
   */
  static boolean month(String text, String lang, String number) {
    if (lang == null || !number.matches("[0-9]{1,2}")) {
      return false;
    }
    int month = Integer.parseInt(number);
    if (month < 1 || month > 12) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(lang));
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      String name = symbols.getMonths(context, DateFormatSymbols.WIDE)[month - 1];
      if (!name.isBlank()
          && !name.chars().anyMatch(Character::isDigit)
          && lower.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text writes a number as a word of its own in one of ICU's algorithmic numeral
   * systems: Ethiopic {@code ፩}, Hebrew {@code א}, Greek, Armenian, Georgian, Tamil, CJK numerals.
   * ASCII forms (Roman numerals) are left out: they read as letters.
   */
  static boolean otherNumerals(String text, String number) {
    if (!number.matches("[0-9]{1,4}")) {
      return false;
    }
    long value = Long.parseLong(number);
    for (String name : NumberingSystem.getAvailableNames()) {
      NumberingSystem system = NumberingSystem.getInstanceByName(name);
      if (system == null || !system.isAlgorithmic()) {
        continue;
      }
      String written = NumberFormat.getInstance(new ULocale("en@numbers=" + name)).format(value);
      if (written.chars().allMatch(c -> c < 0x80) || written.isBlank()) {
        continue;
      }
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(written) + "(?![\\p{L}\\p{M}])")
              .matcher(text);
      if (m.find()) {
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
