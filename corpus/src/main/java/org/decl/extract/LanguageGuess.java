package org.decl.extract;

/**
 * A detected language.
 *
 * @param tag BCP 47 tag, {@code und} when the text gives too little to tell
 * @param confidence between 0 and 1: how far the best guess stands above the next one
 */
public record LanguageGuess(String tag, double confidence) {

  public static final LanguageGuess UNKNOWN = new LanguageGuess("und", 0);
}
