package org.decl.text;

/**
 * The number or bullet that opens a paragraph: {@code 2.}, {@code (a)}, {@code iv)}, {@code 一、},
 * {@code （１）}, {@code § 3}, {@code •}.
 *
 * @param system how it counts: digits, roman, a letter alphabet, CJK numerals, circled, bullet
 * @param form how it is written around the count: {@code 1.}, {@code 1)}, {@code (1)}, …; two
 *     markers of one system in different forms are different list levels
 * @param label the marker as printed, without the space after it
 * @param value its value (2 for {@code b)} and for {@code 2.}), or 0 when it has none (bullets)
 * @param end where the text after the marker starts
 */
public record Marker(String system, Form form, String label, int value, int end) {

  /** How a marker is written around its count. */
  public enum Form {
    DOT,
    PAREN,
    PARENS,
    FULLWIDTH_DOT,
    FULLWIDTH_PARENS,
    IDEOGRAPHIC_COMMA,
    IDEOGRAPHIC_SPACE,
    QUOTED,
    SECTION_SIGN,
    DOTTED_PATH,
    BARE
  }

  /**
   * True for the letters and numerals that read both as Roman numerals and as letters (i, v, x…).
   */
  public boolean couldBeRoman() {
    return (system.equals("latin") || system.equals("latin-upper")) && Numerals.roman(bare()) > 0;
  }

  /** The label without its parentheses and dot: {@code iv} for {@code (iv)}. */
  private String bare() {
    StringBuilder s = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != '(' && c != ')' && c != '.') {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * This marker read as the other of Roman numeral and letter: (i) as the ninth letter, or as 1.
   */
  public Marker asRoman() {
    String bare = bare();
    boolean upper = Character.isUpperCase(bare.charAt(0));
    return new Marker(upper ? "roman-upper" : "roman", form, label, Numerals.roman(bare), end);
  }

  /** Two markers are of one list when they count the same way and are written the same way. */
  public boolean sameListAs(Marker other) {
    return system.equals(other.system) && form == other.form;
  }
}
