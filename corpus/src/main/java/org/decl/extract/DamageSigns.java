package org.decl.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.decl.text.Punctuation;
import org.decl.text.Scripts;

/**
 * Looks in extracted paragraphs for the signs that extraction damaged the text, so that a damaged
 * extraction never looks clean. Every sign is told from Unicode properties and the document's own
 * statistics, not from word lists: a mark with no letter before it, a stacking sign with no letter
 * after it, a space between the letters of a script that writes no spaces, words far longer than
 * the script allows, a final letter form in the middle of a word, a paragraph number at the wrong
 * end of a right-to-left line, brackets that close before they open, glyph shapes and private-use
 * glyphs in place of letters, a paragraph many times longer than the rest.
 *
 * <p>The thresholds were set on the test kit's declaration in 47 languages and the bundled corpus,
 * none of which shows a sign, against damaged copies of them (DamageSignsTest).
 */
public final class DamageSigns {

  /**
   * Spaces per letter above which a script written without spaces has spaces invented inside its
   * words. Thai, Khmer and Burmese put a space between phrases: about one space per 15-40 letters.
   * Glyph gaps read as spaces give one every 2-4 letters.
   */
  static final double INVENTED_SPACE_RATE = 0.12;

  /**
   * Columns in a word above which, in a script that separates its words, spaces have been lost. The
   * longest real words of the test kit's 40 space-separated languages take 17 to 25 columns
   * (German, Finnish, Hungarian, Georgian compounds; a Korean word of 8 syllables takes 16);
   * run-together words from a line without spaces have 40 and more.
   */
  static final int LONG_WORD = 36;

  /** A paragraph this many columns long (Han: two a character), and this many times the median. */
  static final int LONG_PARAGRAPH = 2_000;

  static final int LONG_PARAGRAPH_FACTOR = 8;

  /** A lone paragraph this long is a document collapsed into one paragraph. */
  static final int LONE_PARAGRAPH = 10_000;

  /** A paragraph number glued to the end of a right-to-left paragraph: {@code …ذلك1.} */
  private static final Pattern NUMBER_AT_END =
      Pattern.compile("(?<=[\\p{L}\\p{M}\\p{P}])\\p{Nd}{1,3}[.)\\-\u06D4]$");

  private DamageSigns() {}

  /** The damage seen in a document's paragraphs, one entry per kind seen; empty when none is. */
  public static List<Damage> of(List<Paragraph> paragraphs) {
    Map<DamageKind, Tally> tallies = new EnumMap<>(DamageKind.class);
    for (DamageKind kind : DamageKind.values()) {
      tallies.put(kind, new Tally());
    }
    Tally spaced = new Tally(); // the letters of scripts written without spaces, by page
    Tally positional = new Tally(); // final letter forms, misplaced against all
    for (Paragraph p : paragraphs) {
      new ParagraphSigns(p.text(), p.page(), tallies, spaced, positional).read();
    }
    List<Damage> found = new ArrayList<>();
    Tally invented = tallies.get(DamageKind.INVENTED_SPACES);
    if (invented.count >= 8 && invented.count > INVENTED_SPACE_RATE * spaced.base) {
      invented.keepPagesAbove(spaced, INVENTED_SPACE_RATE);
    } else {
      invented.clear();
    }
    Tally order = tallies.get(DamageKind.READING_ORDER);
    if (positional.count < 3 || positional.count * 10 < 3 * positional.base) {
      order.subtract(positional);
    }
    if (order.count < 2) {
      order.clear();
    }
    for (DamageKind kind : List.of(DamageKind.BROKEN_CLUSTERS, DamageKind.LOST_SPACES)) {
      if (tallies.get(kind).count < 2) {
        tallies.get(kind).clear();
      }
    }
    if (tallies.get(DamageKind.PRESENTATION_FORMS).count < 3) {
      tallies.get(DamageKind.PRESENTATION_FORMS).clear();
    }
    collapsed(paragraphs, tallies.get(DamageKind.COLLAPSED_PARAGRAPHS));
    for (DamageKind kind : DamageKind.values()) {
      Tally t = tallies.get(kind);
      if (t.count > 0) {
        found.add(t.damage(kind));
      }
    }
    return found;
  }

