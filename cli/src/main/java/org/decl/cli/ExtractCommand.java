package org.decl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.extract.ExtractOptions;
import org.decl.extract.ExtractedDocument;
import org.decl.extract.Extractor;
import org.decl.extract.Paragraph;
import org.decl.extract.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl extract}: the clean text of each document, paragraph by paragraph. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the clean text of each document, paragraph by paragraph.",
      "",
      "Reads PDF, DOCX, DOC, ODT, RTF, HTML, EPUB and plain text in any encoding. Lines broken by"
          + " the page are joined back into paragraphs, hyphenation is undone, running headers,"
          + " footers and page numbers are removed, and the text is normalised to Unicode NFC.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl extract examples/paris-2016/fr.txt",
      "  decl extract --format json examples/paris-2016/* | jq -r .lang",
      "  decl extract -o out/ reports/*.pdf",
      "  decl extract --raw examples/paris-2016/en.pdf    # before repair",
      "  pdftotext scan.pdf - | decl extract --lang fr -",
    })
final class ExtractCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    jsonl,
    tsv
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Documents to read; - reads standard input.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, json (one object per document), jsonl (one per paragraph) or tsv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = {"-o", "--output-dir"},
      paramLabel = "DIR",
      description =
          "Write each document to a file of its own in DIR, named after it (fr.txt, fr.json, …).")
  Path outputDir;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = "The documents' language (BCP 47, such as fr or zh-Hant); default: detected.")
  String lang;

  @Option(names = "--raw", description = "Print the parser's text untouched, for comparison.")
  boolean raw;

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
      description = "Documents extracted at once. Default: the number of processors.")
  Integer jobs;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String tag = lang == null ? null : canonicalLang();
    if (raw && format != Format.text) {
      throw DeclException.usage("--raw prints the parser's text only; leave out --format");
    }
    if (timeoutSeconds <= 0) {
      throw DeclException.usage("--timeout must be a positive number of seconds");
    }
    Context context = root.context();
    Messages messages =
        new Messages(spec.commandLine().getErr(), log, context.terminal().colorsErr());
    List<Source> sources = Inputs.sources(files, context, tag);
    Map<Source, Path> targets = outputDir == null ? Map.of() : targets(sources);
    boolean needsLanguage = tag == null && (format == Format.json || format == Format.jsonl);
    ExtractOptions options =
        ExtractOptions.defaults()
            .withEncoding(encoding)
            .withTimeout(Duration.ofSeconds(timeoutSeconds))
            .withLanguageDetection(needsLanguage);
    PrintWriter out = spec.commandLine().getOut();
    int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    try (Extractor extractor = new Extractor(options);
        Progress progress =
            Progress.start("Extracting", sources.size(), "files", context, messages)) {
      if (needsLanguage) {
        extractor.preloadLanguageModel();
      }
      int failures =
          Batch.run(
              sources,
              threads,
              Source::name,
              source -> raw ? (Object) extractor.raw(source) : extractor.extract(source),
              (source, result) -> {
                if (result instanceof ExtractedDocument doc) {
                  doc.warnings().forEach(w -> messages.warning(source.name(), w));
                }
                if (targets.isEmpty()) {
                  try {
                    write(out, source, result, sources.size() > 1);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  out.flush();
                } else {
                  AtomicFiles.write(targets.get(source), w -> write(w, source, result, false));
                }
              },
              messages,
              progress);
      return failures == 0 ? 0 : 1;
    }
  }

  private String canonicalLang() {
    try {
      return LanguageTags.canonical(lang);
    } catch (IllegalArgumentException e) {
      throw DeclException.usage("--lang: " + e.getMessage());
    }
  }

  private Map<Source, Path> targets(List<Source> sources) {
    String extension = raw ? "txt" : format == Format.text ? "txt" : format.name();
    Map<Source, Path> targets = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Source source : sources) {
      String name = Inputs.stem(source.name()) + "." + extension;
      if (!names.add(name)) {
        throw DeclException.usage(
            "two documents would both be written to "
                + outputDir.resolve(name)
                + "; extract them separately");
      }
      targets.put(source, outputDir.resolve(name));
    }
    return targets;
  }

  private void write(Writer out, Source source, Object result, boolean withHeader)
      throws IOException {
    if (result instanceof String rawText) {
      if (withHeader) {
        out.write("==> " + source.name() + " <==\n");
      }
      out.write(rawText);
      if (!rawText.endsWith("\n")) {
        out.write('\n');
      }
      return;
    }
    ExtractedDocument doc = (ExtractedDocument) result;
    switch (format) {
      case text -> {
        if (withHeader) {
          out.write("==> " + doc.path() + " <==\n\n");
        }
        for (Paragraph p : doc.paragraphs()) {
          out.write(p.text());
          out.write("\n\n");
        }
      }
      case json -> out.write(Json.line(ExtractJson.of(doc)) + "\n");
      case jsonl -> {
        int n = 1;
        for (Paragraph p : doc.paragraphs()) {
          out.write(
              Json.line(new ParagraphJson(doc.path(), doc.lang(), n++, kind(p), p.page(), p.text()))
                  + "\n");
        }
      }
      case tsv -> {
        int n = 1;
        for (Paragraph p : doc.paragraphs()) {
          out.write(
              String.join(
                      "\t",
                      doc.path(),
                      String.valueOf(n++),
                      kind(p),
                      String.valueOf(p.page()),
                      p.text())
                  + "\n");
        }
      }
    }
  }

  private static String kind(Paragraph p) {
    return p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The {@code decl extract --format json} object of the design brief. */
  record ExtractJson(
      String path,
      String mediaType,
      String lang,
      Double langConfidence,
      String title,
      int pages,
      List<String> paragraphs,
      List<String> warnings) {

    static ExtractJson of(ExtractedDocument d) {
      return new ExtractJson(
          d.path(),
          d.mediaType(),
          d.lang(),
          d.langConfidence(),
          d.title(),
          d.pages(),
          d.texts(),
          d.warnings());
    }
  }

  /** One paragraph in {@code --format jsonl}. */
  record ParagraphJson(String doc, String lang, int n, String kind, int page, String text) {}
}
