package org.decl.index;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The words of the exact field: ICU's Unicode word segmentation, as {@link ICUTokenizer} gives
 * them, but found by Lucene's {@link StandardTokenizer} (the same UAX #29 word rules, compiled to a
 * faster scanner) when a text is one where the two are known to agree: letters of a single alphabet
 * among Latin, Greek, Cyrillic and Arabic, with digits, spaces and common punctuation. Anything
 * else (Chinese, Japanese, Thai and the other scripts ICU segments with rules or dictionaries of
 * its own, mixed alphabets, rare symbols, very long words) goes to ICU. ExactTokenizerTest checks
 * that both give the same words on the test kit's texts.
 */
final class ExactTokenizer extends Tokenizer {

  /** Beyond this many characters, StandardTokenizer cuts a word; ICU does not. */
  private static final int LONGEST_WORD = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final StandardTokenizer fast = new StandardTokenizer();

  /**
   * ICU without its Chinese and Japanese dictionary: ideographs (and kana) one by one, so that a
   * phrase of them matches the characters as written, whatever a dictionary would make of their
   * context. (The language's text field has the dictionary words.) Thai, Lao, Khmer and Burmese
   * keep their dictionaries: their words are not single characters. Made on first need: loading
   * ICU's rules costs a search in one alphabet time for nothing.
   */
  private ICUTokenizer icu;

  private final StringBuilder text = new StringBuilder();
  private final char[] chunk = new char[1024];
  private Tokenizer active;
  private CharTermAttribute activeTerm;
  private OffsetAttribute activeOffset;
  private PositionIncrementAttribute activePosition;
  private TypeAttribute activeType;
  private int length;

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      for (int i = 0; i < n; i++) {
        if (chunk[i] == '\'' || chunk[i] == '\u2019') {
          chunk[i] = ' '; // an apostrophe separates words: d’expression gives expression
        }
      }
      text.append(chunk, 0, n);
    }
    length = text.length();
    active = standardAgrees(text) ? fast : icu();
    activeTerm = active.getAttribute(CharTermAttribute.class);
    activeOffset = active.getAttribute(OffsetAttribute.class);
    activePosition = active.getAttribute(PositionIncrementAttribute.class);
    activeType = active.getAttribute(TypeAttribute.class);
    active.setReader(new StringReader(text.toString()));
    active.reset();
  }

  private ICUTokenizer icu() {
    if (icu == null) {
      icu = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
    }
    return icu;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!active.incrementToken()) {
      return false;
    }
    term.copyBuffer(activeTerm.buffer(), 0, activeTerm.length());
    offset.setOffset(
        correctOffset(activeOffset.startOffset()), correctOffset(activeOffset.endOffset()));
    position.setPositionIncrement(activePosition.getPositionIncrement());
    type.setType(activeType.type());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    active.end();
    position.setPositionIncrement(activePosition.getPositionIncrement());
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (active != null) {
      active.close();
      active = null;
    }
  }

  /**
   * True if every character is one for which StandardTokenizer's rules and ICU's give the same
   * words, the letters are of one alphabet, and no word is longer than StandardTokenizer takes.
   */
  static boolean standardAgrees(CharSequence text) {
    int alphabet = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c == ' ' ? 0 : run + 1;
      if (run > LONGEST_WORD) {
        return false;
      }
      int letters = alphabet(c);
      if (letters < 0) {
        return false;
      }
      if (letters > 0) {
        if (alphabet != 0 && alphabet != letters) {
          return false;
        }
        alphabet = letters;
      }
    }
    return true;
  }

  private static final int LATIN = 1;
  private static final int GREEK = 2;
  private static final int CYRILLIC = 3;
  private static final int ARABIC = 4;

  /**
   * The alphabet of a letter; 0 for digits, spaces and punctuation both tokenizers treat alike; -1
   * for a character left to ICU.
   */
  private static int alphabet(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return LATIN;
      }
      // the underscore joins words in UAX #29; control characters are left to ICU
      return c == '_' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? -1 : 0;
    }
    if (c >= 0xC0 && c <= 0x24F) {
      return c == 0xD7 || c == 0xF7 ? 0 : LATIN; // × and ÷ are symbols
    }
    if (c >= 0xA0 && c <= 0xBF) {
      return c == 0xAA || c == 0xAD || c == 0xB5 || c == 0xB7 || c == 0xBA ? -1 : 0;
    }
    if (c >= 0x386 && c <= 0x3CE) {
      return c == 0x387 ? -1 : GREEK; // the basic Greek letters; the ano teleia is left to ICU
    }
    if (c >= 0x400 && c <= 0x45F) {
      return CYRILLIC; // the basic Cyrillic letters
    }
    if (c >= 0x621 && c <= 0x64A) {
      return ARABIC; // the Arabic letters, without tatweel, marks, digits and signs
    }
    if (c == 0x60C || c == 0x61B || c == 0x61F) {
      return 0; // Arabic comma, semicolon and question mark
    }
    if (c >= 0x2010 && c <= 0x2027 && c != 0x2018 && c != 0x2019 && c != 0x2024) {
      return 0; // dashes, quotation marks, bullets, ellipsis
    }
    if (c == 0x2030 || c == 0x2039 || c == 0x203A || c == 0x20AC) {
      return 0; // per mille, single guillemets, euro
    }
    return -1;
  }
}
