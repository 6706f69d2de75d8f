package org.decl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.decl.AtomicFiles;
import org.decl.DeclException;
import org.decl.Level;
import org.decl.Suggestions;
import org.decl.check.Baseline;
import org.decl.check.CheckReport;
import org.decl.check.CorpusChecker;
import org.decl.check.GitChanges;
import org.decl.check.Rule;
import org.decl.check.RuleLevels;
import org.decl.check.Rules;
import org.decl.extract.ExtractOptions;
import org.decl.format.CheckReportFormat;
import org.decl.format.ReportOptions;
import org.decl.manifest.CorpusLocation;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl check}: validates a corpus, with an exit status and reports for CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate a corpus: every version of every work in corpus.yaml.",
      "",
      "Files that are missing, unreadable or scanned; damage extraction left in the text;"
          + " a language other than the declared one; clauses or sections that differ from the"
          + " work's original; each version aligned with the original and checked as decl diff"
          + " checks a translation (missing clauses, numbers, addresses, glossary terms, text"
          + " left untranslated, …); the same clause translated differently in two works. Each"
          + " rule has a level (--list-rules), set per corpus in corpus.yaml 'rules:' or per run"
          + " with --rule. Results are cached in .decl/cache beside corpus.yaml, so a"
          + " second run on an unchanged corpus reads no document again.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl check examples            # exit 1 if anything is an error",
      "  decl check --fail-on warning --format junit -o report.xml",
      "  decl check --format sarif -o decl.sarif      # GitHub code scanning",
      "  decl check --format github     # annotations in a GitHub Actions log",
      "  decl check --format json -o known.json && decl check --baseline known.json",
      "  decl check --changed-since origin/main --rule length-ratio=off",
      "  decl check --lang zh           # the zh-Hans and zh-Hant versions, against the original",
      "  decl check --list-rules",
      "  decl check --explain number-mismatch",
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "CORPUS",
      arity = "0..1",
      description =
          "A corpus folder (with corpus.yaml) or its manifest. Default: the nearest corpus.yaml,"
              + " in the current folder or a folder above.")
  Path corpus;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, junit, sarif or github. Default: ${DEFAULT-VALUE}.")
  CheckReportFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      completionCandidates = CompletionCandidates.Levels.class,
      defaultValue = "error",
      description =
          "Exit 1 on findings at this level or above: error, warning or info."
              + " Default: ${DEFAULT-VALUE}.")
  String failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "A previous --format json output: only findings not in it fail the run (matched on"
              + " rule, work, language, clause and message).")
  Path baseline;

  @Option(
      names = "--changed-since",
      paramLabel = "GIT-REF",
      description =
          "Check only the works with a version changed since this git revision (git diff"
              + " --name-only), as a pull request's job would.")
  String changedSince;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      split = ",",
      description =
          "Check only the versions in these languages, each against its work's original: zh is"
              + " every zh-* version, zh-Hant only zh-Hant (and zh-Hant-TW).")
  List<String> langs;

  @Option(
      names = "--rule",
      paramLabel = "ID=LEVEL",
      completionCandidates = CompletionCandidates.RuleSettings.class,
      description = "Set a rule's level for this run: off, info, warning or error. Repeatable.")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Versions read at once. Default: the number of processors.")
  Integer jobs;

  @Option(
      names = "--no-cache",
      description = "Read every version again, and leave .decl/cache alone.")
  boolean noCache;

  @Option(
      names = "--list-rules",
      description =
          "List the rules, their levels and what they find (--format json: an array of objects).")
  boolean listRules;

  @Option(
      names = "--explain",
      paramLabel = "RULE",
      completionCandidates = CompletionCandidates.RuleIds.class,
      description =
          "Explain a rule: what it finds, its levels, an example, how to change or silence it.")
  String explain;

  @Option(
      names = "--docs-url",
      paramLabel = "URL",
      description =
          "Base URL of decl's docs/ pages, for the rule links of SARIF reports (helpUri)."
              + " Default: the docs/ folder of this decl, as a file URL.")
  String docsUrl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Mixin ColorOption color;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    PrintWriter out = spec.commandLine().getOut();
    Level failLevel = Level.of(failOn);
    if (listRules || explain != null) {
      // the levels of the corpus named, or of the one decl is run in, if any
      Manifest manifest =
          corpus != null
              ? ManifestReader.read(corpus)
              : CorpusLocation.find(Path.of(".")).map(ManifestReader::read).orElse(null);
      RuleLevels levels =
          manifest == null ? RuleLevels.of(null, rules) : RuleLevels.of(manifest, rules);
      String text = explain != null ? RuleDocs.explain(rule(explain), levels) : ruleList(levels);
      Outputs.write(
          out, output, manifest == null ? List.of() : Outputs.of(manifest), w -> w.write(text));
      return 0;
    }
    Manifest whole =
        ManifestReader.read(corpus == null ? CorpusLocation.require(Path.of(".")) : corpus);
    // the report never replaces the manifest, a version (checked or not) or the baseline
    List<Path> inputs = new ArrayList<>(Outputs.of(whole));
    if (baseline != null) {
      inputs.add(baseline);
    }
    if (output != null) {
      AtomicFiles.refuseInputs(output, inputs); // before the run fills the cache
    }
    Manifest manifest = LanguageFilter.apply(whole, langs);
    RuleLevels levels = RuleLevels.of(manifest, rules);
    Set<String> known = baseline == null ? Set.of() : Baseline.read(baseline);
    Set<String> works = changedSince == null ? null : GitChanges.works(manifest, changedSince);
    if (works != null) {
      messages.note(
          works.isEmpty()
              ? "No work changed since " + changedSince + "."
              : "Checking "
                  + works.size()
                  + " of "
                  + manifest.works().size()
                  + " works, changed since "
                  + changedSince
                  + ".");
    }
    int jobCount = DocumentOptions.jobs(jobs);
    CorpusChecker.Options options =
        new CorpusChecker.Options(
            levels,
            jobCount,
            !noCache,
            VersionProvider.version(),
            ExtractOptions.defaults(),
            works);
    CheckReport report;
    try (VersionProgress progress = new VersionProgress("Checking", context, messages)) {
      report = new CorpusChecker(manifest, options).check(manifest, progress);
    }
    boolean colored = output == null && context.terminal().colorsOut(color.color);
    ReportOptions reportOptions =
        new ReportOptions(
            failLevel,
            known,
            levels,
            VersionProvider.version(),
            colored,
            sourceRoot(manifest.file()),
            docsUrl == null ? RuleDocs.localDocsUrl() : withSlash(docsUrl));
    Outputs.write(out, output, inputs, w -> format.write(report, reportOptions, w));
    if (output != null || format != CheckReportFormat.text && format != CheckReportFormat.github) {
      messages.note("decl check: " + CheckReportFormat.summary(report, reportOptions));
    }
    return report.findings().stream().anyMatch(reportOptions::fails) ? 1 : 0;
  }

  private static Rule rule(String id) {
    return Rules.byId(id)
        .orElseThrow(
            () ->
                DeclException.usage(
                    "no rule '"
                        + id
                        + "'"
                        + Suggestions.didYouMean(id, Rules.ids())
                        + "; decl check --list-rules lists them"));
  }

  /**
   * The folder SARIF's file URIs are relative to: the git repository the manifest is in, as GitHub
   * code scanning resolves them, else the working folder.
   */
  private static Path sourceRoot(Path manifest) {
    for (Path dir = manifest.toAbsolutePath().normalize().getParent();
        dir != null;
        dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return Path.of("").toAbsolutePath();
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private String ruleList(RuleLevels levels) {
    if (format == CheckReportFormat.json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Rule rule : Rules.all()) {
        Level level = levels.level(rule.id());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", rule.id());
        r.put("level", level == null ? "off" : level.label());
        r.put("default", rule.level().label());
        r.put("group", rule.group());
        r.put("description", rule.description());
        r.put("docs", "docs/" + rule.docs());
        list.add(r);
      }
      return Json.line(list) + "\n";
    }
    if (format != CheckReportFormat.text) {
      throw DeclException.usage("--list-rules writes text or json, not " + format);
    }
    return ruleListText(levels);
  }

  private static String ruleListText(RuleLevels levels) {
    StringBuilder s = new StringBuilder();
    for (Rule rule : Rules.all()) {
      Level level = levels.level(rule.id());
      s.append(
          String.format(
              Locale.ROOT,
              "%-24s %-8s %-10s %s%n",
              rule.id(),
              level == null ? "off" : level.label(),
              rule.group(),
              rule.description()));
    }
    return s.toString();
  }
}
