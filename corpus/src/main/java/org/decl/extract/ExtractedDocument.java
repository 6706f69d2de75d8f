package org.decl.extract;

import java.util.List;

/**
 * The clean text of one document.
 *
 * @param path the file as the user named it ({@code -} for standard input)
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param lang the BCP 47 language tag, kept whole: given by the user or the manifest, else declared
 *     by the document itself (HTML {@code lang}, Word {@code w:lang}, PDF {@code /Lang}, {@code
 *     dc:language}), else detected; {@code und} when it cannot be told
 * @param langConfidence the detector's confidence between 0 and 1; 1 when the document declared its
 *     language; null when the user or the manifest gave it
 * @param title the document's title from its metadata or its first heading, or null
 * @param pages the number of pages (1 for formats without pages)
 * @param paragraphs the paragraphs in reading order
 * @param warnings what went wrong without stopping extraction
 * @param damage the signs that the text came out damaged ({@link DamageSigns}), one per kind seen
 */
public record ExtractedDocument(
    String path,
    String mediaType,
    String lang,
    Double langConfidence,
    String title,
    int pages,
    List<Paragraph> paragraphs,
    List<String> warnings,
    List<Damage> damage) {

  public ExtractedDocument {
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
    damage = damage == null ? List.of() : List.copyOf(damage);
  }

  /** The paragraph texts alone, in order. */
  public List<String> texts() {
    return paragraphs.stream().map(Paragraph::text).toList();
  }
}
