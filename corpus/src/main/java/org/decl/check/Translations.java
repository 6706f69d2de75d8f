package org.decl.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decl.Hashes;
import org.decl.align.Aligner;
import org.decl.align.Alignment;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Finding;
import org.decl.diff.TranslationCheck;
import org.decl.extract.LanguageDetector;

/**
 * The translation check of decl diff, run by decl check: each version aligned with its work's
 * original and checked with the corpus glossary. The findings depend only on the two versions'
 * texts and the glossary, so they are cached with the version, under a key of those.
 */
final class Translations {

  /** Beads the aligner scores below this are weak: decl diff's default. */
  static final double MIN_SCORE = 0.2;

  private final List<Map<String, String>> glossary;
  private final LanguageDetector detector = new LanguageDetector();

  Translations(List<Map<String, String>> glossary) {
    this.glossary = List.copyOf(glossary);
  }

  /** What the cached findings of a version were made from. */
  String key(VersionText original, VersionText version) {
    return Hashes.sha256(
        (original.key() + "\u0000" + version.key() + "\u0000" + glossary + "\u0000" + MIN_SCORE)
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The findings of a version against its original, ready to cache. */
  List<VersionText.Translated> check(
      String originalPath,
      String originalLang,
      VersionText original,
      String path,
      String lang,
      VersionText version) {
    ClauseDocument source = original.document(originalPath, originalLang);
    ClauseDocument target = version.document(path, lang);
    Alignment alignment = new Aligner().align(source, target);
    List<VersionText.Translated> found = new ArrayList<>();
    for (Finding f : new TranslationCheck(glossary, MIN_SCORE, detector).check(alignment)) {
      int unit = f.target().isEmpty() ? -1 : f.target().get(0) - 1;
      found.add(new VersionText.Translated(f.rule(), f.clause(), unit, f.message()));
    }
    return found;
  }
}