  private static void collapsed(List<Paragraph> paragraphs, Tally tally) {
    int[] lengths = paragraphs.stream().mapToInt(p -> Scripts.width(p.text())).sorted().toArray();
    if (lengths.length == 0) {
      return;
    }
    int median = lengths[lengths.length / 2];
    for (Paragraph p : paragraphs) {
      int length = Scripts.width(p.text());
      boolean outlier =
          paragraphs.size() >= 5
              ? length >= LONG_PARAGRAPH && length > LONG_PARAGRAPH_FACTOR * median
              : length >= LONE_PARAGRAPH;
      if (outlier) {
        tally.add(
            p.page(),
            1,
            String.format(
                Locale.ROOT,
                "%,d columns: %s",
                length,
                p.text().substring(0, Math.min(40, length)) + "…"));
      }
    }
  }

  /** Counts of one sign, by page, with the first place it was seen. */
  private static final class Tally {
    private final TreeMap<Integer, Integer> byPage = new TreeMap<>();
    private final TreeMap<Integer, Integer> baseByPage = new TreeMap<>();
    private int count;
    private int base;
    private String sample;

    void add(int page, int n, String where) {
      if (n <= 0) {
        return;
      }
      count += n;
      byPage.merge(page, n, Integer::sum);
      if (sample == null) {
        sample = where;
      }
    }

    void addBase(int page, int n) {
      base += n;
      baseByPage.merge(page, n, Integer::sum);
    }

    /** Keeps only the pages where this count is above the rate of the other tally's. */
    void keepPagesAbove(Tally letters, double rate) {
      TreeMap<Integer, Integer> above = new TreeMap<>(byPage);
      above
          .entrySet()
          .removeIf(e -> e.getValue() <= rate * letters.baseByPage.getOrDefault(e.getKey(), 0));
      if (!above.isEmpty()) {
        byPage.keySet().retainAll(above.keySet());
      }
    }

    void subtract(Tally part) {
      count -= part.count;
      part.byPage.forEach((page, n) -> byPage.computeIfPresent(page, (k, v) -> v - n));
      byPage.values().removeIf(v -> v <= 0);
      if (count <= 0) {
        clear();
      }
    }

    void clear() {
      count = 0;
      byPage.clear();
      sample = null;
    }

    Damage damage(DamageKind kind) {
      List<Integer> pages = List.copyOf(byPage.keySet());
      String message =
          String.format(
                  Locale.ROOT,
                  "the text looks damaged: %s (%d× %s%s)",
                  kind.description(),
                  count,
                  pages.size() == 1 ? "on page " : "on pages ",
                  Pages.ranges(pages))
              + (sample == null ? "" : ", as in \"" + sample + "\"");
      return new Damage(kind, pages, count, sample, message);
    }
  }

  /** Reads one paragraph's signs into the tallies. */
  private static final class ParagraphSigns {
    private final String text;
    private final int page;
    private final Map<DamageKind, Tally> tallies;
    private final Tally letters;
    private final Tally positional;

    ParagraphSigns(
        String text, int page, Map<DamageKind, Tally> tallies, Tally letters, Tally positional) {
      this.text = text;
      this.page = page;
      this.tallies = tallies;
      this.letters = letters;
      this.positional = positional;
    }

    void read() {
      int rightToLeft = 0;
      int leftToRight = 0;
      int prev = -1;
      int wordStart = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        int after = next < text.length() ? text.codePointAt(next) : -1;
        int direction =
            cp < 0x0590
                ? (Character.isLetter(cp) ? ECharacterDirection.LEFT_TO_RIGHT : -1)
                : UCharacter.getDirection(cp);
        if (direction == ECharacterDirection.RIGHT_TO_LEFT
            || direction == ECharacterDirection.RIGHT_TO_LEFT_ARABIC) {
          rightToLeft++;
        } else if (direction == ECharacterDirection.LEFT_TO_RIGHT) {
          leftToRight++;
        }
        clusters(i, cp, prev, after);
        characters(i, cp);
        boolean inWord = isWordPart(cp);
        if (inWord && wordStart < 0) {
          wordStart = i;
        } else if (!inWord && wordStart >= 0) {
          word(wordStart, i);
          wordStart = -1;
        }
        if (cp == ' '
            && prev >= 0
            && after >= 0
            && writtenWithoutSpaces(prev)
            && writtenWithoutSpaces(after)) {
          tallies.get(DamageKind.INVENTED_SPACES).add(page, 1, around(i));
        }
        prev = cp;
        i = next;
      }
      if (wordStart >= 0) {
        word(wordStart, text.length());
      }
      if (rightToLeft > leftToRight) {
        rightToLeftOrder();
      }
    }

