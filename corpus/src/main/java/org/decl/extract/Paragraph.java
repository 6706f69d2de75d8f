package org.decl.extract;

/**
 * One paragraph of a document as a careful reader sees it: one line of text, whitespace normalised,
 * Unicode NFC.
 *
 * @param text the paragraph on one line
 * @param kind what the paragraph looks like
 * @param page the 1-based page it starts on (1 for documents without pages)
 * @param line the 1-based line of a text file it starts on, or 0 for other formats
 * @param ocr true when the text was read from a page image by OCR, not from the document's text
 */
public record Paragraph(String text, ParagraphKind kind, int page, int line, boolean ocr) {

  /** A paragraph from the document's own text. */
  public Paragraph(String text, ParagraphKind kind, int page, int line) {
    this(text, kind, page, line, false);
  }

  /** The same paragraph, marked as read by OCR. */
  public Paragraph asOcr() {
    return new Paragraph(text, kind, page, line, true);
  }
}
