package org.decl.extract;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;

/**
 * Repairs the character-level damage of extraction, one line at a time: ligatures expanded, soft
 * hyphens and invisible joiners that carry no meaning dropped, control characters removed, runs of
 * spaces collapsed, Unicode NFC.
 *
 * <p>Zero-width non-joiner and joiner (U+200C, U+200D) are kept: Persian and the Indic scripts
 * spell words with them. A run of spaces that contains a no-break space keeps that no-break space,
 * so French typography (« texte », « ; ») survives.
 */
public final class TextCleaner {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextCleaner() {}

  /**
   * Cleans one line. A soft hyphen at the very end of the line is kept, as a marker that the word
   * continues on the next line; everywhere else it is dropped.
   */
  public static String cleanLine(CharSequence raw) {
    if (isClean(raw)) {
      return raw.toString();
    }
    int end = raw.length();
    while (end > 0 && isSpace(Character.codePointBefore(raw, end))) {
      end -= Character.charCount(Character.codePointBefore(raw, end));
    }
    StringBuilder out = new StringBuilder(end);
    int run = 0;
    int runChar = ' ';
    for (int i = 0; i < end; ) {
      int cp = Character.codePointAt(raw, i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        runChar = run == 0 ? cp : (isNoBreak(runChar) ? runChar : cp);
        run++;
        continue;
      }
      if (isDropped(cp, i >= end) || isKashidaBeforeMark(cp, raw, i)) {
        continue;
      }
      if (run > 0 && out.length() > 0) {
        boolean keep = isNoBreak(runChar) || runChar == 0x3000;
        out.appendCodePoint(keep ? runChar : ' ');
      }
      run = 0;
      appendExpanded(out, cp);
    }
    return NFC.isNormalized(out) ? out.toString() : NFC.normalize(out);
  }

  /**
   * True for the common case: no space at either end or doubled, nothing to drop or expand, and
   * already NFC. Checked first because most lines are like that.
   */
  private static boolean isClean(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == ' ' && s.charAt(i - 1) == ' ') {
        return false;
      }
      if (c >= 0x80) {
        ascii = false;
        if (c <= 0xA0
            || c == 0xAD
            || c >= 0x2000 && c <= 0x200F
            || c >= 0x2028 && c <= 0x202F
            || c >= 0x205F && c <= 0x206F
            || c == 0x0640
            || c >= 0xFB00 && c <= 0xFB17
            || c == 0xFEFF
            || c == 0x3000
            || c == 0x1680
            || Character.isSurrogate(c)) {
          return false;
        }
      }
    }
    return ascii || NFC.isNormalized(s);
  }

  private static boolean isNoBreak(int cp) {
    return cp == 0x00A0 || cp == 0x202F || cp == 0x2007;
  }

  /** NFC for text made of clean lines: joining lines can put a combining mark after a space. */
  static String normalize(CharSequence text) {
    return NFC.isNormalized(text) ? text.toString() : NFC.normalize(text);
  }

  /** Collapses whitespace and normalises a piece of text already joined into one paragraph. */
  public static String cleanParagraph(CharSequence text) {
    return cleanLine(text.toString().replace('\n', ' '));
  }

  static boolean isSpace(int cp) {
    return cp == ' '
        || cp == '\t'
        || cp == 0x00A0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000
        || cp == '\r'
        || cp == '\n'
        || cp == 0x0B
        || cp == 0x0C
        || cp == 0x85
        || cp == 0x2028
        || cp == 0x2029;
  }

  private static boolean isDropped(int cp, boolean atLineEnd) {
    if (cp == 0x00AD) {
      return !atLineEnd;
    }
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
      return true;
    }
    return Character.getType(cp) == Character.CONTROL;
  }

  /**
   * An Arabic tatweel carrying a vowel mark: what PDF text extraction makes of a mark typeset on
   * its own (the presentation forms U+FE70–FE7F decompose to tatweel and mark). The mark belongs to
   * the letter before; the tatweel is layout.
   */
  private static boolean isKashidaBeforeMark(int cp, CharSequence raw, int next) {
    if (cp != 0x0640 || next >= raw.length()) {
      return false;
    }
    int following = Character.codePointAt(raw, next);
    return following >= 0x064B && following <= 0x065F || following == 0x0670;
  }

  private static void appendExpanded(StringBuilder out, int cp) {
    if ((cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0xFB13 && cp <= 0xFB17)) {
      out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
    } else {
      out.appendCodePoint(cp);
    }
  }
}
