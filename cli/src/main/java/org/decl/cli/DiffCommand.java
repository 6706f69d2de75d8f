package org.decl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.Level;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Change;
import org.decl.diff.Finding;
import org.decl.diff.RevisionDiff;
import org.decl.diff.TranslationCheck;
import org.decl.extract.LanguageDetector;
import org.decl.format.HtmlReport;
import org.decl.format.RevisionReport;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl diff}: a translation check, or what changed between two drafts. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare two versions of a declaration.",
      "",
      "In two languages, a translation check: the versions are aligned (see decl align --help)"
          + " and each bead is checked for missing, extra, merged, split or moved clauses,"
          + " numbers, addresses and glossary terms not carried over, text left untranslated,"
          + " odd lengths, end punctuation, brackets and doubled words. In one language, a"
          + " revision diff: clauses added, removed, moved, renumbered and changed, word by word.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl diff examples/paris-2016/fr.txt examples/paris-2016/en.pdf",
      "  decl diff --corpus examples --fail-on warning fr.txt en.pdf   # glossary and levels",
      "  decl diff draft-2025.docx draft-2026.docx                     # two drafts, word by word",
      "  decl diff --format jsonl fr.pdf ar.pdf | jq -r .rule | sort | uniq -c",
      "  decl diff --format html -o changes.html draft-2025.docx draft-2026.docx",
    })
final class DiffCommand implements Callable<Integer> {

  enum Format {
    text,
    jsonl,
    html
  }

  enum Mode {
    auto,
    translation,
    revision
  }

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "Two files: the original (or first draft), then the translation (or second draft).")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, jsonl (one finding or change per line), or html (a report to read or print)."
              + " Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "translation, revision, or auto: translation when the languages differ."
              + " Default: ${DEFAULT-VALUE}.")
  Mode mode;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      completionCandidates = CompletionCandidates.Levels.class,
      defaultValue = "error",
      description =
          "Exit with 1 when a finding is at this level or above: error, warning or info."
              + " Changes between drafts are at level info. Default: ${DEFAULT-VALUE}.")
  String failOn;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Take the glossary and the rule levels from this corpus's corpus.yaml.")
  Path corpus;

  @Option(
      names = "--langs",
      paramLabel = "TAG,TAG",
      split = ",",
      description = "The languages of the two files, in order; default: --lang, or detected.")
  List<String> langs;

  @Mixin AlignmentOptions alignOptions;

  private double minScore;

  private Path output;

  @Mixin DocumentOptions documents;

  @Mixin ColorOption color;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    Level threshold = Level.of(failOn);
    minScore = alignOptions.minScore();
    output = alignOptions.output;
    if (files.size() != 2) {
      // Not every pair of a longer list: "A B C D" could as well mean B, C and D against A, and
      // the findings name no file, so several pairs in one stream could not be told apart.
      throw DeclException.usage(
          "diff takes two files, the original then its translation (or two drafts): got "
              + files.size()
              + "; for several translations of one original, list them in a corpus.yaml and run"
              + " decl check");
    }
    Manifest manifest = corpus == null ? null : ManifestReader.read(corpus);
    List<Path> inputs = new ArrayList<>();
    files.stream().filter(f -> !f.equals("-")).forEach(f -> inputs.add(Path.of(f)));
    if (manifest != null) {
      inputs.add(manifest.file());
    }
    List<ClauseDocument> docs =
        VersionReader.read(
            DocumentLanguages.sources(files, langs, documents, context),
            documents,
            false,
            context,
            messages);
    if (docs == null) {
      return 1;
    }
    ClauseDocument first = docs.get(0);
    ClauseDocument second = docs.get(1);
    boolean same = sameVersionLanguage(first, second);
    boolean colors = output == null && context.terminal().colorsOut(color.color);
    PrintWriter out = spec.commandLine().getOut();
    // The summary closes the text on standard output; a file or a data format holds only the
    // data, and the summary goes to standard error, where it is read and not parsed.
    boolean summaryInData = format == Format.text && output == null;
    DiffText text = new DiffText(colors);
    if (mode == Mode.revision || (mode == Mode.auto && same)) {
      List<Change> changes = new RevisionDiff().compare(first, second);
      Outputs.write(
          out,
          output,
          inputs,
          w -> {
            if (format == Format.html) {
              new RevisionReport(VersionProvider.version()).write(first, second, changes, w);
            } else {
              text.changes(w, changes, format == Format.jsonl);
            }
            if (summaryInData) {
              w.write(DiffText.summary(first, second, changes) + "\n");
            }
          });
      if (!summaryInData) {
        messages.note(DiffText.summary(first, second, changes));
      }
      return !changes.isEmpty() && threshold == Level.INFO ? 1 : 0;
    }
    if (same) {
      throw DeclException.usage(
          "both documents are in "
              + first.lang()
              + ": a translation check compares two languages; give the right ones with --langs,"
              + " or compare the drafts with --mode revision");
    }
    Alignment alignment = new Aligner().align(first, second);
    List<Finding> findings =
        levels(
            new TranslationCheck(
                    manifest == null ? List.of() : manifest.glossary(),
                    minScore,
                    new LanguageDetector())
                .check(alignment),
            manifest);
    Outputs.write(
        out,
        output,
        inputs,
        w -> {
          if (format == Format.html) {
            new HtmlReport(null, VersionProvider.version(), minScore).write(alignment, findings, w);
          } else {
            text.findings(w, alignment, findings, format == Format.jsonl);
          }
          if (summaryInData) {
            w.write(DiffText.summary(alignment, findings) + "\n");
          }
        });
    if (!summaryInData) {
      messages.note(DiffText.summary(alignment, findings));
    }
    return findings.stream().anyMatch(f -> f.level().compareTo(threshold) >= 0) ? 1 : 0;
  }

  /** The findings at the levels corpus.yaml sets for their rules; those set {@code off} dropped. */
  private static List<Finding> levels(List<Finding> findings, Manifest manifest) {
    if (manifest == null || manifest.rules().isEmpty()) {
      return findings;
    }
    Map<String, String> rules = new HashMap<>(manifest.rules());
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      String level = rules.get(f.rule());
      if (level == null) {
        kept.add(f);
      } else if (!level.equals("off")) {
        kept.add(
            new Finding(
                f.rule(), Level.of(level), f.source(), f.target(), f.clause(), f.message()));
      }
    }
    return kept;
  }

  /**
   * Whether two documents are drafts in one language, to compare as revisions: their tags are
   * equal, or one extends the other (a detected {@code zh} and a declared {@code zh-Hant}). Tags
   * kept whole: {@code zh-Hans} and {@code zh-Hant}, {@code pt-PT} and {@code pt-BR} are two
   * versions, checked as a translation.
   */
  static boolean sameVersionLanguage(ClauseDocument a, ClauseDocument b) {
    return a.lang() != null
        && b.lang() != null
        && (LanguageTags.matches(a.lang(), b.lang()) || LanguageTags.matches(b.lang(), a.lang()));
  }
}
