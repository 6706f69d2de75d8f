package org.decl.extract;

import java.nio.charset.Charset;
import java.time.Duration;

/**
 * How to extract.
 *
 * @param encoding the character set of plain-text input, or null to detect it
 * @param timeout the longest a parser may spend on one document (OCR has its own limit per page)
 * @param maxBytes the largest file accepted
 * @param maxChars the most text kept from one document
 * @param detectLanguage whether to detect the language of documents that have none declared
 * @param ocr when and how scanned pages are read with OCR
 */
public record ExtractOptions(
    Charset encoding,
    Duration timeout,
    long maxBytes,
    long maxChars,
    boolean detectLanguage,
    OcrOptions ocr) {

  public ExtractOptions {
    if (ocr == null) {
      ocr = OcrOptions.defaults();
    }
  }

  /** Options with OCR at its defaults (scans only). */
  public ExtractOptions(
      Charset encoding, Duration timeout, long maxBytes, long maxChars, boolean detectLanguage) {
    this(encoding, timeout, maxBytes, maxChars, detectLanguage, OcrOptions.defaults());
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions(null, Duration.ofSeconds(60), 512L << 20, 200_000_000L, true);
  }

  public ExtractOptions withEncoding(Charset charset) {
    return new ExtractOptions(charset, timeout, maxBytes, maxChars, detectLanguage, ocr);
  }

  public ExtractOptions withTimeout(Duration limit) {
    return new ExtractOptions(encoding, limit, maxBytes, maxChars, detectLanguage, ocr);
  }

  public ExtractOptions withLanguageDetection(boolean detect) {
    return new ExtractOptions(encoding, timeout, maxBytes, maxChars, detect, ocr);
  }

  public ExtractOptions withOcr(OcrOptions options) {
    return new ExtractOptions(encoding, timeout, maxBytes, maxChars, detectLanguage, options);
  }
}
