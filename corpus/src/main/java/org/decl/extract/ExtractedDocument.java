package org.decl.extract;

import java.util.List;

/**
 * The clean text of one document.
 *
 * @param path the file as the user named it ({@code -} for standard input)
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param lang the BCP 47 language tag: declared by the user or the manifest, else detected; {@code
 *     und} when it cannot be told
 * @param langConfidence the detector's confidence between 0 and 1, or null when the language was
 *     declared rather than detected
 * @param title the document's title from its metadata or its first heading, or null
 * @param pages the number of pages (1 for formats without pages)
 * @param paragraphs the paragraphs in reading order
 * @param warnings what went wrong without stopping extraction
 */
public record ExtractedDocument(
    String path,
    String mediaType,
    String lang,
    Double langConfidence,
    String title,
    int pages,
    List<Paragraph> paragraphs,
    List<String> warnings) {

  public ExtractedDocument {
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The paragraph texts alone, in order. */
  public List<String> texts() {
    return paragraphs.stream().map(Paragraph::text).toList();
  }
}
