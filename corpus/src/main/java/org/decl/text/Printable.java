package org.decl.text;

/**
 * User text (a file name, a query) as it may be echoed in a one-line message: every character that
 * could break the line, drive a terminal or reorder what is shown is written as an escape, so that
 * a name cannot forge a second message nor hide its end. Newline, carriage return and tab become
 * {@code \n}, {@code \r}, {@code \t}; the other C0 and C1 controls, DEL, the line and paragraph
 * separators and the bidirectional formatting characters (embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C) become {@code \}{@code uXXXX}. Every
 * other character, in any script, is kept as it is.
 */
public final class Printable {

  private Printable() {}

  /** The text with its unprintable characters escaped; null stays null. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && shown == null) {
        shown = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (shown != null) {
        if (escape != null) {
          shown.append(escape);
        } else {
          shown.append(c);
        }
      }
    }
    return shown == null ? text : shown.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    boolean separator = c == '\u2028' || c == '\u2029';
    boolean bidi =
        (c >= '\u202a' && c <= '\u202e')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u200e'
            || c == '\u200f'
            || c == '\u061c';
    if (control || separator || bidi) {
      return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
    return null;
  }
}
