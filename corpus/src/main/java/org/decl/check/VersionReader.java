package org.decl.check;

import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.clause.Clause;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.Damage;
import org.decl.extract.DamageKind;
import org.decl.extract.ExtractOptions;
import org.decl.extract.ExtractedDocument;
import org.decl.extract.Extractor;
import org.decl.extract.LanguageGuess;
import org.decl.extract.Source;

/**
 * Reads versions the slow way: extraction (Tika for everything but plain text), split, language
 * detection. Only created when the cache misses, so that a run on an unchanged corpus loads none of
 * it.
 */
final class VersionReader implements AutoCloseable {

  private static final int SAMPLE = 20_000;

  private final Extractor extractor;

  VersionReader(ExtractOptions options) {
    extractor = new Extractor(options.withLanguageDetection(false));
    extractor.preloadLanguageModel();
  }

  VersionText read(String key, String name, byte[] content, String lang) {
    ExtractedDocument doc;
    try {
      doc = extractor.extract(Source.bytes(name, content).withLang(lang));
    } catch (DeclException e) {
      // the extractor says "no text layer" for PDFs with pages but no text: scans
      String rule =
          e.problem().startsWith("no text layer") ? Rules.NO_TEXT_LAYER : Rules.UNREADABLE_FILE;
      return VersionText.failed(key, rule, e.problem());
    }
    ClauseDocument split = Splitter.split(doc, Granularity.CLAUSE);
    StringBuilder sample = new StringBuilder();
    for (Clause unit : split.units()) {
      if (sample.length() > SAMPLE) {
        break;
      }
      sample.append(unit.text()).append('\n');
    }
    LanguageGuess guess = extractor.detectLanguage(sample);
    int letters = (int) sample.codePoints().filter(Character::isLetter).count();
    List<VersionText.Damage> damage = new ArrayList<>();
    for (Damage d : doc.damage()) {
      // lost characters are reported clause by clause below (replacement-character, …)
      if (d.kind() != DamageKind.LOST_CHARACTERS) {
        damage.add(new VersionText.Damage(Rules.DAMAGED_EXTRACTION, -1, d.message()));
      }
    }
    ocrText(split.units()).ifPresent(damage::add);
    for (int i = 0; i < split.units().size(); i++) {
      for (TextDamage.Damage d : TextDamage.of(split.units().get(i).text())) {
        damage.add(new VersionText.Damage(d.rule(), i, d.message()));
      }
    }
    return new VersionText(
        key,
        doc.mediaType(),
        doc.pages(),
        guess.tag(),
        guess.confidence(),
        letters,
        doc.warnings(),
        List.copyOf(split.units()),
        damage,
        null,
        List.of(),
        null,
        null);
  }

  /**
   * One finding for a version read wholly or partly by OCR, at its first such unit: machine-read
   * text may differ from the scan in any character.
   */
  private static java.util.Optional<VersionText.Damage> ocrText(List<Clause> units) {
    int first = -1;
    int count = 0;
    java.util.Set<Integer> pages = new java.util.TreeSet<>();
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).span().ocr()) {
        first = first < 0 ? i : first;
        count++;
        pages.add(units.get(i).span().page());
      }
    }
    if (count == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new VersionText.Damage(
            Rules.OCR_TEXT,
            first,
            count
                + " of "
                + units.size()
                + " units read by OCR from the scanned page"
                + (pages.size() == 1 ? " " : "s ")
                + pages.stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))
                + ": check the machine-read text against the scan"));
  }

  @Override
  public void close() {
    extractor.close();
  }
}
