package org.decl.clause;

/**
 * Where a unit comes from in its document.
 *
 * @param paragraph the 1-based paragraph of the extracted document
 * @param page the 1-based page (1 for formats without pages)
 * @param line the 1-based line of a text file, or 0 for other formats
 * @param start where the unit's text starts in the paragraph (after its marker)
 * @param end where it ends in the paragraph
 * @param ocr true when the paragraph was read from a page image by OCR
 */
public record Span(int paragraph, int page, int line, int start, int end, boolean ocr) {

  /** A span of a paragraph from the document's own text. */
  public Span(int paragraph, int page, int line, int start, int end) {
    this(paragraph, page, line, start, end, false);
  }
}
