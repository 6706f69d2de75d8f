package org.decl.extract;

import java.time.Duration;

/**
 * How extraction reads scanned pages with OCR (Tesseract through Tika; see docs/extract.md).
 *
 * @param mode which pages are read with OCR
 * @param pageTimeout the longest Tesseract may spend on one page; a page it gives up on is left out
 *     with a warning
 * @param dpi the resolution pages are rendered at for Tesseract
 * @param listener told of each page read, for a progress bar
 */
public record OcrOptions(OcrMode mode, Duration pageTimeout, int dpi, Listener listener) {

  /** Told as OCR goes; called from the extracting thread, one document at a time per thread. */
  public interface Listener {
    /** OCR of {@code pages} pages of a document starts. */
    void started(String document, int pages);

    /** One more page of the document has been read. */
    void pageDone(String document);

    /** OCR of the document is over (done, failed or given up). */
    void finished(String document);
  }

  /** A listener that hears nothing. */
  public static final Listener SILENT =
      new Listener() {
        @Override
        public void started(String document, int pages) {}

        @Override
        public void pageDone(String document) {}

        @Override
        public void finished(String document) {}
      };

  public OcrOptions {
    if (listener == null) {
      listener = SILENT;
    }
  }

  /** OCR of scans only, two minutes a page, at 300 dpi. */
  public static OcrOptions defaults() {
    return new OcrOptions(OcrMode.AUTO, Duration.ofSeconds(120), 300, SILENT);
  }

  public OcrOptions withMode(OcrMode m) {
    return new OcrOptions(m, pageTimeout, dpi, listener);
  }

  public OcrOptions withPageTimeout(Duration limit) {
    return new OcrOptions(mode, limit, dpi, listener);
  }

  public OcrOptions withListener(Listener l) {
    return new OcrOptions(mode, pageTimeout, dpi, l);
  }
}
