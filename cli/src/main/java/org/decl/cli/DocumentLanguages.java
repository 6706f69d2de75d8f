package org.decl.cli;

import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.extract.Source;
import org.decl.text.Plural;

/** {@code --langs TAG,TAG}: one language per document named, in order. */
final class DocumentLanguages {

  private DocumentLanguages() {}

  static List<Source> sources(
      List<String> files, List<String> langs, DocumentOptions documents, Context context) {
    if (langs == null) {
      return Inputs.sources(files, context, documents.lang());
    }
    if (documents.lang != null) {
      throw DeclException.usage("give either --lang (one language for all) or --langs, not both");
    }
    if (langs.size() != files.size()) {
      throw DeclException.usage(
          "--langs gives "
              + Plural.of(langs.size(), "language")
              + " for "
              + Plural.of(files.size(), "document")
              + ": one for each, in order");
    }
    List<Source> sources = new ArrayList<>();
    List<Source> plain = Inputs.sources(files, context, null);
    for (int k = 0; k < plain.size(); k++) {
      try {
        sources.add(plain.get(k).withLang(LanguageTags.canonical(langs.get(k))));
      } catch (IllegalArgumentException e) {
        throw DeclException.usage("--langs: " + e.getMessage());
      }
    }
    return sources;
  }
}
