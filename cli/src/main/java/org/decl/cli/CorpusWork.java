package org.decl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.Suggestions;
import org.decl.extract.Source;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/** The versions of one work of a corpus, its original first, as documents to read. */
final class CorpusWork {

  private CorpusWork() {}

  static Manifest manifest(String corpus) {
    return ManifestReader.read(Path.of(corpus));
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
    sources.add(Source.file(original.file()).withLang(original.lang()));
    for (Version version : work.versions()) {
      if (version != original) {
        sources.add(Source.file(version.file()).withLang(version.lang()));
      }
    }
    return sources;
  }
}
