package org.decl.extract;

import java.util.Optional;

/** What this machine lacks for OCR, told up front so a command can refuse before it starts. */
public final class OcrSetup {

  private OcrSetup() {}

  /**
   * Why pages in this language cannot be read with OCR here, in one line saying what to install, or
   * empty when they can.
   *
   * @param lang the documents' language (BCP 47), or null when it is not known yet
   */
  public static Optional<String> problem(String lang) {
    OcrEngine engine = OcrEngine.get();
    if (!engine.available()) {
      return Optional.of(
          "Tesseract is not installed: install it with its language data, for example"
              + " apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra");
    }
    if (lang != null && engine.languages().choose(lang).codes() == null) {
      return Optional.of(missingData(lang, engine.languages()));
    }
    return Optional.empty();
  }

  static String missingData(String lang, OcrLanguages languages) {
    return "Tesseract has no language data for "
        + lang
        + " (installed: "
        + String.join(", ", languages.names())
        + "): install it (Debian: apt-cache search tesseract-ocr- lists the packages)";
  }
}
