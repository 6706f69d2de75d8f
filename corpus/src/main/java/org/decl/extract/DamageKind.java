package org.decl.extract;

/** The ways extracted text shows that extraction went wrong, each with its id in the output. */
public enum DamageKind {
  /** Right-to-left text in the order the page draws it, not the order it is read. */
  READING_ORDER("reading-order", "right-to-left text out of reading order"),
  /** Combining marks, vowel signs or stacked consonants cut off from the letters they belong to. */
  BROKEN_CLUSTERS("broken-clusters", "marks or vowel signs cut off from their letters"),
  /** Spaces between the letters of a script that does not separate its words with spaces. */
  INVENTED_SPACES("invented-spaces", "spaces inside words of a script written without them"),
  /** Words run together where the script separates words with spaces. */
  LOST_SPACES("lost-spaces", "words run together: the spaces between them lost"),
  /** Characters the file gave no Unicode value for: U+FFFD, private-use glyphs, unassigned. */
  LOST_CHARACTERS("lost-characters", "characters without a Unicode value"),
  /** Shaping or presentation forms left in the text in place of the letters they draw. */
  PRESENTATION_FORMS("presentation-forms", "glyph shapes in place of letters"),
  /** A paragraph far longer than the others: paragraph breaks lost. */
  COLLAPSED_PARAGRAPHS("collapsed-paragraphs", "paragraph breaks lost");

  private final String id;
  private final String description;

  DamageKind(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The id in JSON and in findings: {@code broken-clusters}. */
  public String id() {
    return id;
  }

  /** What the damage is, for people. */
  public String description() {
    return description;
  }
}
