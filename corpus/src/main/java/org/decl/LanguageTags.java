package org.decl;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags: checked, and written the canonical way (fr, pt-BR, zh-Hant). */
public final class LanguageTags {

  private LanguageTags() {}

  /**
   * The canonical form of a tag.
   *
   * @throws IllegalArgumentException with a message for people when the tag is not BCP 47
   */
  public static String canonical(String tag) {
    if (tag == null || tag.isBlank()) {
      throw new IllegalArgumentException("empty language tag");
    }
    try {
      String clean = tag.strip().replace('_', '-');
      if (clean.equalsIgnoreCase("und")) {
        return "und";
      }
      Locale locale = new Locale.Builder().setLanguageTag(clean).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("'" + tag + "' has no language subtag");
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a BCP 47 language tag (such as fr, en-GB, zh-Hant)", e);
    }
  }

  /** The language subtag alone: {@code zh} for {@code zh-Hant-TW}. */
  public static String language(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
