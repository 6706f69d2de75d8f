package org.decl.cli;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.extract.ExtractOptions;
import org.decl.extract.OcrMode;
import org.decl.extract.OcrOptions;
import org.decl.extract.OcrSetup;
import picocli.CommandLine.Option;

/** How documents are read: their language and encoding, the time limit, how many at once. */
final class DocumentOptions {

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = "The documents' language (BCP 47, such as fr or zh-Hant); default: detected.")
  String lang;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Character set of plain-text input, such as windows-1252; default: detected.")
  Charset encoding;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Give up on a document after this long. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  /** The values of {@code --ocr}, as users type them. */
  enum Ocr {
    auto,
    always,
    never
  }

  @Option(
      names = "--ocr",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Read pages with OCR (Tesseract): auto (only PDF pages without a text layer: scans),"
              + " always (every page) or never. Default: ${DEFAULT-VALUE}.")
  Ocr ocr;

  @Option(
      names = "--ocr-timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "Give up OCR of a page after this long. Default: ${DEFAULT-VALUE}.")
  int ocrTimeoutSeconds;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Documents read at once. Default: the number of processors.")
  Integer jobs;

  /** The language tag the user gave, canonical, or null. */
  String lang() {
    if (lang == null) {
      return null;
    }
    try {
      return LanguageTags.canonical(lang);
    } catch (IllegalArgumentException e) {
      throw DeclException.usage("--lang: " + e.getMessage());
    }
  }

  /** Extraction options, detecting the language only if asked and not given. */
  ExtractOptions extractOptions(boolean detectLanguage) {
    if (timeoutSeconds <= 0) {
      throw DeclException.usage("--timeout must be a positive number of seconds");
    }
    if (ocrTimeoutSeconds <= 0) {
      throw DeclException.usage("--ocr-timeout must be a positive number of seconds");
    }
    OcrMode mode = OcrMode.valueOf(ocr.name().toUpperCase(java.util.Locale.ROOT));
    if (mode == OcrMode.ALWAYS) {
      Optional<String> problem = OcrSetup.problem(lang());
      if (problem.isPresent()) {
        throw DeclException.usage("--ocr always: " + problem.get());
      }
    }
    Logging.start();
    return ExtractOptions.defaults()
        .withEncoding(encoding)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withLanguageDetection(detectLanguage && lang == null)
        .withOcr(
            OcrOptions.defaults()
                .withMode(mode)
                .withPageTimeout(Duration.ofSeconds(ocrTimeoutSeconds)));
  }

  /** The options with a progress bar for the pages read by OCR, one bar per document. */
  static ExtractOptions withOcrProgress(
      ExtractOptions options, Context context, Messages messages) {
    return options.withOcr(options.ocr().withListener(new OcrProgress(context, messages)));
  }

  /** Shows "OCR name" with the pages read so far, for documents whose OCR runs a while. */
  private static final class OcrProgress implements OcrOptions.Listener {
    private final Context context;
    private final Messages messages;
    private final Map<String, Progress> bars = new HashMap<>();

    OcrProgress(Context context, Messages messages) {
      this.context = context;
      this.messages = messages;
    }

    @Override
    public synchronized void started(String document, int pages) {
      bars.put(document, Progress.start("OCR " + document, pages, "pages", context, messages));
    }

    @Override
    public void pageDone(String document) {
      Progress bar;
      synchronized (this) {
        bar = bars.get(document);
      }
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void finished(String document) {
      Progress bar;
      synchronized (this) {
        bar = bars.remove(document);
      }
      if (bar != null) {
        bar.close();
      }
    }
  }

  int jobs() {
    return jobs(jobs);
  }

  /** The documents to read at once for a {@code --jobs} option: as asked, or one per processor. */
  static int jobs(Integer asked) {
    return asked != null ? Math.max(1, asked) : Runtime.getRuntime().availableProcessors();
  }
}
