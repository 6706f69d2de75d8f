package org.decl.check;

import java.util.Locale;
import java.util.Map;

/** Whether a version's detected language contradicts the declared one. */
final class Languages {

  /** Below this many letters, or this confidence, a detection says too little to contradict. */
  private static final int MIN_LETTERS = 200;

  private static final double MIN_CONFIDENCE = 0.7;

  /**
   * Languages the detector cannot tell apart reliably, to one name each: Norwegian and Danish, the
   * standard forms of Serbo-Croatian, Malay and Indonesian.
   */
  private static final Map<String, String> CLOSE =
      Map.ofEntries(
          Map.entry("nb", "no"),
          Map.entry("nn", "no"),
          Map.entry("da", "no"),
          Map.entry("hr", "sh"),
          Map.entry("sr", "sh"),
          Map.entry("bs", "sh"),
          Map.entry("id", "ms"),
          Map.entry("cmn", "zh"),
          Map.entry("prs", "fa"));

  private Languages() {}

  /** What to say when the languages differ, or null. */
  static String mismatch(String declared, VersionText text) {
    if (text.detected() == null
        || text.detected().equals("und")
        || text.letters() < MIN_LETTERS
        || text.confidence() < MIN_CONFIDENCE) {
      return null;
    }
    if (language(declared).equals(language(text.detected()))) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "declared %s, but the text reads as %s (confidence %.2f)",
        declared,
        text.detected(),
        text.confidence());
  }

  private static String language(String tag) {
    String lang = Locale.forLanguageTag(tag).getLanguage();
    return CLOSE.getOrDefault(lang, lang);
  }
}
