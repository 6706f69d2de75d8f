package org.decl.testkit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Optional;

/**
 * A list label as printed at the start of a paragraph ({@code 1.}, {@code (a)}, {@code ١.}, {@code
 * (א)}, {@code （１）}, {@code 一、}, {@code α)}), read without knowing the language: an optional
 * opening bracket, a counter (digits of one script, or up to three letters of one script), a
 * closing mark, then a space, or nothing after a full-width mark.
 *
 * @param open the opening bracket, or {@code ""}
 * @param counter the digits or letters
 * @param close the closing mark
 * @param spaced whether a space separates the label from the text
 * @param rest the text after the label
 */
public record Label(String open, String counter, String close, boolean spaced, String rest) {

  private static final String OPENERS = "([（";
  private static final String CLOSERS = ").]）．、۔।:";

  /** What counts: digits of a script, or letters. */
  public enum Kind {
    DIGITS,
    LETTERS
  }

  /** The label at the start of a paragraph, if it has one. */
  public static Optional<Label> of(String paragraph) {
    int i = 0;
    String open = "";
    if (!paragraph.isEmpty() && OPENERS.indexOf(paragraph.charAt(0)) >= 0) {
      open = paragraph.substring(0, 1);
      i = 1;
    }
    int start = i;
    boolean digits = i < paragraph.length() && UCharacter.isDigit(paragraph.codePointAt(i));
    int letters = 0;
    while (i < paragraph.length()) {
      int cp = paragraph.codePointAt(i);
      boolean part =
          digits
              ? UCharacter.isDigit(cp)
              : UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
      if (!part) {
        break;
      }
      if (!digits && UCharacter.isLetter(cp)) {
        letters++;
      }
      i += Character.charCount(cp);
    }
    if (i == start || letters > 3 || i >= paragraph.length()) {
      return Optional.empty();
    }
    String counter = paragraph.substring(start, i);
    char close = paragraph.charAt(i);
    if (CLOSERS.indexOf(close) < 0 || !open.isEmpty() && close != matching(open.charAt(0))) {
      return Optional.empty();
    }
    i++;
    boolean wide = isWide(close);
    boolean spaced = i < paragraph.length() && paragraph.charAt(i) == ' ';
    if (!spaced && !wide) {
      return Optional.empty();
    }
    String rest = paragraph.substring(spaced ? i + 1 : i);
    return Optional.of(new Label(open, counter, String.valueOf(close), spaced, rest));
  }

  public Kind kind() {
    return UCharacter.isDigit(counter.codePointAt(0)) ? Kind.DIGITS : Kind.LETTERS;
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

  /** Labels of one list level look alike: same brackets, same kind of counter, same script. */
  public String shape() {
    return open + kind() + (kind() == Kind.DIGITS ? zero() : script()) + close + spaced;
  }

  /** The label as printed, without the text. */
  public String printed() {
    return open + counter + close;
  }

  static boolean isWide(int cp) {
    int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
  }

  private static char matching(char open) {
    return switch (open) {
      case '(' -> ')';
      case '[' -> ']';
      case '（' -> '）';
      default -> open;
    };
  }
}
