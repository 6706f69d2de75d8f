package org.decl.extract;

import java.nio.file.Path;

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

  public Source withLang(String tag) {
    return new Source(name, path, content, tag);
  }
}
