package org.decl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BCP 47 language tags: checked, written the canonical way (fr, pt-BR, zh-Hant, de-1996,
 * el-monoton), and matched by language filters.
 *
 * <p>A tag is kept whole everywhere: {@code zh-Hans} and {@code zh-Hant} are two languages to decl,
 * as {@code pt-PT} and {@code pt-BR} are. Only a filter (a {@code --lang} or {@code --show} value)
 * reaches over several tags, by RFC 4647 basic filtering: {@code zh} matches {@code zh}, {@code
 * zh-Hans} and {@code zh-Hant-TW}; {@code zh-Hant} matches {@code zh-Hant} and {@code zh-Hant-TW},
 * never {@code zh} or {@code zh-Hans}.
 */
public final class LanguageTags {

  private LanguageTags() {}

  /**
   * The canonical form of a tag: the case BCP 47 recommends for each subtag ({@code zh-hant-tw}
   * becomes {@code zh-Hant-TW}), deprecated and grandfathered tags replaced by their preferred form
   * ({@code iw} becomes {@code he}, {@code i-klingon} {@code tlh}), every subtag kept.
   *
   * @throws IllegalArgumentException with a message for people when the tag is not well-formed BCP
   *     47 ({@code en_US}, {@code zh-}, {@code x}, {@code 123}) or has no language subtag ({@code
   *     x-private})
   */
  public static String canonical(String tag) {
    if (tag == null || tag.isBlank()) {
      throw new IllegalArgumentException("empty language tag");
    }
    String clean = tag.strip();
    if (clean.equalsIgnoreCase("und")) {
      return "und";
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(clean).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a BCP 47 language tag (such as fr, en-GB, zh-Hant)" + hint(clean),
          e);
    }
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("'" + tag + "' has no language subtag");
    }
    if (locale.getLanguage().length() > 3) {
      // well-formed, but BCP 47 keeps 4 to 8 letters for languages yet to be registered, and none
      // is: "french" is a language's name, not its tag
      throw new IllegalArgumentException(
          "'"
              + tag
              + "' is not a BCP 47 language tag (such as fr, en-GB, zh-Hant): a language"
              + " subtag has 2 or 3 letters");
    }
    return locale.toLanguageTag();
  }

  /** A POSIX locale name ({@code en_US}) is the commonest slip: say which tag was meant. */
  private static String hint(String tag) {
    if (tag.indexOf('_') < 0) {
      return "";
    }
    try {
      String dashed =
          new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().toLanguageTag();
      return "; subtags are joined by '-': " + dashed;
    } catch (IllformedLocaleException e) {
      return "";
    }
  }

  /** The language subtag alone: {@code zh} for {@code zh-Hant-TW}. */
  public static String language(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /**
   * True if a filter matches a tag (RFC 4647 basic filtering): the tag is the filter, or begins
   * with it followed by more subtags. Both are compared without regard to case; {@code *} matches
   * every tag.
   */
  public static boolean matches(String filter, String tag) {
    if (filter.equals("*")) {
      return true;
    }
    return tag.regionMatches(true, 0, filter, 0, filter.length())
        && (tag.length() == filter.length() || tag.charAt(filter.length()) == '-');
  }

  /**
   * The tags among {@code held} that the filters match, in the order of {@code held}.
   *
   * @param filters canonical tags, as {@link #canonical} returns them
   * @throws UnmatchedException for the first filter that matches none of them
   */
  public static List<String> select(Collection<String> filters, Collection<String> held) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String filter : filters) {
      boolean any = false;
      for (String tag : held) {
        if (matches(filter, tag)) {
          chosen.add(tag);
          any = true;
        }
      }
      if (!any) {
        throw new UnmatchedException(filter);
      }
    }
    List<String> inOrder = new ArrayList<>();
    for (String tag : held) {
      if (chosen.contains(tag)) {
        inOrder.add(tag);
      }
    }
    return inOrder;
  }

  /** A filter that matches none of the tags it was applied to. */
  public static final class UnmatchedException extends IllegalArgumentException {
    private final String filter;

    UnmatchedException(String filter) {
      super(filter + " matches no language tag held");
      this.filter = filter;
    }

    /** The filter, canonical. */
    public String filter() {
      return filter;
    }
  }
}
