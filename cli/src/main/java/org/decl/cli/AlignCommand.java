package org.decl.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.align.Bead;
import org.decl.align.GoldFile;
import org.decl.align.GoldScore;
import org.decl.align.Lexicon;
import org.decl.align.MultiAlignment;
import org.decl.align.Row;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.diff.Finding;
import org.decl.diff.TranslationCheck;
import org.decl.extract.Source;
import org.decl.format.HtmlReport;
import org.decl.format.TmxWriter;
import org.decl.format.XliffWriter;
import org.decl.manifest.Manifest;
import org.decl.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl align}: the clauses of two or more versions side by side. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Align the clauses of two versions of a declaration, or of every version of a work.",
      "",
      "Printed numbers are anchors where both versions have them; everywhere, clause lengths and"
          + " what survives translation (numbers, addresses, names, punctuation) decide, so"
          + " versions without numbering, with merged, split, missing or moved clauses, and in"
          + " unrelated scripts align too. Each bead gets a score from 0 to 1; those below"
          + " --min-score are flagged. With --work, every version is aligned through the work's"
          + " original: one row per clause of the original; --lang then keeps the versions it"
          + " matches (zh: every zh-* version; zh-Hant: only zh-Hant) beside the original.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl align examples/paris-2016/fr.txt examples/paris-2016/en.pdf",
      "  decl align --work paris-2016 examples",
      "  decl align --format tmx -o paris.tmx examples/paris-2016/fr.txt examples/paris-2016/en.pdf",
      "  decl align --work paris-2016 --format html -o paris.html examples",
      "  decl align --work paris-2016 --lang en,es --format tmx examples",
      "  decl align --format jsonl fr.pdf ar.pdf | jq -c 'select(.score < 0.5)'",
      "  decl align --unit sentence --format tsv fr.docx en.docx",
      "  decl align --langs zh-Hans,zh-Hant --format xliff -o zh.xlf hans.docx hant.docx",
      "  decl align --segmented --gold gold.jsonl source.txt target.txt",
    })
final class AlignCommand implements Callable<Integer> {

  enum Format {
    text,
    tsv,
    jsonl,
    tmx,
    xliff,
    html
  }

