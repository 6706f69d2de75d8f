package org.decl.text;

/** A count and its noun, in the singular for one: "1 error", "2 errors", "0 notes". */
public final class Plural {

  private Plural() {}

  /** The count and the noun, which takes an s unless the count is one. */
  public static String of(long count, String noun) {
    return count + " " + noun(count, noun);
  }

  /** The noun alone, as that many would be said: "the original", "the originals". */
  public static String noun(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }
}
