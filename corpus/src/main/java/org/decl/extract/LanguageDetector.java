package org.decl.extract;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text.
 *
 * <p>Scripts used by one language only (Greek, Hebrew, Thai, Korean, Japanese kana, Armenian,
 * Georgian, …) decide at once. Everything else goes to Apache OpenNLP's language detector with the
 * model Apache Tika ships (103 languages). Loading that model takes a second or two, so it is
 * loaded once per detector, on first use or ahead of time by {@link #preload()}.
 */
public final class LanguageDetector {

  private static final String MODEL = "/opennlp-langdetect-20210413.bin";
  private static final int SAMPLE = 20_000;
  private static final Map<Integer, String> SCRIPT_LANGUAGES = scriptLanguages();

  private CompletableFuture<LanguageDetectorModel> model;

  /** Starts loading the model in the background. */
  public synchronized void preload() {
    if (model == null) {
      model = CompletableFuture.supplyAsync(LanguageDetector::loadModel);
    }
  }

  /** The language of the text, or {@link LanguageGuess#UNKNOWN} when it has too few letters. */
  public LanguageGuess detect(CharSequence text) {
    String sample = sample(text);
    Map<Integer, Integer> scripts = new HashMap<>();
    int letters = 0;
    int kana = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      int script = UScript.getScript(cp);
      if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
        kana++;
      }
      scripts.merge(script, 1, Integer::sum);
    }
    if (letters < 3) {
      return LanguageGuess.UNKNOWN;
    }
    if (kana * 20 >= letters) {
      return new LanguageGuess("ja", share(kana + scripts.getOrDefault(UScript.HAN, 0), letters));
    }
    int main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double share = share(scripts.get(main), letters);
    if (main == UScript.HAN) {
      return new LanguageGuess("zh", share);
    }
    String byScript = SCRIPT_LANGUAGES.get(main);
    if (byScript != null) {
      return new LanguageGuess(byScript, share);
    }
    return byModel(sample);
  }

  private LanguageGuess byModel(String sample) {
    preload();
    LanguageDetectorME detector = new LanguageDetectorME(model.join());
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) {
      return LanguageGuess.UNKNOWN;
    }
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    double confidence = best + second == 0 ? 0 : best / (best + second);
    return new LanguageGuess(toBcp47(ranked[0].getLang()), Math.round(confidence * 1000) / 1000.0);
  }

  /** OpenNLP answers in ISO 639-3 ("fra", "cmn", "zho-simp"); BCP 47 wants the shortest code. */
  static String toBcp47(String code) {
    return switch (code) {
      case "zho-simp" -> "zh-Hans";
      case "zho-trad" -> "zh-Hant";
      default -> ULocale.createCanonical(code).toLanguageTag();
    };
  }

  private static String sample(CharSequence text) {
    if (text.length() <= SAMPLE) {
      return text.toString();
    }
    int half = SAMPLE / 2;
    int middle = text.length() / 2;
    return text.subSequence(0, half) + " " + text.subSequence(middle, middle + half);
  }

  private static double share(int part, int whole) {
    return Math.round(1000.0 * part / whole) / 1000.0;
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " missing from the class path");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
  }

  private static Map<Integer, String> scriptLanguages() {
    Map<Integer, String> m = new HashMap<>();
    m.put(UScript.GREEK, "el");
    m.put(UScript.HEBREW, "he");
    m.put(UScript.THAI, "th");
    m.put(UScript.HANGUL, "ko");
    m.put(UScript.ARMENIAN, "hy");
    m.put(UScript.GEORGIAN, "ka");
    m.put(UScript.LAO, "lo");
    m.put(UScript.KHMER, "km");
    m.put(UScript.MYANMAR, "my");
    m.put(UScript.SINHALA, "si");
    m.put(UScript.TAMIL, "ta");
    m.put(UScript.TELUGU, "te");
    m.put(UScript.KANNADA, "kn");
    m.put(UScript.MALAYALAM, "ml");
    m.put(UScript.GUJARATI, "gu");
    m.put(UScript.GURMUKHI, "pa");
    m.put(UScript.ORIYA, "or");
    m.put(UScript.TIBETAN, "bo");
    return Map.copyOf(m);
  }
}
