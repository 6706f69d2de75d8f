package org.decl.extract;

/**
 * Reads the formats that need a parser: in this JVM ({@link TikaReader}) or in child processes
 * ({@link ParserPool}).
 */
interface DocumentReader extends AutoCloseable {

  /**
   * The lines and facts of one document.
   *
   * @param lang the language the user or the manifest gave, or null: for OCR
   * @throws org.decl.DeclException (bad input) naming the document when it cannot be read
   */
  TikaReader.Result read(String name, byte[] bytes, String lang);

  /** The parser's own plain text, untouched, for {@code --raw}. */
  String raw(String name, byte[] bytes);

  @Override
  void close();
}
