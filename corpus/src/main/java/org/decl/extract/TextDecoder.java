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
        throw DeclException.badInput(
            name, "not valid " + forced.name() + " text; leave out --encoding to detect it");
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
      return checked(name, detect(bytes));
    }
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
