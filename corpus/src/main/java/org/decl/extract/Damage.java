package org.decl.extract;

import java.util.List;

/**
 * Signs in an extracted document that its text is damaged, of one kind: extraction went on, but a
 * reader should not trust the text as it is.
 *
 * @param kind what is wrong
 * @param pages the 1-based pages where it was seen, in order
 * @param count how many times it was seen
 * @param sample a short stretch of the text showing it
 * @param message one line for people, naming the count, the pages and the sample
 */
public record Damage(
    DamageKind kind, List<Integer> pages, int count, String sample, String message) {

  public Damage {
    pages = List.copyOf(pages);
  }
}
