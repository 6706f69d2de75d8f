package org.decl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.decl.AtomicFiles;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.manifest.DeclFolder;
import org.decl.manifest.ManifestDraft;
import org.decl.manifest.ManifestReader;
import org.decl.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decl init}: a first corpus.yaml for the documents of a folder. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a corpus.yaml for the documents in a folder, and a .decl/.gitignore.",
      "",
      "Every document decl reads (PDF, DOCX, DOC, ODT, RTF, HTML, EPUB, text) in the folder and"
          + " the folders below it is read once, as decl extract reads it. Its language is the"
          + " one its file name gives (charter.zh-Hant.docx, charter_zh-Hant.docx, zh-Hant.docx in"
          + " a folder named for the work, charter-zh-Hant.docx), else the one the document"
          + " declares or its text is detected to be in. The files of one work are grouped by the"
          + " same names; each work's original is guessed and marked for you to confirm. Every"
          + " field is explained in a comment. An existing corpus.yaml is left alone unless"
          + " --force is given.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl init                     # the documents of the current folder",
      "  decl init texts/ && decl check texts/",
      "  decl init --force .           # write corpus.yaml again, from the files as they are now",
    })
final class InitCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "The corpus folder. Default: the current folder.")
  Path dir;

  @Option(names = "--force", description = "Replace the folder's corpus.yaml if it has one.")
  boolean force;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Documents read at once. Default: the number of processors.")
  Integer jobs;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    Messages messages = Messages.of(spec, log, context);
    Path folder = dir == null ? Path.of(".") : dir;
    Path manifest =
        dir == null ? Path.of(ManifestReader.FILE_NAME) : dir.resolve(ManifestReader.FILE_NAME);
    if (Files.exists(manifest) && !force) {
      throw DeclException.config(
          manifest.toString(), "already there; decl init leaves it as it is (--force replaces it)");
    }
    int jobCount = DocumentOptions.jobs(jobs);
    ManifestDraft draft;
    Logging.start();
    try (Extractor extractor = new Extractor(ExtractOptions.defaults())) {
      extractor.preloadLanguageModel();
      draft = ManifestDraft.survey(folder, extractor, jobCount);
    }
    draft.failures().forEach(messages::error);
    if (draft.works().isEmpty()) {
      throw DeclException.config(
          folder.toString(), "no document here whose language decl could tell; nothing written");
    }
    String yaml = draft.yaml();
    ManifestReader.read(manifest, yaml); // what init writes, check reads: never a broken file
    AtomicFiles.write(manifest, out -> out.write(yaml));
    DeclFolder.create(folder);
    long guessed = draft.works().stream().filter(w -> w.versions().size() > 1).count();
    messages.note(
        String.format(
            Locale.ROOT,
            "Wrote %s: %s, %s%s.",
            manifest,
            Plural.of(draft.works().size(), "work"),
            Plural.of(draft.versionCount(), "version"),
            guessed == 0
                ? ""
                : "; check the "
                    + Plural.noun(guessed, "original")
                    + " guessed and the lines marked 'check:'"));
    draft
        .unlisted()
        .forEach(
            u ->
                messages.warning(folder.resolve(u.path()).toString(), "not listed: " + u.reason()));
    return draft.failures().isEmpty() ? 0 : 1;
  }
}
