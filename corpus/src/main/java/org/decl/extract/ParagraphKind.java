package org.decl.extract;

/** What a paragraph looks like on the page. The split stage decides what it means. */
public enum ParagraphKind {
  /** Running text. */
  TEXT,
  /** A title or heading: a heading element, an all-capitals line, a short title-case line. */
  HEADING,
  /** A section separator such as {@code * * *}. */
  SEPARATOR,
  /** A paragraph that opens with a list marker: 1. (a) • § 3 */
  LIST_ITEM
}
