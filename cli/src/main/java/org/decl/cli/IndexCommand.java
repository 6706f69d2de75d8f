package org.decl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.decl.index.CorpusIndexer;
import org.decl.index.IndexLocation;
import org.decl.index.IndexReport;
import org.decl.manifest.CorpusLocation;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl index}: builds or updates the search index of a corpus or of some files. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Build or update the search index of a corpus, or of documents named one by one.",
      "",
      "Every version is split into clauses (see decl split --help) and each clause is indexed"
          + " with the analyzer of its language; each version is aligned with its work's"
          + " original and its clauses linked to the original's, so that decl search can show"
          + " translations. A second run indexes again only the versions whose file changed"
          + " (aligning again only those, or every version of a work whose original changed) and"
          + " takes out those gone from corpus.yaml. The index"
          + " is written in one commit: a run that is stopped leaves the previous index as it was.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl index examples                 # examples/corpus.yaml into examples/.decl/index",
      "  decl index                          # the corpus here, or in a folder above",
      "  decl index --lang zh examples       # only the zh-* versions (and the originals)",
      "  decl index --lang fr --work udhr udhr/fr.pdf",
      "  decl index --index /tmp/idx --lang en notes.docx",
      "  decl index notes.docx               # its language detected",
    })
final class IndexCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "CORPUS|FILE",
      arity = "0..*",
      description =
          "A corpus folder (with corpus.yaml) or its manifest; default: the nearest corpus.yaml,"
              + " in the current folder or a folder above. Or"
              + " documents to index one by one, with --lang (their language; over a corpus,"
              + " --lang indexes only the versions it matches, zh every zh-* one, and their"
              + " originals).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index folder. Default: .decl/index beside corpus.yaml (or here).")
  Path index;

  @Option(
      names = "--force",
      description =
          "Replace the index folder's content even if it is not a decl index (another program's"
              + " Lucene index, or other files). Without it such a folder is refused.")
  boolean force;

  @Option(
      names = "--work",
      paramLabel = "ID",
      description = "With files: the work they are versions of. Default: each file's name.")
  String work;

  @Mixin DocumentOptions documents;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  /** Files that failed before indexing: their language could not be told. */
  private final List<DeclException> failed = new ArrayList<>();

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    boolean corpus = isCorpus();
    List<CorpusIndexer.Target> targets;
    Path dir;
    String what;
    boolean wholeCorpus = corpus && documents.lang == null;
    if (corpus) {
      if (work != null) {
        throw DeclException.usage(
            "--work is for files named one by one; a corpus gives its works and languages in "
                + ManifestReader.FILE_NAME);
      }
      Path folder =
          inputs.isEmpty() ? CorpusLocation.require(Path.of(".")) : Path.of(inputs.get(0));
      // --lang over a corpus is a filter: the versions it matches and their originals
      Manifest manifest =
          LanguageFilter.apply(
              ManifestReader.read(folder),
              documents.lang == null ? null : List.of(documents.lang.split(",")));
      targets = CorpusIndexer.targets(manifest);
      Path corpusFolder = Files.isDirectory(folder) ? folder : parentOf(folder);
      dir = index != null ? index : IndexLocation.forWriting(corpusFolder);
      what = Plural.of(manifest.works().size(), "work");
    } else {
      targets = fileTargets(messages);
      dir = index != null ? index : IndexLocation.forWriting(Path.of("."));
      what = Plural.of(targets.size(), "file");
    }
    IndexReport report;
    try (Extractor extractor = new Extractor(documents.extractOptions(false));
        CorpusIndexer indexer = new CorpusIndexer(dir, extractor, documents.jobs(), force);
        VersionProgress progress = new VersionProgress("Indexing", context, messages)) {
      // a filtered run leaves the other versions in the index as they are
      report = indexer.index(targets, wholeCorpus, progress);
    }
    failed.forEach(messages::error);
    report.failures().forEach(messages::error);
    summarise(report, what, dir, messages);
    return failed.isEmpty() && report.failures().isEmpty() ? 0 : 1;
  }

  /**
   * A corpus: nothing named, one folder, or one .yaml file. One path that is not there is neither,
   * and there is nothing to index: a configuration error, where a missing file among others fails
   * only itself.
   */
  private boolean isCorpus() {
    if (inputs.isEmpty()) {
      return true;
    }
    if (inputs.size() == 1) {
      Path only = Path.of(inputs.get(0));
      if (!inputs.get(0).equals("-") && !Files.exists(only)) {
        throw DeclException.config(inputs.get(0), "no such file or folder");
      }
      String name = only.getFileName() == null ? "" : only.getFileName().toString();
      return Files.isDirectory(only)
          || name.toLowerCase(Locale.ROOT).endsWith(".yaml")
          || name.toLowerCase(Locale.ROOT).endsWith(".yml");
    }
    return false;
  }

  /**
   * The files named, each with its language: {@code --lang}, else the one extraction finds (the
   * document's own declaration, else detection, as {@code decl extract} gives it), which costs one
   * more reading of each file. A file whose language cannot be told fails alone.
   */
  private List<CorpusIndexer.Target> fileTargets(Messages messages) {
    String given = documents.lang();
    List<CorpusIndexer.Target> targets = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String name : inputs) {
      if (name.equals("-")) {
        throw DeclException.usage("the index needs files it can read again; - is not one");
      }
      Path file = Path.of(name);
      if (Files.isDirectory(file)) {
        throw DeclException.usage(
            name + ": a folder among files; index a corpus folder on its own");
      }
    }
    try (Extractor detector =
        given == null ? new Extractor(documents.extractOptions(true)) : null) {
      for (String name : inputs) {
        Path file = Path.of(name);
        String lang = given;
        if (lang == null) {
          lang = detected(detector, name, messages);
          if (lang == null) {
            continue;
          }
        }
        add(targets, keys, name, file, lang);
      }
    }
    return targets;
  }

  /** The language extraction finds in a file; null, the failure kept for the run, if none. */
  private String detected(Extractor detector, String name, Messages messages) {
    try {
      String lang = detector.extract(Source.file(Path.of(name))).lang();
      if (lang == null || lang.equals("und")) {
        failed.add(
            DeclException.badInput(
                name, "its language cannot be told from its text; give it with --lang TAG"));
        return null;
      }
      messages.note(name + ": " + lang + " (detected; --lang sets it)");
      return lang;
    } catch (DeclException e) {
      failed.add(e);
      return null;
    }
  }

  private void add(
      List<CorpusIndexer.Target> targets, Set<String> keys, String name, Path file, String lang) {
    String id = work != null ? work : Inputs.stem(name);
    if (!keys.add(id + "/" + lang)) {
      throw DeclException.usage(
          name
              + ": a second "
              + lang
              + " version of '"
              + id
              + "'; give each file its own --work or language");
    }
    targets.add(new CorpusIndexer.Target(id, lang, name, file));
  }

  private static Path parentOf(Path file) {
    return file.getParent() == null ? Path.of(".") : file.getParent();
  }

  private static void summarise(IndexReport r, String what, Path dir, Messages messages) {
    int versions = r.added().size() + r.updated().size() + r.unchanged().size();
    messages.note(
        String.format(
            Locale.ROOT,
            "Indexed %s into %s in %.1f s: %d added, %d updated, %d unchanged, %d removed"
                + " (%d versions, %d clauses written).",
            what,
            dir,
            r.took().toMillis() / 1000.0,
            r.added().size(),
            r.updated().size(),
            r.unchanged().size(),
            r.removed().size(),
            versions,
            r.clauses()));
    list("added", r.added(), messages);
    list("updated", r.updated(), messages);
    list("removed", r.removed(), messages);
    list("realigned", r.realigned(), messages);
    r.unlinked().forEach((key, why) -> messages.note("  " + key + ": " + why));
    if (!r.fallbacks().isEmpty()) {
      messages.note(
          "  not stemmed (no Lucene analyzer; Unicode words, case-folded): "
              + String.join(" ", r.fallbacks().keySet()));
    }
  }

  private static void list(String label, List<String> keys, Messages messages) {
    if (!keys.isEmpty()) {
      messages.note(String.format(Locale.ROOT, "  %-8s %s", label, String.join(" ", keys)));
    }
  }
}
