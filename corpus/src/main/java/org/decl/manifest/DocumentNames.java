package org.decl.manifest;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.decl.LanguageTags;

/**
 * What a document's file name says of its work and language, by the conventions corpora are
 * published in: {@code charter.zh-Hant.docx}, {@code charter_zh-Hant.docx}, {@code zh-Hant.docx} in
 * a folder named for the work, {@code charter-zh-Hant.docx}. A part of a name is taken for a
 * language only if it is a BCP 47 tag whose every subtag is one the Unicode locale data (CLDR, via
 * ICU) has a name for: {@code sr-Latn} and {@code de-1996} are, {@code my-charter} (Burmese,
 * variant "charter") is not.
 */
final class DocumentNames {

  /** How a name gave its language, from the surest convention to the loosest. */
  enum Convention {
    /** {@code NAME.LANG.ext}. */
    DOTTED,
    /** {@code NAME_LANG.ext}. */
    UNDERSCORE,
    /** {@code LANG.ext}, the work named by the folder. */
    FOLDER,
    /**
     * {@code NAME-LANG.ext}: the loosest, as a dash also joins the words of a name ({@code
     * new-ca.txt}); trusted only where the text does not read as another language.
     */
    DASHED
  }

  /**
   * A name's reading.
   *
   * @param work the work's name as the file name gives it, or null for {@link Convention#FOLDER}
   * @param lang the canonical tag
   */
  record Reading(String work, String lang, Convention convention) {}

  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private DocumentNames() {}

  /** The work and language a file name gives, by the first convention it follows; empty if none. */
  static Optional<Reading> read(String fileName) {
    String stem = stem(Normalizer.normalize(fileName, Normalizer.Form.NFC));
    int dot = stem.lastIndexOf('.');
    if (dot > 0) {
      Optional<String> tag = knownTag(stem.substring(dot + 1));
      if (tag.isPresent()) {
        return Optional.of(new Reading(stem.substring(0, dot), tag.get(), Convention.DOTTED));
      }
    }
    Optional<String> whole = knownTag(stem);
    if (whole.isPresent()) {
      return Optional.of(new Reading(null, whole.get(), Convention.FOLDER));
    }
    int underscore = stem.lastIndexOf('_');
    if (underscore > 0) {
      Optional<String> tag = knownTag(stem.substring(underscore + 1));
      if (tag.isPresent()) {
        return Optional.of(
            new Reading(stem.substring(0, underscore), tag.get(), Convention.UNDERSCORE));
      }
    }
    // the longest tag that ends the name: charter-pt-BR is pt-BR, not Breton
    for (int dash = stem.indexOf('-'); dash > 0; dash = stem.indexOf('-', dash + 1)) {
      Optional<String> tag = knownTag(stem.substring(dash + 1));
      if (tag.isPresent()) {
        return Optional.of(new Reading(stem.substring(0, dash), tag.get(), Convention.DASHED));
      }
    }
    return Optional.empty();
  }

  /** The name without its extension. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * A work id made of a name: in Latin letters (ICU's transliteration: 宣言 is xuan-yan), lower case,
   * anything but letters, digits, '.', '-' and '_' made a '-'; {@code work} when nothing is left.
   */
  static String workId(String name) {
    String ascii = TO_ASCII.transliterate(Normalizer.normalize(name, Normalizer.Form.NFC));
    String id =
        ascii
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[._-]+|[._-]+$", "");
    return id.isEmpty() ? "work" : id;
  }

  /** The canonical tag, if the text is a BCP 47 tag whose every subtag has a name in CLDR. */
  static Optional<String> knownTag(String text) {
    String tag;
    try {
      tag = LanguageTags.canonical(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (tag.equals("und") || tag.contains("-x-") || tag.contains("-u-") || tag.contains("-t-")) {
      return Optional.empty();
    }
    ULocale locale = ULocale.forLanguageTag(tag);
    boolean known =
        named(locale.getLanguage(), locale.getDisplayLanguage(ULocale.ENGLISH))
            && named(locale.getScript(), locale.getDisplayScript(ULocale.ENGLISH))
            && named(locale.getCountry(), locale.getDisplayCountry(ULocale.ENGLISH))
            && named(locale.getVariant(), locale.getDisplayVariant(ULocale.ENGLISH));
    return known ? Optional.of(tag) : Optional.empty();
  }

  /** ICU gives a code it has no name for back as it is (a variant in upper case). */
  private static boolean named(String code, String name) {
    return code.isEmpty() || !name.equalsIgnoreCase(code);
  }
}
