package org.decl.cli;

import java.nio.charset.Charset;
import java.time.Duration;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.extract.ExtractOptions;
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
    Logging.start();
    return ExtractOptions.defaults()
        .withEncoding(encoding)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withLanguageDetection(detectLanguage && lang == null);
  }

  int jobs() {
    return jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
  }
}
