package org.decl.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.decl.Level;
import org.decl.diff.TranslationRules;

/** Every rule decl check knows, in the order of the docs: the one place rule ids are defined. */
public final class Rules {

  public static final String MISSING_FILE = "missing-file";
  public static final String UNREADABLE_FILE = "unreadable-file";
  public static final String NO_TEXT_LAYER = "no-text-layer";
  public static final String EXTRACTION_WARNING = "extraction-warning";
  public static final String DAMAGED_EXTRACTION = "damaged-extraction";
  public static final String OCR_TEXT = "ocr-text";
  public static final String REPLACEMENT_CHARACTER = "replacement-character";
  public static final String MOJIBAKE = "mojibake";
  public static final String CONTROL_CHARACTER = "control-character";
  public static final String BROKEN_WORD = "broken-word";
  public static final String STRAY_PAGE_NUMBER = "stray-page-number";
  public static final String LANGUAGE_MISMATCH = "language-mismatch";
  public static final String CLAUSE_COUNT = "clause-count";
  public static final String SECTION_STRUCTURE = "section-structure";
  public static final String INCONSISTENT_TRANSLATION = "inconsistent-translation";

  private static final List<Rule> CHECK =
      List.of(
          new Rule(MISSING_FILE, Level.ERROR, "files", "a version's file does not exist"),
          new Rule(
              UNREADABLE_FILE,
              Level.ERROR,
              "files",
              "a version's file cannot be read or extracted (damaged, encrypted, empty, misnamed)"),
          new Rule(
              NO_TEXT_LAYER,
              Level.ERROR,
              "files",
              "a PDF without a text layer: a scan that needs OCR"),
          new Rule(
              EXTRACTION_WARNING,
              Level.WARNING,
              "files",
              "extraction went on past a problem (pages without text, a guessed encoding, …)"),
          new Rule(
              DAMAGED_EXTRACTION,
              Level.WARNING,
              "files",
              "the extracted text shows signs of damage: right-to-left text out of order, marks cut"
                  + " off their letters, spaces invented or lost, glyph shapes for letters, paragraph"
                  + " breaks lost"),
          new Rule(
              OCR_TEXT,
              Level.WARNING,
              "files",
              "a version's text, or part of it, was read by OCR from scanned pages"),
          new Rule(
              REPLACEMENT_CHARACTER,
              Level.ERROR,
              "text",
              "U+FFFD left in the text: characters lost in decoding"),
          new Rule(
              MOJIBAKE,
              Level.ERROR,
              "text",
              "UTF-8 read as a one-byte charset (Ã© for é, â€™ for ’)"),
          new Rule(
              CONTROL_CHARACTER,
              Level.WARNING,
              "text",
              "control, private-use or unassigned characters in the text"),
          new Rule(
              BROKEN_WORD,
              Level.WARNING,
              "text",
              "a word broken by a hyphen and a space (develop- ment)"),
          new Rule(
              STRAY_PAGE_NUMBER,
              Level.WARNING,
              "text",
              "a page number left in the text (- 3 -, Page 3 of 9, a number on its own)"),
          new Rule(
              LANGUAGE_MISMATCH,
              Level.ERROR,
              "language",
              "the detected language differs from the declared one"),
          new Rule(
              CLAUSE_COUNT,
              Level.WARNING,
              "structure",
              "a version has more or fewer clauses than the original"),
          new Rule(
              SECTION_STRUCTURE,
              Level.WARNING,
              "structure",
              "a version's sections (headings) differ from the original's"),
          new Rule(
              INCONSISTENT_TRANSLATION,
              Level.WARNING,
              "corpus",
              "the same source clause translated differently in two works of a language pair"));

  /** The translation rules whose findings explain a different clause count or sections. */
  static final java.util.Set<String> EXPLAIN_STRUCTURE =
      java.util.Set.of(
          TranslationRules.MISSING_CLAUSE.id(),
          TranslationRules.EXTRA_CLAUSE.id(),
          TranslationRules.MERGED_CLAUSES.id(),
          TranslationRules.SPLIT_CLAUSE.id());

  /** The rules of decl diff's translation check about a version's shape, not its wording. */
  private static final java.util.Set<String> SHAPE =
      java.util.Set.of(
          "missing-clause",
          "extra-clause",
          "merged-clauses",
          "split-clause",
          "moved-clause",
          "numbering",
          "weak-bead");

  private static final List<Rule> ALL = all(CHECK);

  private static final Map<String, Rule> BY_ID = index();

  private Rules() {}

  /** Every rule, in the order of the docs. */
  public static List<Rule> all() {
    return ALL;
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  public static java.util.Set<String> ids() {
    return BY_ID.keySet();
  }

  /**
   * decl check's own rules, with those of decl diff's translation check, which decl check runs over
   * each version's alignment with its original, before the corpus-wide rule.
   */
  private static List<Rule> all(List<Rule> own) {
    List<Rule> all = new java.util.ArrayList<>(own.subList(0, own.size() - 1));
    for (TranslationRules t : TranslationRules.values()) {
      all.add(
          new Rule(
              t.id(),
              t.level(),
              SHAPE.contains(t.id()) ? "structure" : "content",
              t.description(),
              true));
    }
    all.add(own.get(own.size() - 1));
    return List.copyOf(all);
  }

  private static Map<String, Rule> index() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    ALL.forEach(r -> byId.put(r.id(), r));
    return java.util.Collections.unmodifiableMap(byId);
  }
}
