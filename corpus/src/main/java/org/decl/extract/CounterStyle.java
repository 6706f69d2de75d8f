package org.decl.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * How a list writes its counter: the symbols for item number n, as a CSS counter style or a Word
 * number format defines them. The systems are those of CSS Counter Styles: positional digits of any
 * script, letters counted as a bijective base (a … z, aa …), ICU's algorithmic numbering systems
 * for the additive ones (Roman, Hebrew, Armenian, Georgian, Ethiopic, Chinese and Japanese
 * numerals), ICU's spell-out rules, fixed symbol sets and a constant symbol (bullets). A number a
 * style cannot write (zero in an alphabet, 5000 in Roman) falls back to decimal, as CSS says.
 */
sealed interface CounterStyle {

  /** The symbols of item {@code n}, without prefix or suffix. */
  String format(int n);

  /** A decimal of ASCII digits. */
  CounterStyle DECIMAL = new Numeric(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 1);

  /** No counter at all (Word's {@code none}). */
  CounterStyle NONE = new Constant("");

  /** Positional digits: {@code digits.get(0)} is zero; padded with zeros to {@code width}. */
  record Numeric(List<String> digits, int width) implements CounterStyle {
    @Override
    public String format(int n) {
      if (n < 0) {
        return "-" + format(-n);
      }
      int base = digits.size();
      StringBuilder s = new StringBuilder();
      do {
        s.insert(0, digits.get(n % base));
        n /= base;
      } while (n > 0);
      while (s.codePointCount(0, s.length()) < width) {
        s.insert(0, digits.get(0));
      }
      return s.toString();
    }
  }

  /** Letters counted as a bijective base: 1 is the first letter, one past the last is two. */
  record Alphabetic(List<String> letters) implements CounterStyle {
    @Override
    public String format(int n) {
      if (n < 1) {
        return DECIMAL.format(n);
      }
      int base = letters.size();
      StringBuilder s = new StringBuilder();
      while (n > 0) {
        n--;
        s.insert(0, letters.get(n % base));
        n /= base;
      }
      return s.toString();
    }
  }

  /**
   * Word's letter counting: past the last letter it doubles, then triples the letter (27 is {@code
   * aa}, 28 {@code bb}), where CSS would count on ({@code ab}).
   */
  record Repeating(List<String> letters) implements CounterStyle {
    @Override
    public String format(int n) {
      if (n < 1) {
        return DECIMAL.format(n);
      }
      String letter = letters.get((n - 1) % letters.size());
      return letter.repeat((n - 1) / letters.size() + 1);
    }
  }

  /**
   * One of ICU's algorithmic numbering systems ({@code roman}, {@code hebr}, {@code armnlow},
   * {@code geor}, {@code ethi}, {@code hans}, {@code jpan} …) up to {@code max}. {@code marks} are
   * characters ICU writes that a list counter leaves out, such as the Hebrew geresh. The formatter
   * is made once: a label is asked of it for every list item.
   */
  final class Algorithmic implements CounterStyle {
    private final int max;
    private final String marks;
    private final NumberFormat format;

    Algorithmic(String system, int max, String marks) {
      this.max = max;
      this.marks = marks;
      this.format = NumberFormat.getInstance(new ULocale("und@numbers=" + system));
      format.setGroupingUsed(false);
    }

    @Override
    public synchronized String format(int n) {
      if (n < 1 || n > max) {
        return DECIMAL.format(n);
      }
      StringBuilder kept = new StringBuilder();
      format
          .format(n)
          .codePoints()
          .filter(cp -> marks.indexOf(cp) < 0)
          .forEach(kept::appendCodePoint);
      return kept.toString();
    }
  }

  /** Numbers spelled out by ICU's rules for a language ({@code %spellout-numbering} …). */
  final class Spellout implements CounterStyle {
    private final RuleBasedNumberFormat format;
    private final String ruleSet;

    Spellout(String locale, String ruleSet) {
      this.format =
          new RuleBasedNumberFormat(ULocale.forLanguageTag(locale), RuleBasedNumberFormat.SPELLOUT);
      this.ruleSet =
          java.util.Arrays.asList(format.getRuleSetNames()).contains(ruleSet) ? ruleSet : null;
    }

    @Override
    public synchronized String format(int n) {
      return ruleSet == null ? format.format(n) : format.format(n, ruleSet);
    }
  }

  /** A fixed run of symbols for {@code first}, {@code first + 1}, …; decimal outside it. */
  record Fixed(List<String> symbols, int first) implements CounterStyle {
    @Override
    public String format(int n) {
      int i = n - first;
      return i >= 0 && i < symbols.size() ? symbols.get(i) : DECIMAL.format(n);
    }
  }

  /** Symbols used in turn, over and over (CSS {@code cyclic}). */
  record Cyclic(List<String> symbols) implements CounterStyle {
    @Override
    public String format(int n) {
      int i = Math.floorMod(n - 1, symbols.size());
      return symbols.get(i);
    }
  }

  /** A weighted symbol of an additive system. */
  record Weighted(int weight, String symbol) {}

