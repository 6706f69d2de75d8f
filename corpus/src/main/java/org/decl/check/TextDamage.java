package org.decl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage that extraction left in a unit's text: replacement characters, mojibake, control and
 * private-use characters, words broken by a hyphen and a space, page numbers. Each finding quotes
 * the damaged spot so a person can find it.
 */
final class TextDamage {

  /** One damaged spot: the rule it breaks and what to say. */
  record Damage(String rule, String message) {}

  /**
   * UTF-8 read as windows-1252 or ISO 8859-1: a lead byte shown as Ã, Â, â, Å, Ä, Ð or Ñ followed
   * by a continuation byte shown as a symbol or a C1/Latin-1 sign, as in Ã© (é) or â€™ (’).
   */
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[ÃÂÅÄÐÑ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192"
              + "\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030"
              + "\\u2039\\u203A\\u20AC\\u2122]|â€");

  /** A lower-case word, a hyphen, a space, and the rest of it: Regie- rung, develop- ment. */
  private static final Pattern BROKEN =
      Pattern.compile("(?<![\\p{L}\\-])(\\p{L}\\p{Ll}+)- (\\p{Ll}{2,})(?![\\p{L}])");

  /**
   * Words after which "X- " is a suspended compound, not a break: Vor- und Nachteile, pre- and
   * post-war, micro- et macro-économie.
   */
  private static final Set<String> CONJUNCTIONS =
      Set.of(
          "und", "oder", "bzw", "sowie", "and", "or", "nor", "to", "et", "ou", "y", "o", "e", "i",
          "u", "ni", "en", "of", "och", "eller", "og", "и", "или", "a", "lub", "oraz", "ja", "tai");

  /** A page number typeset in the text: "- 3 -", "Page 3 of 9", "Seite 3 von 9". */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?:^|\\s)(?:[-–—]\\s?\\d{1,4}\\s?[-–—]|(?:page|seite|página|pagina)\\s\\d{1,4}"
              + "\\s?(?:of|sur|de|von|di|/)\\s?\\d{1,4})(?=\\s|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A unit that is nothing but a number: a page number that became a paragraph. */
  private static final Pattern LONE_NUMBER = Pattern.compile("[-–—]?\\s?\\d{1,4}\\s?[-–—]?");

  private TextDamage() {}

  static List<Damage> of(String text) {
    List<Damage> found = new ArrayList<>();
    int fffd = text.indexOf('\uFFFD');
    if (fffd >= 0) {
      found.add(
          new Damage(
              Rules.REPLACEMENT_CHARACTER,
              count(text, '\uFFFD')
                  + " × U+FFFD (lost characters) in \""
                  + around(text, fffd)
                  + "\""));
    }
    Matcher m = MOJIBAKE.matcher(text);
    if (hasAny(text, "ÃÂÅÄÐÑâ") && m.find()) {
      found.add(
          new Damage(
              Rules.MOJIBAKE,
              "\""
                  + m.group()
                  + "\" in \""
                  + around(text, m.start())
                  + "\": UTF-8 read as windows-1252 or Latin-1?"));
    }
    int bad = badCharacter(text);
    if (bad >= 0) {
      int cp = text.codePointAt(bad);
      found.add(
          new Damage(
              Rules.CONTROL_CHARACTER,
              String.format(
                  Locale.ROOT, "U+%04X (%s) in \"%s\"", cp, kind(cp), around(text, bad))));
    }
    Matcher b = BROKEN.matcher(text);
    while (text.contains("- ") && b.find()) {
      if (!CONJUNCTIONS.contains(b.group(2))) {
        found.add(
            new Damage(
                Rules.BROKEN_WORD,
                "\""
                    + b.group()
                    + "\": a word broken by a hyphen and a space (the hyphen of a line end?)"));
        break;
      }
    }
    if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return found;
    }
    Matcher p = PAGE_NUMBER.matcher(text);
    if (LONE_NUMBER.matcher(text.strip()).matches()) {
      found.add(
          new Damage(
              Rules.STRAY_PAGE_NUMBER, "\"" + text.strip() + "\" on its own: a page number?"));
    } else if (p.find()) {
      found.add(
          new Damage(
              Rules.STRAY_PAGE_NUMBER,
              "\""
                  + p.group().strip()
                  + "\" in \""
                  + around(text, p.start())
                  + "\": a page number?"));
    }
    return found;
  }

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first control, private-use, unassigned or noncharacter code point, or -1. */
  private static int badCharacter(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if ((type == Character.CONTROL && cp != '\t')
          || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED
          || type == Character.SURROGATE) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static String kind(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL -> "a control character";
      case Character.PRIVATE_USE -> "a private-use character: a PDF font without a Unicode map?";
      case Character.SURROGATE -> "a lone surrogate";
      default -> "not a character";
    };
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  /** A short stretch of text around a position, for messages. */
  private static String around(String text, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(text.length(), at + 20);
    while (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    while (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    StringBuilder s = new StringBuilder();
    if (from > 0) {
      s.append('…');
    }
    text.substring(from, to)
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.CONTROL
                  || type == Character.PRIVATE_USE
                  || type == Character.UNASSIGNED) {
                s.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                s.appendCodePoint(cp);
              }
            });
    if (to < text.length()) {
      s.append('…');
    }
    return s.toString();
  }
}
