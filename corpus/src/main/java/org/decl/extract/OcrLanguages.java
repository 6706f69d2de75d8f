package org.decl.extract;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * BCP 47 language tags to the names of Tesseract's language data, worked out from the data that is
 * installed rather than from a list.
 *
 * <p>Tesseract names its data by ISO 639-2 code ({@code fra}, {@code rus}, {@code chi}), with a
 * suffix where the data is for one script of a language written in several ({@code srp_latn},
 * {@code uzb_cyrl}, {@code chi_sim}, {@code chi_tra}). Each installed name is read back into a
 * language and a script with ICU (which knows ISO 639-2 codes, bibliographic ones such as {@code
 * chi} too); a name without a suffix is for the language's usual script. A tag matches the data of
 * its language in its script, the script made explicit with ICU's likely subtags, so that {@code
 * zh-TW} and {@code zh-HK} take Traditional Chinese and {@code sr} Cyrillic.
 */
final class OcrLanguages {

  /** Tesseract's English data: added beside a non-Latin language for the Latin words in it. */
  static final String ENGLISH = "eng";

  /**
   * What to run Tesseract with for one language.
   *
   * @param codes the data names joined with {@code +}, as Tesseract's {@code -l} takes them, or
   *     null when none is installed for the language
   * @param language the language asked for
   * @param unspaced true when its script sets no spaces between words (Han, Thai, …): Tesseract is
   *     then told to keep its spacing rather than set a space between every two characters
   */
  record Choice(String codes, String language, boolean unspaced) {}

  private record Data(String name, String lang, int script) {}

  private final List<Data> installed = new ArrayList<>();
  private final Set<String> names;

  OcrLanguages(Set<String> names) {
    this.names = new TreeSet<>(names);
    for (String name : this.names) {
      Data data = read(name);
      if (data != null) {
        installed.add(data);
      }
    }
  }

  /** The installed data names, sorted. */
  Set<String> names() {
    return names;
  }

  /**
   * The data to read a document in this language with: its own, and English beside it when its
   * script is neither Latin nor one written without spaces (names, acronyms and web addresses in
   * Latin letters are common in every declaration; Tesseract's models for Han and the other
   * unspaced scripts carry Latin letters themselves, and English beside them only misreads their
   * punctuation: 2% of characters more on our Chinese pages).
   */
  Choice choose(String tag) {
    ULocale asked = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag));
    String lang = asked.getLanguage();
    int script = scriptOf(asked);
    String own = null;
    for (Data d : installed) {
      if (d.lang().equals(lang) && d.script() == script) {
        own = d.name();
        break;
      }
    }
    boolean unspaced = script != UScript.INVALID_CODE && UScript.breaksBetweenLetters(script);
    if (own == null) {
      return new Choice(null, tag, unspaced);
    }
    if (script != UScript.LATIN && !unspaced && !own.equals(ENGLISH) && names.contains(ENGLISH)) {
      return new Choice(own + "+" + ENGLISH, tag, unspaced);
    }
    return new Choice(own, tag, unspaced);
  }

  /** The language and script of one data name, or null for data that is no language's. */
  private static Data read(String name) {
    String[] parts = name.split("_");
    if (parts[0].length() != 3 || parts.length > 2 || name.equals("osd") || name.equals("equ")) {
      return null; // orientation, equations, vertical or historic variants (chi_sim_vert, kat_old)
    }
    ULocale locale = new ULocale(ULocale.canonicalize(parts[0]));
    String lang = locale.getLanguage();
    if (lang.isEmpty()) {
      return null;
    }
    int script;
    if (parts.length == 1) {
      script = scriptOf(ULocale.addLikelySubtags(locale));
    } else {
      script = suffixScript(parts[1]);
      if (script == UScript.INVALID_CODE) {
        return null;
      }
    }
    return new Data(name, lang, script);
  }

  /**
   * The script of a data name's suffix: an ISO 15924 code ({@code latn}, {@code cyrl}), or one of
   * the two Tesseract names for the forms of Han, {@code sim} and {@code tra}.
   */
  private static int suffixScript(String suffix) {
    return switch (suffix.toLowerCase(Locale.ROOT)) {
      case "sim" -> UScript.SIMPLIFIED_HAN;
      case "tra" -> UScript.TRADITIONAL_HAN;
      default -> suffix.length() == 4 ? UScript.getCodeFromName(suffix) : UScript.INVALID_CODE;
    };
  }

  private static int scriptOf(ULocale maximized) {
    String script = maximized.getScript();
    return script.isEmpty() ? UScript.INVALID_CODE : UScript.getCodeFromName(script);
  }
}
