package org.decl.diff;

import java.util.Locale;
import org.decl.Level;

/** The rules of a translation check: their ids, default levels and what they find. */
public enum TranslationRules {
  MISSING_CLAUSE(Level.ERROR, "a clause of the original has no translation"),
  EXTRA_CLAUSE(Level.WARNING, "a clause of the translation translates nothing in the original"),
  MERGED_CLAUSES(
      Level.WARNING, "two clauses of the original are translated as one (or cut differently)"),
  SPLIT_CLAUSE(Level.WARNING, "one clause of the original is translated as two"),
  MOVED_CLAUSE(Level.WARNING, "a clause is translated in another place than the original's"),
  NUMBER_MISMATCH(Level.ERROR, "numbers, dates or percentages differ from the original's"),
  URL_MISMATCH(Level.ERROR, "web or e-mail addresses differ from the original's"),
  NUMBERING(Level.WARNING, "the printed number of a clause differs from the original's"),
  LENGTH_RATIO(Level.WARNING, "length far from the original's, compared with the other clauses"),
  UNTRANSLATED(
      Level.WARNING, "text identical to the original, or still in the original's language"),
  GLOSSARY(Level.WARNING, "a glossary term of the original is not rendered as agreed"),
  END_PUNCTUATION(Level.INFO, "the clause ends with punctuation of another kind than the original"),
  UNBALANCED_BRACKETS(Level.WARNING, "quotes or brackets opened and not closed, or the reverse"),
  DOUBLED_WORD(Level.WARNING, "the same word twice in a row"),
  WEAK_BEAD(Level.WARNING, "the aligner is not sure these clauses translate each other");

  private final Level level;
  private final String description;

  TranslationRules(Level level, String description) {
    this.level = level;
    this.description = description;
  }

  /** The rule's id: {@code missing-clause}, {@code number-mismatch}… */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Its level unless corpus.yaml or the command line sets another. */
  public Level level() {
    return level;
  }

  /** What it finds, in one line. */
  public String description() {
    return description;
  }
}
