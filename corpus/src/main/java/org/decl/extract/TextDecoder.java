package org.decl.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.decl.DeclException;

/**
 * Decodes a plain-text file: by its byte order mark, else as UTF-8 when the bytes are valid UTF-8,
 * else by ICU's charset detector (Latin-1, Windows-1252, Shift_JIS, GB18030, KOI8-R, …). Binary
 * data is refused rather than decoded into garbage.
 *
 * <p>Bytes that are mostly UTF-8 but hold broken sequences are refused, naming the offset of the
 * first broken one, rather than read in a legacy encoding, which would turn every valid character
 * into mojibake: the file is damaged UTF-8 (cut mid-character, two files pasted together), not
 * Latin-1. "Mostly" is measured on the bytes above 0x7F: when more of them sit in well-formed UTF-8
 * sequences of two to four bytes than stand outside one, the file is UTF-8. Legacy encodings form
 * such sequences only by accident (Latin-1 needs an accented capital followed by a symbol, {@code
 * Ã©}), far fewer than the bytes they leave broken. {@code --encoding} reads the bytes as the user
 * says instead.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes with the given character set, failing on bytes that are not valid in it. */
  static DecodedText decode(String name, byte[] bytes, Charset forced) {
    if (forced != null) {
      int bom = forced.name().startsWith("UTF-8") && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      try {
        String text = strict(forced, bytes, bom);
        return checked(name, new DecodedText(text, forced.name(), false));
      } catch (CharacterCodingException e) {
        String where =
            forced.equals(StandardCharsets.UTF_8)
                ? " (a broken byte sequence at byte " + utf8(bytes).firstBroken() + ")"
                : "";
        throw DeclException.badInput(
            name,
            "not valid " + forced.name() + " text" + where + "; leave out --encoding to detect it");
      }
    }
    DecodedText byBom = decodeByBom(bytes);
    if (byBom != null) {
      return checked(name, byBom);
    }
    DecodedText utf16 = decodeUtf16WithoutBom(bytes);
    if (utf16 != null) {
      return checked(name, utf16);
    }
    if (containsNul(bytes)) {
      throw DeclException.badInput(name, "binary data, not text (and not a format decl reads)");
    }
    try {
      return checked(
          name, new DecodedText(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8", false));
    } catch (CharacterCodingException notUtf8) {
      Utf8Scan scan = utf8(bytes);
      if (scan.valid() > scan.broken()) {
        throw DeclException.badInput(
            name,
            "not valid UTF-8: a broken byte sequence at byte "
                + scan.firstBroken()
                + (scan.broken() > 1 ? " (and " + (scan.broken() - 1) + " more bytes)" : "")
                + " in text that is otherwise UTF-8; give --encoding CHARSET to read it in"
                + " another encoding");
      }
      return checked(name, detect(bytes));
    }
  }

  /**
   * The bytes above 0x7F: how many well-formed UTF-8 sequences of two to four bytes they form, how
   * many stand outside one, and the offset of the first of those (-1 if none).
   */
  record Utf8Scan(int valid, int broken, long firstBroken) {}

  static Utf8Scan utf8(byte[] b) {
    int valid = 0;
    int broken = 0;
    long first = -1;
    int i = 0;
    while (i < b.length) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(b, i);
      if (length > 0) {
        valid++;
        i += length;
      } else {
        if (first < 0) {
          first = i;
        }
        broken++;
        i++;
      }
    }
    return new Utf8Scan(valid, broken, first);
  }

  /**
   * The length of the well-formed UTF-8 sequence at i, or 0: the ranges of the Unicode Standard's
   * table 3-7, which leave out overlong forms, surrogates and code points past U+10FFFF.
   */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = b[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static DecodedText decodeByBom(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", false);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return new DecodedText(
          new String(b, 4, b.length - 4, Charset.forName("UTF-32LE")), "UTF-32LE", false);
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return new DecodedText(
          new String(b, 4, b.length - 4, Charset.forName("UTF-32BE")), "UTF-32BE", false);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new DecodedText(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new DecodedText(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
    }
    return null;
  }

  /** UTF-16 without a BOM shows as a zero byte in every other position for Latin text. */
  private static DecodedText decodeUtf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int half = n / 2;
    if (evenZeros > 0.3 * half && oddZeros < 0.05 * half) {
      return new DecodedText(new String(b, StandardCharsets.UTF_16BE), "UTF-16BE", true);
    }
    if (oddZeros > 0.3 * half && evenZeros < 0.05 * half) {
      return new DecodedText(new String(b, StandardCharsets.UTF_16LE), "UTF-16LE", true);
    }
    return null;
  }

  private static DecodedText detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("UTF-") || !Charset.isSupported(name)) {
        continue;
      }
      Charset charset = Charset.forName(name);
      if (charset.equals(StandardCharsets.ISO_8859_1) && hasC1Bytes(bytes)) {
        charset = WINDOWS_1252;
      }
      return new DecodedText(new String(bytes, charset), charset.name(), true);
    }
    return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), true);
  }

  /** Refuses text that is mostly control characters: binary data under a text name. */
  private static DecodedText checked(String name, DecodedText decoded) {
    String text = decoded.text();
    int controls = 0;
    int sample = Math.min(text.length(), 65536);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((Character.getType(c) == Character.CONTROL
              && c != '\n'
              && c != '\r'
              && c != '\t'
              && c != '\f')
          || c == '\uFFFD') {
        controls++;
      }
    }
    if (controls > Math.max(2, sample / 100)) {
      throw DeclException.badInput(name, "binary data, not text (and not a format decl reads)");
    }
    return decoded;
  }

  /**
   * Decodes, failing on bytes not valid in the character set. The bytes are checked in slices
   * through a small buffer and then decoded once into the string: a large file costs its bytes and
   * its text, not a third copy in a decoder's buffer.
   */
  private static String strict(Charset charset, byte[] bytes, int offset)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer slice = CharBuffer.allocate(1 << 16);
    while (true) {
      CoderResult result = decoder.decode(in, slice, true);
      if (result.isError()) {
        result.throwException();
      }
      slice.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    CoderResult end = decoder.flush(slice);
    if (end.isError()) {
      end.throwException();
    }
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static boolean hasC1Bytes(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80 && v <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsNul(byte[] bytes) {
    int n = Math.min(bytes.length, 65536);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