    private void clusters(int i, int cp, int prev, int after) {
      Tally broken = tallies.get(DamageKind.BROKEN_CLUSTERS);
      if (isMark(cp) && (prev < 0 || prev == ' ')) {
        broken.add(page, 1, around(i));
      } else if (cp == ' ' && prev >= 0 && isMark(prev) && loneJoiningLetter(i + 1)) {
        // ضميرً ا: the space fell between a letter's mark and the letter the word goes on with
        broken.add(page, 1, around(i));
      } else if (cp < 0x0900) {
        return; // nothing below Devanagari stacks or is jamo
      } else if (UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
              == UCharacter.IndicSyllabicCategory.INVISIBLE_STACKER
          && (after < 0 || !Character.isLetter(after))) {
        broken.add(page, 1, around(i));
      } else if (UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE)
              != UCharacter.HangulSyllableType.NOT_APPLICABLE
          && !isHangulSyllable(cp)) {
        broken.add(page, 1, around(i));
      }
    }

    /**
     * Whether a one-letter word of a joining script (Arabic, Syriac, N'Ko …) starts at {@code i}.
     */
    private boolean loneJoiningLetter(int i) {
      if (i >= text.length()) {
        return false;
      }
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      int type = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
      boolean joining =
          type == UCharacter.JoiningType.DUAL_JOINING
              || type == UCharacter.JoiningType.RIGHT_JOINING;
      return joining && (end >= text.length() || !isWordPart(text.codePointAt(end)));
    }

    private void characters(int i, int cp) {
      int type = Character.getType(cp);
      if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
        tallies.get(DamageKind.LOST_CHARACTERS).add(page, 1, around(i));
      }
      if (isPresentationForm(cp)) {
        tallies.get(DamageKind.PRESENTATION_FORMS).add(page, 1, around(i));
      }
      if (Character.isLetter(cp) && writtenWithoutSpaces(cp)) {
        letters.addBase(page, 1);
      }
    }

    private void word(int start, int end) {
      int columns = 0;
      int last = -1;
      boolean spaced = true;
      for (int i = start; i < end; ) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          columns += Scripts.width(cp);
          spaced &= !writtenWithoutSpaces(cp) && UScript.getScript(cp) > UScript.INHERITED;
          if (last >= 0 && isFinalForm(last)) {
            positional.add(page, 1, around(i));
            tallies.get(DamageKind.READING_ORDER).add(page, 1, around(i));
          }
          if (isFinalForm(cp)) {
            positional.base++;
          }
          last = cp;
        }
        i += Character.charCount(cp);
      }
      if (spaced && columns >= LONG_WORD) {
        tallies.get(DamageKind.LOST_SPACES).add(page, 1, around(start));
      }
    }

    private void rightToLeftOrder() {
      String stripped = text.strip();
      Tally order = tallies.get(DamageKind.READING_ORDER);
      if (NUMBER_AT_END.matcher(stripped).find() && !Character.isDigit(stripped.codePointAt(0))) {
        order.add(page, 1, around(text.length() - 1));
      }
      if (sentenceEndsAtTheStart(stripped)) {
        order.add(page, 1, around(0));
      }
      // (1) drawn as )1(: brackets not mirrored back, so one closes before it opens
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        int type =
            UCharacter.getIntPropertyValue(text.charAt(i), UProperty.BIDI_PAIRED_BRACKET_TYPE);
        if (type == UCharacter.BidiPairedBracketType.OPEN) {
          depth++;
        } else if (type == UCharacter.BidiPairedBracketType.CLOSE && --depth < 0) {
          int open = nextOpening(i + 1);
          if (open > 0 && open - i <= 7) {
            order.add(page, 1, around(i));
            return;
          }
          depth = 0;
        }
      }
    }

    /**
     * A paragraph whose first word carries the full stop and whose end carries none: the words of a
     * line taken in the order they are drawn, right to left read as left to right.
     */
    private static boolean sentenceEndsAtTheStart(String s) {
      int space = s.indexOf(' ');
      if (space <= 0 || s.isEmpty()) {
        return false;
      }
      if (Punctuation.isTerminal(s.codePointAt(0))) {
        return true;
      }
      // a first word of letters only (not a list label such as 2. or א.) with the full stop
      String first = s.substring(0, space);
      long letters = first.codePoints().filter(Character::isLetter).count();
      boolean word = letters >= 2 && first.codePoints().noneMatch(Character::isDigit);
      return word
          && Punctuation.isTerminal(first.codePointBefore(first.length()))
          && !Punctuation.isTerminal(s.codePointBefore(s.length()));
    }

    private int nextOpening(int from) {
      for (int i = from; i < text.length(); i++) {
        if (UCharacter.getIntPropertyValue(text.charAt(i), UProperty.BIDI_PAIRED_BRACKET_TYPE)
            == UCharacter.BidiPairedBracketType.OPEN) {
          return i;
        }
      }
      return -1;
    }

    /** A short stretch of text around a position, for messages, with control characters shown. */
    private String around(int at) {
      int from = Math.max(0, at - 15);
      int to = Math.min(text.length(), at + 15);
      if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
        from--;
      }
      if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
        to++;
      }
      StringBuilder s = new StringBuilder(from > 0 ? "…" : "");
      text.substring(from, to)
          .codePoints()
          .forEach(
              cp -> {
                int type = Character.getType(cp);
                if (type == Character.CONTROL
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED
                    || type == Character.FORMAT) {
                  s.append(String.format(Locale.ROOT, "\\u%04X", cp));
                } else {
                  s.appendCodePoint(cp);
                }
              });
      return s.append(to < text.length() ? "…" : "").toString();
    }
  }

  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetter(cp) || isMark(cp) || cp == 0x200C || cp == 0x200D;
  }

  private static boolean isHangulSyllable(int cp) {
    int type = UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE);
    return type == UCharacter.HangulSyllableType.LV_SYLLABLE
        || type == UCharacter.HangulSyllableType.LVT_SYLLABLE;
  }

  /**
   * Letters and marks of scripts that write no spaces between words (Thai, Lao, Khmer, Myanmar,
   * Han, kana …), as ICU's line breaking knows them.
   */
  static boolean writtenWithoutSpaces(int cp) {
    if (cp < 0x0E00 || (!Character.isLetter(cp) && !isMark(cp))) {
      return false;
    }
    int script = UScript.getScript(cp);
    return script > UScript.INHERITED && UScript.breaksBetweenLetters(script);
  }

  /**
   * The letters from Greek to Arabic whose Unicode name says they are final forms (ך ם ן ף ץ, ς),
   * read once.
   */
  private static final BitSet FINAL_LETTERS = finalLetters();

  private static BitSet finalLetters() {
    BitSet letters = new BitSet();
    for (int cp = 0x0370; cp <= 0x08FF; cp++) {
      String name = UCharacter.getName(cp);
      if (Character.isLetter(cp) && name != null && name.contains(" FINAL ")) {
        letters.set(cp - 0x0370);
      }
    }
    return letters;
  }

  /** A letter only written at the end of a word: ך ם ן ף ץ, ς, the Arabic final forms. */
  static boolean isFinalForm(int cp) {
    if (cp >= 0x0370 && cp <= 0x08FF) {
      return FINAL_LETTERS.get(cp - 0x0370);
    }
    return cp >= 0xFB50
        && cp <= 0xFEFF
        && UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)
            == UCharacter.DecompositionType.FINAL;
  }

  /** A glyph's shape standing for a letter: the Arabic presentation forms, initial to isolated. */
  static boolean isPresentationForm(int cp) {
    if (cp < 0xFB50 || cp > 0xFEFF) {
      return false; // the only blocks with these decomposition types
    }
    int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
    return type == UCharacter.DecompositionType.INITIAL
        || type == UCharacter.DecompositionType.MEDIAL
        || type == UCharacter.DecompositionType.FINAL
        || type == UCharacter.DecompositionType.ISOLATED;
  }
}
