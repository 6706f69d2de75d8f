package org.decl.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Kind;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl split}: the numbered clauses of each document. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the numbered clauses of each document.",
      "",
      "Each unit gets a structural id, the same in every language version of the same structure:"
          + " 0.1 for the title, 2.7 for the 7th clause of section 2, art5.2.a for item a of"
          + " paragraph 2 of article 5. The number printed in the text is kept as the label."
          + " Documents are extracted first (see decl extract --help).",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl split examples/paris-2016/fr.txt",
      "  decl split --format jsonl examples/paris-2016/en.pdf | jq -r '.id + \"\\t\" + .text'",
      "  decl split --format yaml -o clauses/ examples/paris-2016/*",
      "  decl split --unit sentence --lang en draft.docx",
    })
final class SplitCommand implements Callable<Integer> {

  enum Format {
    text,
    jsonl,
    tsv,
    yaml
  }

  enum Unit {
    clause,
    sentence
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Documents to split; - reads standard input.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, jsonl (one object per unit), tsv or yaml. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "clause",
      description =
          "clause, or sentence to cut clauses into sentences (2.7.1, 2.7.2). Default: ${DEFAULT-VALUE}.")
  Unit unit;

  @Mixin DocumentOptions documents;

  @Mixin OutputFiles output;

  @Mixin ColorOption color;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    String tag = documents.lang();
    ExtractOptions options =
        DocumentOptions.withOcrProgress(
            documents.extractOptions(format != Format.text), context, messages);
    List<Source> sources = Inputs.sources(files, context, tag);
    Map<Source, Path> targets = output.toFiles() ? output.targets(sources, extension()) : Map.of();
    Granularity granularity = unit == Unit.sentence ? Granularity.SENTENCE : Granularity.CLAUSE;
    boolean terminal = targets.isEmpty() && context.terminal().stdoutIsTty();
    ClauseText text =
        new ClauseText(
            terminal ? context.terminal().columns() : 0,
            targets.isEmpty() && context.terminal().colorsOut(color.color));
    PrintWriter out = spec.commandLine().getOut();
    try (Extractor extractor = new Extractor(options);
        Progress progress =
            Progress.start("Splitting", sources.size(), "files", context, messages)) {
      if (options.detectLanguage()) {
        extractor.preloadLanguageModel();
      }
      Splitter splitter = new Splitter(extractor);
      int failures =
          Batch.run(
              sources,
              documents.jobs(),
              Source::name,
              source -> splitter.split(source, granularity),
              (source, doc) -> {
                doc.warnings().forEach(w -> messages.warning(source.name(), w));
                boolean header = targets.isEmpty() && sources.size() > 1;
                Outputs.write(
                    out,
                    targets.get(source),
                    Outputs.of(sources),
                    w -> write(w, doc, header, text));
              },
              messages,
              progress);
      return failures == 0 ? 0 : 1;
    }
  }

  private String extension() {
    return format == Format.text ? "txt" : format.name();
  }

  private void write(Writer out, ClauseDocument doc, boolean header, ClauseText text)
      throws IOException {
    switch (format) {
      case text -> {
        if (header) {
          out.write("==> " + doc.path() + " <==\n");
        }
        text.write(out, doc);
        if (header) {
          out.write('\n');
        }
      }
      case jsonl -> {
        for (Clause u : doc.units()) {
          out.write(Json.line(UnitJson.of(doc, u)) + "\n");
        }
      }
      case tsv -> {
        for (Clause u : doc.units()) {
          out.write(
              String.join(
                      "\t",
                      doc.path(),
                      String.valueOf(doc.lang()),
                      String.valueOf(u.n()),
                      u.id(),
                      u.kind().id(),
                      u.label() == null ? "" : u.label(),
                      u.text())
                  + "\n");
        }
      }
      case yaml -> Yaml.MAPPER.writeValue(new NonClosing(out), YamlDoc.of(doc));
    }
  }

  /** The YAML writer, made on first use: picocli makes every command at start-up. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
            YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
  }

  /**
   * One unit in {@code --format jsonl}: the fields of the design brief, then its role, and {@code
   * "ocr": true} for a unit read by OCR (left out otherwise).
   */
  record UnitJson(
      String doc,
      String lang,
      int n,
      String id,
      String kind,
      String label,
      String text,
      String role,
      @com.fasterxml.jackson.annotation.JsonInclude(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
          boolean ocr) {

    static UnitJson of(ClauseDocument doc, Clause u) {
      return new UnitJson(
          doc.path(),
          doc.lang(),
          u.n(),
          u.id(),
          u.kind().id(),
          u.label(),
          u.text(),
          u.role(),
          u.span().ocr());
    }
  }

  /** One document in {@code --format yaml}. */
  record YamlDoc(String doc, String lang, List<YamlUnit> units) {

    static YamlDoc of(ClauseDocument d) {
      return new YamlDoc(d.path(), d.lang(), d.units().stream().map(YamlUnit::of).toList());
    }
  }

  /** One unit in {@code --format yaml}. */
  @JsonPropertyOrder({"n", "id", "kind", "role", "label", "text"})
  record YamlUnit(int n, String id, String kind, String role, String label, String text) {

    static YamlUnit of(Clause u) {
      return new YamlUnit(u.n(), u.id(), u.kind().id(), u.role(), u.label(), u.text());
    }
  }

  /** Lets Jackson write to our writer without closing it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** The people's format: the id, then the label and text, wrapped to the terminal. */
  record ClauseText(int columns, boolean color) {

    void write(Writer out, ClauseDocument doc) throws IOException {
      int idWidth = doc.units().stream().mapToInt(u -> u.id().length()).max().orElse(0) + 2;
      String indent = " ".repeat(idWidth);
      for (Clause u : doc.units()) {
        String body =
            u.kind() == Kind.CLAUSE && u.label() != null ? u.label() + " " + u.text() : u.text();
        List<String> lines =
            TextWrap.lines(body, columns > 0 ? Math.max(20, columns - idWidth) : 0);
        String id = String.format("%-" + idWidth + "s", u.id());
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (u.kind() == Kind.HEADING && color) {
            line = "\u001B[1m" + line + "\u001B[0m";
          }
          out.write(
              (i == 0 ? (color ? "\u001B[2m" + id + "\u001B[0m" : id) : indent) + line + "\n");
        }
      }
    }
  }
}
