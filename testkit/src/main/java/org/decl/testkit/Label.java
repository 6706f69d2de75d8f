package org.decl.testkit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Optional;

/**
 * A list label as printed at the start of a paragraph ({@code 1.}, {@code (a)}, {@code ١.}, {@code
 * (א)}, {@code （１）}, {@code 一、}, {@code α)}, {@code ‘1’}, {@code ၁။}, {@code ①}, {@code ბ.ა)},
 * {@code １　}), read without knowing the language: an optional opening bracket or quote, a counter
 * (digits of one script, a number sign such as {@code ①} or {@code ፩}, or up to three letters),
 * possibly after the counters of the levels above it and a full stop ({@code ბ.ა}), an optional
 * closing mark, then a space (an ideographic one after a bare counter), or nothing after a
 * full-width mark.
 *
 * @param open the opening bracket, or {@code ""}
 * @param parents the counters of the levels above with their full stops ({@code "ბ."}), or {@code
 *     ""}
 * @param counter the item's own digits or letters
 * @param close the closing mark, or {@code ""}
 * @param separator what separates the label from the text: a space, an ideographic space, or {@code
 *     ""}
 * @param rest the text after the label
 */
public record Label(
    String open, String parents, String counter, String close, String separator, String rest) {

  /** What counts: digits of a script, other number signs, or letters. */
  public enum Kind {
    DIGITS,
    NUMBERS,
    LETTERS
  }

  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  /** The label at the start of a paragraph, if it has one. */
  public static Optional<Label> of(String paragraph) {
    int i = 0;
    String open = "";
    if (!paragraph.isEmpty() && isOpening(paragraph.codePointAt(0))) {
      open = new String(Character.toChars(paragraph.codePointAt(0)));
      i = open.length();
    }
    int partStart = i;
    int end = counter(paragraph, i);
    if (end < 0) {
      return Optional.empty();
    }
    // a compound counter: the levels above, each closed by a full stop (ბ.ა)
    while (end + 1 < paragraph.length() && paragraph.charAt(end) == '.') {
      int next = counter(paragraph, end + 1);
      if (next < 0 || kindOf(paragraph.codePointAt(end + 1)) != kindOf(paragraph.codePointAt(i))) {
        break;
      }
      partStart = end + 1;
      end = next;
    }
    String parents = paragraph.substring(i, partStart);
    String counter = paragraph.substring(partStart, end);
    if (end >= paragraph.length()) {
      return Optional.empty();
    }
    String close = "";
    int cp = paragraph.codePointAt(end);
    if (isClosing(cp)) {
      close = new String(Character.toChars(cp));
      end += close.length();
    } else if (!open.isEmpty()
        || cp != IDEOGRAPHIC_SPACE && kindOf(counter.codePointAt(0)) != Kind.NUMBERS) {
      // a bare counter needs an ideographic space after it, or to be a sign of its own (①)
      return Optional.empty();
    }
    String separator;
    if (end < paragraph.length()
        && (paragraph.charAt(end) == ' ' || paragraph.charAt(end) == IDEOGRAPHIC_SPACE)) {
      separator = paragraph.substring(end, end + 1);
    } else if (!close.isEmpty() && isWide(close.codePointAt(0))) {
      separator = "";
    } else {
      return Optional.empty();
    }
    if (!open.isEmpty() && close.isEmpty()) {
      return Optional.empty();
    }
    String rest = paragraph.substring(end + separator.length());
    return Optional.of(new Label(open, parents, counter, close, separator, rest));
  }

  /** The end of a counter starting at {@code i}, or -1 when none starts there. */
  private static int counter(String s, int i) {
    if (i >= s.length()) {
      return -1;
    }
    Kind kind = kindOf(s.codePointAt(i));
    if (kind == null) {
      return -1;
    }
    int letters = 0;
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      boolean part =
          kind == Kind.LETTERS
              ? UCharacter.isLetter(cp)
                  || UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK
              : kindOf(cp) == kind;
      if (!part) {
        break;
      }
      if (kind == Kind.LETTERS && UCharacter.isLetter(cp)) {
        letters++;
      }
      j += Character.charCount(cp);
    }
    return kind == Kind.LETTERS && letters > 3 ? -1 : j;
  }

  private static Kind kindOf(int cp) {
    int type = UCharacter.getType(cp);
    if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
      return Kind.DIGITS;
    }
    if (type == UCharacterCategory.OTHER_NUMBER) {
      return Kind.NUMBERS;
    }
    return UCharacter.isLetter(cp) ? Kind.LETTERS : null;
  }

  private static boolean isOpening(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.START_PUNCTUATION
        || type == UCharacterCategory.INITIAL_PUNCTUATION;
  }

  /** Closing brackets and quotes, full stops of any script; not commas. */
  private static boolean isClosing(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.END_PUNCTUATION
        || type == UCharacterCategory.FINAL_PUNCTUATION
        || type == UCharacterCategory.OTHER_PUNCTUATION && cp != ',' && cp != '،';
  }

  public Kind kind() {
    return kindOf(counter.codePointAt(0));
  }

  /** The script of the counter ({@code UScript} code); ASCII and full-width digits are Common. */
  public int script() {
    return UScript.getScript(counter.codePointAt(0));
  }

  /** The counter's value when it is digits, else -1. */
  public int digitValue() {
    if (kind() != Kind.DIGITS) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < counter.length(); ) {
      int cp = counter.codePointAt(i);
      value = value * 10 + UCharacter.digit(cp);
      i += Character.charCount(cp);
    }
    return value;
  }

  /** The zero of the counter's digits: {@code '0'}, {@code '٠'}, {@code '०'}, {@code '０'} … */
  public int zero() {
    int cp = counter.codePointAt(0);
    return cp - UCharacter.digit(cp);
  }

  /** Labels of one list level look alike: same marks, same kind of counter, same script. */
  public String shape() {
    return open
        + (parents.isEmpty() ? "" : "+")
        + kind()
        + (kind() == Kind.DIGITS ? zero() : script())
        + close
        + separator;
  }

  /** The label as printed, without the text. */
  public String printed() {
    return open + parents + counter + close;
  }

  /** The number of counters in the label: 1, or more for a compound one such as {@code ბ.ა}. */
  public int parts() {
    return (int) parents.chars().filter(c -> c == '.').count() + 1;
  }

  static boolean isWide(int cp) {
    int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
  }
}
