package org.decl.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.decl.clause.ClauseDocument;
import org.decl.diff.Change;
import org.decl.diff.RevisionDiff;
import org.decl.diff.WordDiff;
import org.decl.diff.WordDiff.Run;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;

/** Two drafts in the same language: what changed, clause by clause and word by word. */
class RevisionDiffTest {

  private static final List<String> DRAFT = Texts.paragraphs("fr");
  private static final ClauseDocument FIRST = Versions.of("draft1.txt", "fr", DRAFT);

  @Test
  void reportsNothingBetweenIdenticalDrafts() {
    assertEquals(List.of(), changes(DRAFT));
  }

  @Test
  void reportsARemovedClause() {
    assertEquals(List.of("clause-removed 1.3"), changes(Alteration.deleted(DRAFT, 5).paragraphs()));
  }

  @Test
  void reportsAnAddedClause() {
    List<String> second = new ArrayList<>(DRAFT);
    second.add(7, "Notant avec préoccupation les attaques croissantes contre les journalistes,");
    assertEquals(List.of("clause-added 1.5"), changes(second));
  }

  @Test
  void reportsAMovedClauseOnce() {
    assertEquals(List.of("clause-moved 1.4"), changes(Alteration.moved(DRAFT, 4, 6).paragraphs()));
  }

  @Test
  void reportsAChangedNumberWordByWord() {
    List<Change> changes =
        new RevisionDiff()
            .compare(
                FIRST,
                Versions.of("draft2.txt", "fr", Alteration.numberChanged(DRAFT, 16).paragraphs()));
    assertEquals(1, changes.size());
    assertEquals("clause-changed", changes.get(0).rule());
    assertEquals(
        List.of(new Run(Run.Kind.DELETED, "3"), new Run(Run.Kind.INSERTED, "4")),
        changes.get(0).words().stream().filter(r -> r.kind() != Run.Kind.KEPT).toList());
  }

  @Test
  void reportsRenumberedClausesAsRenumberedNotRemovedAndAdded() {
    List<String> second = new ArrayList<>(DRAFT);
    second.replaceAll(
        p ->
            p.replaceFirst("^a\\) ", "i) ")
                .replaceFirst("^b\\) ", "ii) ")
                .replaceFirst("^c\\) ", "iii) "));
    assertEquals(
        List.of(
            "clause-renumbered art1.2.a",
            "clause-renumbered art1.2.b",
            "clause-renumbered art1.2.c"),
        changes(second));
  }

  @Test
  void splitsIdeographsOneByOneForWordChanges() {
    List<Run> runs = WordDiff.of("本会议定期审查本宣言", "本会议每年审查本宣言");
    assertEquals(
        List.of(
            new Run(Run.Kind.KEPT, "本会议"),
            new Run(Run.Kind.DELETED, "定期"),
            new Run(Run.Kind.INSERTED, "每年"),
            new Run(Run.Kind.KEPT, "审查本宣言")),
        runs);
  }

  private static List<String> changes(List<String> second) {
    return new RevisionDiff()
        .compare(FIRST, Versions.of("draft2.txt", "fr", second)).stream()
            .map(c -> c.rule() + " " + c.clause())
            .toList();
  }
}