  enum Unit {
    clause,
    sentence
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "The versions: the original (or first draft) first. With --work: the corpus folder"
              + " (default: the nearest corpus.yaml, here or in a folder above).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--work",
      paramLabel = "ID",
      description = "Align every version of this work of the corpus, through its original.")
  String work;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (columns), tsv, jsonl (one bead per line), tmx (TMX 1.4b for CAT tools), xliff"
              + " (XLIFF 2.0, two versions), html (a report to read or print)."
              + " Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "clause",
      description =
          "clause, or sentence to align sentences within aligned clauses. Default: ${DEFAULT-VALUE}.")
  Unit unit;

  @Option(
      names = "--segmented",
      description =
          "The files are already segmented: one unit per non-empty line, UTF-8; nothing is"
              + " extracted or split, and n is the unit's line among the non-empty ones.")
  boolean segmented;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Score the alignment against this reference (beads as --format jsonl writes them) and"
              + " print strict and lax precision, recall and F1 instead of the alignment.")
  Path gold;

  @Option(
      names = "--langs",
      paramLabel = "TAG,TAG",
      split = ",",
      description =
          "The language of each file, in order (zh-Hans,zh-Hant); default: --lang, or detected.")
  List<String> langs;

  @Option(
      names = "--dictionary",
      paramLabel = "FILE",
      description =
          "A bilingual dictionary to help the aligner: UTF-8 TSV, one entry a line, source word,"
              + " tab, target word[, tab, weight from 0 to 1]; # starts a comment. Used beside"
              + " the lexicon the aligner learns from the texts.")
  Path dictionary;

  @Mixin AlignmentOptions alignOptions;

  private double minScore;

  private Path output;

  /** The corpus of {@code --work}, read once. */
  private Manifest manifest;

  @Mixin DocumentOptions documents;

  @Mixin ColorOption color;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    minScore = alignOptions.minScore();
    output = alignOptions.output;
    checkOptions();
    List<ClauseDocument> versions = versions(context, messages);
    if (versions == null) {
      return 1;
    }
    Aligner aligner = new Aligner(dictionary == null ? Lexicon.empty() : Lexicon.read(dictionary));
    ClauseDocument original = versions.get(0);
    List<Alignment> pairs = new ArrayList<>();
    for (ClauseDocument version : versions.subList(1, versions.size())) {
      Alignment pair =
          segmented ? aligner.alignSegments(original, version) : aligner.align(original, version);
      pairs.add(unit == Unit.sentence ? aligner.alignSentences(pair) : pair);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (gold != null) {
      Alignment pair = pairs.get(0);
      GoldScore score =
          GoldScore.of(pair.beads(), GoldFile.read(gold, pair.source(), pair.target()));
      Outputs.write(out, output, inputs(versions), w -> writeScore(w, score));
      return 0;
    }
    MultiAlignment all = pairs.size() == 1 ? pairs.get(0).asMulti() : aligner.rows(pairs);
    Outputs.write(out, output, inputs(versions), w -> write(w, pairs, all, context, messages));
    return 0;
  }

  /** What this run read: the documents, the manifest of --work, --gold and --dictionary. */
  private List<Path> inputs(List<ClauseDocument> versions) {
    List<Path> read = new ArrayList<>();
    if (manifest != null) {
      read.addAll(Outputs.of(manifest));
    }
    for (String input : inputs) {
      if (!input.equals("-")) {
        read.add(Path.of(input));
      }
    }
    for (ClauseDocument version : versions) {
      if (version.path() != null && !version.path().equals("-")) {
        read.add(Path.of(version.path()));
      }
    }
    if (gold != null) {
      read.add(gold);
    }
    if (dictionary != null) {
      read.add(dictionary);
    }
    return read;
  }

  private void checkOptions() {
    if (work == null && inputs.size() < 2) {
      throw DeclException.usage(
          "give two versions to align (decl align A B), or a work of a corpus (decl align --work"
              + " ID [CORPUS])");
    }
    if (work != null && inputs.size() > 1) {
      throw DeclException.usage("with --work, give at most the corpus folder, not files");
    }
    boolean many = work != null || inputs.size() > 2;
    if (many && unit == Unit.sentence) {
      throw DeclException.usage("--unit sentence aligns two versions, not a whole work");
    }
    if (many && gold != null) {
      throw DeclException.usage("--gold scores the alignment of two versions, not a whole work");
    }
    if (many && format == Format.xliff) {
      throw DeclException.usage(
          "XLIFF holds one target language: align two versions, or use --format tmx for a work");
    }
    if (gold != null && format != Format.text && format != Format.jsonl) {
      throw DeclException.usage("--gold prints scores as text or jsonl");
    }
    if (work != null && langs != null) {
      throw DeclException.usage(
          "--langs is for files named one by one; a corpus gives the language of each version");
    }
    if (work != null && segmented) {
      throw DeclException.usage("--segmented is for files named one by one, not a corpus");
    }
  }

  private List<ClauseDocument> versions(Context context, Messages messages) {
    if (work != null) {
      manifest = CorpusWork.manifest(inputs.isEmpty() ? null : inputs.get(0));
    }
    List<Source> sources =
        work != null
            ? CorpusWork.sources(
                manifest,
                work,
                documents.lang == null ? List.of() : List.of(documents.lang.split(",")))
            : DocumentLanguages.sources(inputs, langs, documents, context);
    return VersionReader.read(sources, documents, segmented, context, messages);
  }

  private void write(
      Writer out, List<Alignment> pairs, MultiAlignment all, Context context, Messages messages)
      throws IOException {
    switch (format) {
      case text -> {
        boolean terminal = output == null && context.terminal().stdoutIsTty();
        int width = terminal ? context.terminal().columns() : 160;
        boolean colors = output == null && context.terminal().colorsOut(color.color);
        new AlignText(width, colors, minScore).write(out, all);
      }
      case tsv -> writeTsv(out, all);
      case jsonl -> {
        if (pairs.size() == 1) {
          for (Bead bead : pairs.get(0).beads()) {
            out.write(Json.line(BeadJson.of(pairs.get(0), bead, minScore)) + "\n");
          }
        } else {
          for (Row row : all.rows()) {
            out.write(Json.line(RowJson.of(all, row, minScore)) + "\n");
          }
        }
      }
      case tmx -> {
        Granularity granularity = unit == Unit.sentence ? Granularity.SENTENCE : Granularity.CLAUSE;
        int units = new TmxWriter(VersionProvider.version(), granularity).write(all, out);
        if (units < all.rows().size()) {
          messages.note(
              "decl: "
                  + (all.rows().size() - units)
                  + " of "
                  + Plural.of(all.rows().size(), "row")
                  + " left out of the TMX: a translation unit needs the original and a"
                  + " translation");
        }
      }
      case xliff -> new XliffWriter(minScore).write(pairs.get(0), findings(pairs).get(1), out);
      case html -> {
        HtmlReport report = new HtmlReport(work, VersionProvider.version(), minScore);
        if (pairs.size() == 1) {
          report.write(pairs.get(0), findings(pairs).get(1), out);
        } else {
          report.write(all, findings(pairs), out);
        }
      }
    }
  }

  /** The translation check of each version against the original, by the version's place. */
  private Map<Integer, List<Finding>> findings(List<Alignment> pairs) {
    List<Map<String, String>> glossary = manifest == null ? List.of() : manifest.glossary();
    TranslationCheck check = new TranslationCheck(glossary, minScore, null);
    Map<Integer, List<Finding>> findings = new LinkedHashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      findings.put(k + 1, check.check(pairs.get(k)));
    }
    return findings;
  }

  /**
   * One line per row: the score; each version's units ({@code n}); each version's text; each
   * version's ids; each version's labels. The ids and labels come after the texts so that the
   * columns of the first four fields stay where scripts read them. Several units in a cell are
   * comma-separated (a unit without a label leaves its place empty), a cell merged with the row
   * above is {@code ^}.
   */
  private static void writeTsv(Writer out, MultiAlignment all) throws IOException {
    int versions = all.versions().size();
    for (Row row : all.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(String.format(Locale.ROOT, "%.3f", row.score()));
      for (int v = 0; v < versions; v++) {
        cells.add(cell(row, v, row.units().get(v).stream().map(String::valueOf).toList()));
      }
      for (int v = 0; v < versions; v++) {
        cells.add(all.text(row, v));
      }
      for (int v = 0; v < versions; v++) {
        cells.add(cell(row, v, ids(all.versions().get(v), row.units().get(v))));
      }
      for (int v = 0; v < versions; v++) {
        List<String> labels = labels(all.versions().get(v), row.units().get(v));
        cells.add(cell(row, v, labels.stream().map(l -> l == null ? "" : l).toList()));
      }
      out.write(String.join("\t", cells.stream().map(c -> c.replace('\t', ' ')).toList()) + "\n");
    }
  }

  private static String cell(Row row, int version, List<String> values) {
    return row.merged().get(version) ? "^" : String.join(",", values);
  }

  /** The ids of units of a document, by {@code n}. */
  static List<String> ids(ClauseDocument doc, List<Integer> ns) {
    return ns.stream().map(n -> doc.units().get(n - 1).id()).toList();
  }

  /** The printed numbers of units of a document, by {@code n}; null where a unit has none. */
  static List<String> labels(ClauseDocument doc, List<Integer> ns) {
    return ns.stream().map(n -> doc.units().get(n - 1).label()).toList();
  }

  private void writeScore(Writer out, GoldScore score) throws IOException {
    if (format == Format.text || format == Format.tsv) {
      out.write(
          String.format(
              Locale.ROOT,
              "%d beads against %d in %s (units without counterpart left out)%n"
                  + "strict  precision %.3f  recall %.3f  F1 %.3f%n"
                  + "lax     precision %.3f  recall %.3f  F1 %.3f%n",
              score.beads(),
              score.reference(),
              gold,
              score.strict().precision(),
              score.strict().recall(),
              score.strict().f1(),
              score.lax().precision(),
              score.lax().recall(),
              score.lax().f1()));
    } else {
      out.write(Json.line(score) + "\n");
    }
  }

  /**
   * One bead in {@code --format jsonl}: the fields of the design brief, each side's labels (null
   * for a unit printed without a number), then {@code weak}. Every per-unit field is a list in the
   * units' order, so a merged or split bead gives each of its units' n, id and label.
   */
  record BeadJson(
      List<Integer> source,
      List<Integer> target,
      List<String> sourceIds,
      List<String> targetIds,
      List<String> sourceLabels,
      List<String> targetLabels,
      double score,
      String sourceText,
      String targetText,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean weak) {

    static BeadJson of(Alignment alignment, Bead bead, double minScore) {
      return new BeadJson(
          bead.source(),
          bead.target(),
          ids(alignment.source(), bead.source()),
          ids(alignment.target(), bead.target()),
          labels(alignment.source(), bead.source()),
          labels(alignment.target(), bead.target()),
          bead.score(),
          alignment.sourceText(bead),
          alignment.targetText(bead),
          bead.score() < minScore ? Boolean.TRUE : null);
    }
  }

  /** One row of a whole work in {@code --format jsonl}: each version's units and text. */
  record RowJson(
      double score,
      Map<String, Units> versions,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean weak) {

    /**
     * A version's units in a row, by n, id and label; {@code merged} when they are in a row above,
     * with another's (the lists then empty).
     */
    record Units(
        List<Integer> n,
        List<String> ids,
        List<String> labels,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean merged) {}

    static RowJson of(MultiAlignment all, Row row, double minScore) {
      Map<String, Units> versions = new LinkedHashMap<>();
      for (int v = 0; v < all.versions().size(); v++) {
        ClauseDocument doc = all.versions().get(v);
        String key =
            doc.lang() != null && !versions.containsKey(doc.lang()) ? doc.lang() : doc.path();
        List<Integer> units = row.units().get(v);
        versions.put(
            key,
            new Units(
                units,
                ids(doc, units),
                labels(doc, units),
                all.text(row, v),
                row.merged().get(v) ? Boolean.TRUE : null));
      }
      return new RowJson(row.score(), versions, row.score() < minScore ? Boolean.TRUE : null);
    }
  }
}
