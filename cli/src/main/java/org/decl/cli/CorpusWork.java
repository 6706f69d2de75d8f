package org.decl.cli;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.Suggestions;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Source;
import org.decl.manifest.CorpusFiles;
import org.decl.manifest.CorpusLocation;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/** The versions of one work of a corpus, its original first, as documents to read. */
final class CorpusWork {

  private CorpusWork() {}

  /**
   * The manifest of a corpus folder or file; with none named, of the nearest corpus.yaml, here or
   * in a folder above ({@link CorpusLocation}).
   */
  static Manifest manifest(String corpus) {
    return ManifestReader.read(
        corpus == null ? CorpusLocation.require(Path.of(".")) : Path.of(corpus));
  }

  /**
   * The versions of a work to read, its original first.
   *
   * @param langs language filters ({@code --lang}): only the versions they match, beside the
   *     original; none for every version
   */
  static List<Source> sources(Manifest manifest, String id, List<String> langs) {
    Work whole =
        manifest
            .work(id)
            .orElseThrow(
                () ->
                    DeclException.usage(
                        "no work '"
                            + id
                            + "' in "
                            + manifest.file()
                            + Suggestions.didYouMean(
                                id, manifest.works().stream().map(Work::id).toList())));
    Work work = LanguageFilter.apply(whole, langs);
    if (work.versions().size() < 2) {
      throw DeclException.usage("work '" + id + "' has one version: nothing to align it with");
    }
    List<Source> sources = new ArrayList<>();
    Version original = work.originalVersion();
    CorpusFiles files = CorpusFiles.of(manifest.root());
    sources.add(read(files, original));
    for (Version version : work.versions()) {
      if (version != original) {
        sources.add(read(files, version));
      }
    }
    return sources;
  }

  /** A version's bytes, read without leaving the corpus folder (see {@link CorpusFiles}). */
  private static Source read(CorpusFiles files, Version version) {
    try {
      return Source.bytes(
              version.file().toString(),
              files.read(version.file(), ExtractOptions.defaults().maxBytes()))
          .withLang(version.lang());
    } catch (NoSuchFileException e) {
      throw DeclException.badInput(version.file().toString(), "no such file");
    }
  }
}
