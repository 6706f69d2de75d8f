package org.decl.clause;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.extract.Source;

/**
 * A text already cut into units, one per non-empty line, as translators and aligner test sets keep
 * them. Nothing is extracted or split: each non-empty line is a clause, numbered from 1 in order,
 * its id that number; the text is only made NFC and trimmed.
 */
public final class Segments {

  private static final String MEDIA_TYPE = "text/plain";

  private Segments() {}

  /** The units of a segmented text file or standard input, UTF-8. */
  public static ClauseDocument read(Source source) {
    String text = decode(source);
    List<Clause> units = new ArrayList<>();
    int line = 0;
    for (String raw : text.split("\r\n|\n|\r", -1)) {
      line++;
      String unit = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
      if (unit.isEmpty()) {
        continue;
      }
      int n = units.size() + 1;
      units.add(
          new Clause(
              n,
              String.valueOf(n),
              Kind.CLAUSE,
              "paragraph",
              null,
              unit,
              new Span(n - 1, 0, line, 0, unit.length())));
    }
    if (units.isEmpty()) {
      throw DeclException.badInput(source.name(), "no units: the file has no non-empty line");
    }
    return new ClauseDocument(source.name(), MEDIA_TYPE, source.lang(), units, List.of());
  }

  private static String decode(Source source) {
    byte[] bytes;
    try {
      bytes = source.content() != null ? source.content() : Files.readAllBytes(source.path());
    } catch (NoSuchFileException e) {
      throw DeclException.badInput(source.name(), "no such file");
    } catch (IOException e) {
      throw DeclException.badInput(source.name(), "cannot read: " + e.getMessage(), e);
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw DeclException.badInput(
          source.name(), "not UTF-8 text: a segmented file must be UTF-8, one unit per line");
    }
  }
}
