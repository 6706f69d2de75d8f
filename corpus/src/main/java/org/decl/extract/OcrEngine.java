package org.decl.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Tesseract, run through Tika's {@link TesseractOCRParser}: whether it is installed, which language
 * data it has, and the text of one page image. One engine may be used from several threads (each
 * page is its own Tesseract process).
 */
final class OcrEngine {

  /** What went wrong reading one page. */
  static final class PageFailure extends Exception {
    PageFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final TesseractOCRParser parser = new TesseractOCRParser();
  private final boolean available;
  private final OcrLanguages languages;

  private OcrEngine() {
    boolean found;
    Set<String> langs = Set.of();
    try {
      found = parser.hasTesseract();
      if (found) {
        parser.setPreloadLangs(true); // asks tesseract --list-langs once
        parser.initialize(Map.of());
        langs = parser.getLangs();
      }
    } catch (TikaConfigException | RuntimeException e) {
      found = false;
    }
    available = found;
    languages = new OcrLanguages(langs);
  }

  private static final class Holder {
    static final OcrEngine INSTANCE = new OcrEngine();
  }

  /** The engine of this machine, looked for once. */
  static OcrEngine get() {
    return Holder.INSTANCE;
  }

  /** Whether the {@code tesseract} command is installed. */
  boolean available() {
    return available;
  }

  OcrLanguages languages() {
    return languages;
  }

  /**
   * The text of one page image, as Tesseract prints it: lines, and a blank line after each
   * paragraph.
   *
   * @param language the language data to read with
   * @throws PageFailure when Tesseract fails or runs out of time
   */
  String read(BufferedImage page, OcrLanguages.Choice language, Duration limit) throws PageFailure {
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setLanguage(language.codes());
    // 4: one column of text in lines of varying size, a declaration's page. Automatic layout (3)
    // dropped short lines (headings) and doubled the error rate on our Chinese pages.
    config.setPageSegMode("4");
    config.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, limit.toSeconds())));
    config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.TXT);
    // keeps Tesseract from setting spaces between Chinese or Thai characters; in spaced scripts it
    // only adds error (Arabic: 3% of characters wrong without it, 4.7% with it)
    config.setPreserveInterwordSpacing(language.unspaced());
    config.setMaxFileSizeToOcr(Long.MAX_VALUE);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, config);
    BodyContentHandler text = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, "image/png");
    try {
      parser.parse(new ByteArrayInputStream(png(page)), text, metadata, context);
    } catch (TikaException | IOException | SAXException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("timeout") || message.contains("timed out")) {
        throw new PageFailure("Tesseract gave up after " + limit.toSeconds() + " s", e);
      }
      throw new PageFailure("Tesseract failed (" + firstLine(e.getMessage()) + ")", e);
    }
    return text.toString();
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
