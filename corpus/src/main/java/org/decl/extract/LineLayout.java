package org.decl.extract;

/**
 * Where a line of a PDF sits across the page, in text space units (points): what tells a line that
 * ends its paragraph from one the typesetter filled.
 *
 * @param left where its leftmost glyph starts
 * @param right where its rightmost glyph ends
 * @param firstChunk how wide its first word is (up to a space; in scripts written without spaces a
 *     word with what clings to it, one Han character, a Thai word): had the previous line had room
 *     for that much, the typesetter would have put it there
 * @param em the type size
 */
record LineLayout(float left, float right, float firstChunk, float em) {}
