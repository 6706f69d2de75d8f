package org.decl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.decl.DeclException;

/**
 * A document to extract: a file, or bytes read from standard input.
 *
 * @param name how the user named it, used in output and messages ({@code -} for standard input)
 * @param path the file, or null for bytes
 * @param content the bytes when there is no file, else null
 * @param lang the language declared for it (by {@code --lang} or the manifest), or null to detect
 */
public record Source(String name, Path path, byte[] content, String lang) {

  public static Source file(Path path) {
    return new Source(path.toString(), path, null, null);
  }

  public static Source bytes(String name, byte[] content) {
    return new Source(name, null, content, null);
  }

  /**
   * A document read from a stream (standard input), refused as soon as it passes the same size
   * limit as a file ({@link ExtractOptions#maxBytes()}): never more than the limit is held.
   *
   * @throws DeclException (bad input) naming the stream when it is too large or cannot be read
   */
  public static Source read(String name, InputStream in, long maxBytes) {
    try {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (content.length > maxBytes) {
        throw DeclException.badInput(name, tooLarge("more than " + mb(maxBytes), maxBytes));
      }
      return bytes(name, content);
    } catch (IOException e) {
      throw DeclException.badInput(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The reason for refusing a document over the size limit. */
  static String tooLarge(String size, long maxBytes) {
    return "too large (" + size + "; the limit is " + mb(maxBytes) + ")";
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
  }

  public Source withLang(String tag) {
    return new Source(name, path, content, tag);
  }
}
