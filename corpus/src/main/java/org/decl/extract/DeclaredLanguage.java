package org.decl.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The language a document says it is in: HTML's {@code lang} and {@code content-language}, the
 * {@code /Lang} of a PDF catalog, OpenDocument's and EPUB's {@code dc:language}, Word's {@code
 * w:lang}. Tags are kept whole ({@code zh-Hant}, {@code pt-PT}), only their case normalised.
 */
final class DeclaredLanguage {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NS = "declare namespace w='" + W + "' ";

  private DeclaredLanguage() {}

  /** The tag in the parser's metadata (Tika maps every format's declaration to these keys). */
  static String ofMetadata(Metadata metadata) {
    for (String key : List.of(Metadata.CONTENT_LANGUAGE, TikaCoreProperties.LANGUAGE.getName())) {
      String value = metadata.get(key);
      if (value != null) {
        String tag = tag(value.split("[,;]")[0]);
        if (tag != null) {
          return tag;
        }
      }
    }
    return null;
  }

  /**
   * The language of most of a Word document's letters: each run's {@code w:lang}, else the document
   * defaults', taking the attribute Word applies to the run's script ({@code w:eastAsia} for
   * Chinese, Japanese and Korean, {@code w:val} for the cased alphabets, {@code w:bidi} for the
   * others: right-to-left and complex scripts).
   */
  static String ofWord(XWPFDocument doc) {
    Map<String, String> defaults = new HashMap<>();
    try {
      XmlObject[] langs =
          doc.getStyle().selectPath(NS + "./w:docDefaults/w:rPrDefault/w:rPr/w:lang");
      if (langs.length > 0) {
        defaults = attributes(langs[0]);
      }
    } catch (Exception e) {
      // no styles part: runs alone declare the language
    }
    Map<String, Integer> letters = new HashMap<>();
    for (XmlObject run : doc.getDocument().getBody().selectPath(NS + ".//w:r")) {
      StringBuilder text = new StringBuilder();
      for (XmlObject t : run.selectPath(NS + "./w:t")) {
        try (XmlCursor c = t.newCursor()) {
          text.append(c.getTextValue());
        }
      }
      int count = (int) text.codePoints().filter(Character::isLetter).count();
      if (count == 0) {
        continue;
      }
      XmlObject[] own = run.selectPath(NS + "./w:rPr/w:lang");
      Map<String, String> declared = own.length > 0 ? attributes(own[0]) : Map.of();
      String key = attributeFor(mainScript(text));
      String value = declared.getOrDefault(key, defaults.get(key));
      String tag = value == null ? null : tag(value);
      if (tag != null) {
        letters.merge(tag, count, Integer::sum);
      }
    }
    return letters.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * Whether a declared tag can be right for the text: its language is written in the text's main
   * script (a Word template's {@code en-US} over Russian text is not), as ICU's likely subtags
   * tell.
   */
  static boolean fits(String tag, CharSequence text) {
    int main = mainScript(text);
    if (main == UScript.COMMON || main == UScript.INVALID_CODE) {
      return true;
    }
    String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
    if (script.isEmpty()) {
      return true;
    }
    int declared = UScript.getCodeFromName(script);
    if (declared == main) {
      return true;
    }
    return switch (script) {
      case "Hans", "Hant" -> main == UScript.HAN;
      case "Jpan" -> Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA).contains(main);
      case "Kore" -> main == UScript.HANGUL || main == UScript.HAN;
      default -> false;
    };
  }

  /** A well-formed BCP 47 tag naming a language, case-normalised; null for anything else. */
  static String tag(String value) {
    String v = value.strip().replace('_', '-');
    if (v.isEmpty()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(v).build();
      String lang = locale.getLanguage();
      if (lang.isEmpty() || Set.of("und", "zxx", "mul", "mis").contains(lang)) {
        return null;
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static String attributeFor(int script) {
    if (script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.HANGUL
        || script == UScript.BOPOMOFO) {
      return "eastAsia";
    }
    // Word keeps w:val for the cased alphabets; right-to-left and the complex scripts of South and
    // South-East Asia take w:bidi
    return UScript.isCased(script) || script == UScript.COMMON ? "val" : "bidi";
  }

  private static int mainScript(CharSequence text) {
    Map<Integer, Integer> scripts = new HashMap<>();
    text.codePoints()
        .limit(20_000)
        .filter(UCharacter::isLetter)
        .forEach(cp -> scripts.merge(UScript.getScript(cp), 1, Integer::sum));
    return scripts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UScript.COMMON);
  }

  private static Map<String, String> attributes(XmlObject element) {
    Map<String, String> out = new HashMap<>();
    try (XmlCursor c = element.newCursor()) {
      for (String name : List.of("val", "eastAsia", "bidi")) {
        String v = c.getAttributeText(new QName(W, name));
        if (v != null) {
          out.put(name, v);
        }
      }
    }
    return out;
  }
}
