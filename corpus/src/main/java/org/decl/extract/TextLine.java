package org.decl.extract;

/**
 * A line of text as a parser delivered it, before lines are joined into paragraphs.
 *
 * @param text the line, cleaned
 * @param page the 1-based page
 * @param blanksBefore blank lines between this line and the previous one
 * @param blockStart true when the source itself starts a new paragraph here (a Word paragraph, an
 *     HTML block): such a boundary is never joined
 * @param hint what the source says the block is (a heading element, a list item), or TEXT
 * @param line the 1-based line of a text file it was read from, or 0 for other formats
 */
record TextLine(
    String text, int page, int blanksBefore, boolean blockStart, ParagraphKind hint, int line) {}
