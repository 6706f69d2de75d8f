package org.decl.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.extract.Damage;
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
      "",
      "Scanned PDF pages are read with OCR when Tesseract is installed (see --ocr), in the"
          + " language of --lang or the manifest; their paragraphs are marked \"ocr\": true in"
          + " JSON.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl extract examples/paris-2016/fr.txt",
      "  decl extract --format json examples/paris-2016/* | jq -r .lang",
      "  decl extract -o out/ reports/*.pdf",
      "  decl extract --raw examples/paris-2016/en.pdf    # before repair",
      "  decl extract --lang ru --ocr auto scans/ru.pdf   # OCR of pages without text",
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

  @Option(names = "--raw", description = "Print the parser's text untouched, for comparison.")
  boolean raw;

  @Mixin DocumentOptions documents;

  @Mixin OutputFiles output;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String tag = documents.lang();
    if (raw && format != Format.text) {
      throw DeclException.usage("--raw prints the parser's text only; leave out --format");
    }
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    boolean needsLanguage = format == Format.json || format == Format.jsonl;
    ExtractOptions options =
        DocumentOptions.withOcrProgress(documents.extractOptions(needsLanguage), context, messages);
    List<Source> sources = Inputs.sources(files, context, tag);
    String extension = raw || format == Format.text ? "txt" : format.name();
    Map<Source, Path> targets = output.toFiles() ? output.targets(sources, extension) : Map.of();
    PrintWriter out = spec.commandLine().getOut();
    try (Extractor extractor = new Extractor(options);
        Progress progress =
            Progress.start("Extracting", sources.size(), "files", context, messages)) {
      if (options.detectLanguage()) {
        extractor.preloadLanguageModel();
      }
      int failures =
          Batch.run(
              sources,
              documents.jobs(),
              Source::name,
              source -> raw ? (Object) extractor.raw(source) : extractor.extract(source),
              (source, result) -> {
                if (result instanceof ExtractedDocument doc) {
                  doc.warnings().forEach(w -> messages.warning(source.name(), w));
                  doc.damage().forEach(d -> messages.warning(source.name(), d.message()));
                }
                Outputs.write(
                    out,
                    targets.get(source),
                    Outputs.of(sources),
                    w -> write(w, source, result, targets.isEmpty() && sources.size() > 1));
              },
              messages,
              progress);
      return failures == 0 ? 0 : 1;
    }
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
              Json.line(
                      new ParagraphJson(
                          doc.path(), doc.lang(), n++, kind(p), p.page(), p.text(), p.ocr()))
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

  /**
   * The {@code decl extract --format json} object of the design brief, and {@code ocr}: the 1-based
   * numbers of the paragraphs read by OCR, left out when there are none.
   */
  record ExtractJson(
      String path,
      String mediaType,
      String lang,
      Double langConfidence,
      String title,
      int pages,
      List<String> paragraphs,
      List<String> warnings,
      List<DamageJson> damage,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> ocr) {

    static ExtractJson of(ExtractedDocument d) {
      List<Integer> ocr = new java.util.ArrayList<>();
      for (int i = 0; i < d.paragraphs().size(); i++) {
        if (d.paragraphs().get(i).ocr()) {
          ocr.add(i + 1);
        }
      }
      return new ExtractJson(
          d.path(),
          d.mediaType(),
          d.lang(),
          d.langConfidence(),
          d.title(),
          d.pages(),
          d.texts(),
          d.warnings(),
          d.damage().stream().map(DamageJson::of).toList(),
          ocr);
    }
  }

  /** A sign of damage in {@code --format json}: its kind's id, where it was seen, what to say. */
  record DamageJson(String kind, List<Integer> pages, int count, String sample, String message) {

    static DamageJson of(Damage d) {
      return new DamageJson(d.kind().id(), d.pages(), d.count(), d.sample(), d.message());
    }
  }

  /** One paragraph in {@code --format jsonl}; {@code ocr} only when true. */
  record ParagraphJson(
      String doc,
      String lang,
      int n,
      String kind,
      int page,
      String text,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean ocr) {}
}