  /**
   * Symbols that add up to the number, heaviest first (CSS {@code additive}: Roman numerals, Hebrew
   * and Armenian letters as a document defines them).
   */
  record Additive(List<Weighted> symbols) implements CounterStyle {
    @Override
    public String format(int n) {
      if (n < 0) {
        return DECIMAL.format(n);
      }
      StringBuilder s = new StringBuilder();
      int rest = n;
      for (Weighted w : symbols) {
        if (w.weight() == 0) {
          if (n == 0) {
            return w.symbol();
          }
          continue;
        }
        while (rest >= w.weight()) {
          s.append(w.symbol());
          rest -= w.weight();
        }
      }
      return rest == 0 && s.length() > 0 ? s.toString() : DECIMAL.format(n);
    }
  }

  /** The same symbol for every item: a bullet. */
  record Constant(String symbol) implements CounterStyle {
    @Override
    public String format(int n) {
      return symbol;
    }
  }

  /** The digits of an ICU numbering system ({@code arab}, {@code deva}, {@code thai} …). */
  static CounterStyle digits(String icuSystem) {
    NumberingSystem system = NumberingSystem.getInstanceByName(icuSystem);
    if (system == null) {
      throw new IllegalArgumentException("no numbering system " + icuSystem);
    }
    if (system.isAlgorithmic()) {
      return new Algorithmic(icuSystem, 999_999, "");
    }
    return new Numeric(codePoints(system.getDescription()), 1);
  }

  /** Letters written out, one a code point. */
  static CounterStyle letters(String alphabet) {
    return new Alphabetic(codePoints(alphabet.replace(" ", "")));
  }

  /**
   * The style a few sample counters follow, as Word's custom number formats give them ({@code "α,
   * β, γ, ..."}, {@code "001, 002, 003, ..."}): digits of the samples' script, padded to their
   * width; or letters, extended past the samples when their code points step evenly through one
   * script (Greek, Armenian, Ethiopic syllables by their vowel rows, circled digits); else the ICU
   * numbering system that writes them (Ethiopic numerals, Chinese numerals); else the samples
   * themselves.
   */
  static CounterStyle fromSamples(List<String> samples) {
    List<String> given = samples.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (given.isEmpty()) {
      return DECIMAL;
    }
    String first = given.get(0);
    int cp = first.codePointAt(0);
    if (first.codePoints().allMatch(UCharacter::isDigit)) {
      int zero = cp - UCharacter.digit(cp);
      List<String> digits = new ArrayList<>();
      for (int d = 0; d < 10; d++) {
        digits.add(new String(Character.toChars(zero + d)));
      }
      return new Numeric(digits, first.codePointCount(0, first.length()));
    }
    boolean single = given.stream().allMatch(s -> s.codePointCount(0, s.length()) == 1);
    if (single && given.size() >= 2) {
      int step = given.get(1).codePointAt(0) - cp;
      boolean even = step > 0;
      for (int i = 2; i < given.size() && even; i++) {
        even = given.get(i).codePointAt(0) - given.get(i - 1).codePointAt(0) == step;
      }
      List<String> letters = even ? progression(cp, step) : List.of();
      if (letters.size() >= given.size()) {
        return new Alphabetic(letters);
      }
    }
    CounterStyle system = numberingSystemOf(given);
    if (system != null) {
      return system;
    }
    return given.size() >= 2 ? new Alphabetic(given) : new Fixed(given, 1);
  }

  /**
   * The ICU numbering system that writes 1, 2, 3 … as the samples do (Ethiopic {@code ፩ ፪ ፫},
   * Hebrew, Armenian, Roman, Chinese numerals), or null.
   */
  private static CounterStyle numberingSystemOf(List<String> samples) {
    for (String name : NumberingSystem.getAvailableNames()) {
      NumberingSystem system = NumberingSystem.getInstanceByName(name);
      if (system == null || !system.isAlgorithmic()) {
        continue;
      }
      CounterStyle style = new Algorithmic(name, 999_999, "׳״´");
      boolean all = true;
      for (int i = 0; i < samples.size() && all; i++) {
        all = style.format(i + 1).equals(samples.get(i));
      }
      if (all) {
        return style;
      }
    }
    return null;
  }

  /**
   * Letters from {@code first} in steps of {@code step} while they stay letters of its script and
   * case (or number signs whose values count on); a letter that is only a positional form of the
   * next one (Greek final sigma) is skipped.
   */
  private static List<String> progression(int first, int step) {
    int script = UScript.getScript(first);
    int type = UCharacter.getType(first);
    List<String> letters = new ArrayList<>();
    double value = UCharacter.getUnicodeNumericValue(first);
    for (int cp = first; letters.size() < 100; cp += step) {
      if (UScript.getScript(cp) != script) {
        break;
      }
      if (value != UCharacter.NO_NUMERIC_VALUE) {
        // number signs (①, ⑴) count while their values do
        if (UCharacter.getUnicodeNumericValue(cp) != value + letters.size()) {
          break;
        }
        letters.add(new String(Character.toChars(cp)));
        continue;
      }
      if (!UCharacter.isLetter(cp)) {
        break;
      }
      if (UCharacter.getType(cp) != type) {
        break;
      }
      int next = cp + step;
      if (UCharacter.isLowerCase(cp)
          && UCharacter.isLetter(next)
          && UCharacter.toUpperCase(cp) == UCharacter.toUpperCase(next)) {
        continue;
      }
      letters.add(new String(Character.toChars(cp)));
    }
    return letters;
  }

  private static List<String> codePoints(String s) {
    return s.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toList();
  }
}
