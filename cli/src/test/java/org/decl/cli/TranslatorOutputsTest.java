package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.decl.testkit.Declarations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a translator reads in decl align and decl diff: the ids and printed numbers of both sides of
 * every bead, a language for each file, old and new numbers of moved and renumbered clauses, in
 * Latin, Arabic and Chinese versions of the test kit's declaration; and the command line's edges (a
 * wrong count of files or languages, the summary kept out of the data).
 */
class TranslatorOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static String en;
  private static String ar;
  private static String zhHans;
  private static String zhHant;

  @BeforeAll
  static void writeTheDeclaration() throws IOException {
    en = write("en.txt", paragraphs("en"));
    ar = write("ar.txt", paragraphs("ar"));
    zhHans = write("zh-Hans.txt", paragraphs("zh-Hans"));
    zhHant = write("zh-Hant.txt", paragraphs("zh-Hant"));
  }

  @Test
  void givesTheIdsAndLabelsOfBothSidesOfEveryBead() throws IOException {
    Decl.Run run = Decl.run("align", "--format", "jsonl", en, ar);

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> beads = jsonLines(run.out());
    assertEquals(Declarations.declaration("en").size(), beads.size());
    for (JsonNode bead : beads) {
      assertEquals(bead.get("source").size(), bead.get("sourceIds").size(), bead.toString());
      assertEquals(bead.get("source").size(), bead.get("sourceLabels").size(), bead.toString());
      // the two versions have one structure: every bead links the same ids
      assertEquals(bead.get("sourceIds"), bead.get("targetIds"), bead.toString());
    }
    JsonNode article = beadWithSourceIds(beads, "art1");
    assertEquals("[\"Article 1\"]", article.get("sourceLabels").toString());
    assertEquals("[\"المادة الأولى\"]", article.get("targetLabels").toString());
    JsonNode recital = beadWithSourceIds(beads, "1.4");
    assertEquals("[null]", recital.get("sourceLabels").toString(), "a recital prints no number");
  }

  @Test
  void givesEveryUnitOfAMergedBeadInOrderInJsonlAndTsv() throws IOException {
    // paragraphs 1 and 2 of the Arabic article 3 as one
    String merged = write("ar-merged.txt", joined(paragraphs("ar"), indexOf("art3.1")));

    Decl.Run jsonl = Decl.run("align", "--format", "jsonl", en, merged);
    Decl.Run tsv = Decl.run("align", "--format", "tsv", en, merged);

    assertEquals(0, jsonl.exitCode(), jsonl.err());
    JsonNode bead = beadWithSourceIds(jsonLines(jsonl.out()), "art3.1", "art3.2");
    assertEquals("[\"art3.1\"]", bead.get("targetIds").toString());
    assertEquals("[\"1.\",\"2.\"]", bead.get("sourceLabels").toString());
    assertEquals("[\"1.\"]", bead.get("targetLabels").toString());
    String row =
        tsv.outLines().stream().filter(l -> l.contains("\tart3.1,art3.2\t")).findFirst().get();
    List<String> cells = List.of(row.split("\t", -1));
    assertEquals(9, cells.size(), row);
    assertEquals(List.of("24,25", "24"), cells.subList(1, 3), row);
    assertEquals(List.of("art3.1,art3.2", "art3.1", "1.,2.", "1."), cells.subList(5, 9), row);
  }

  @Test
  void takesTheLanguageOfEachFileInOrderWithItsWholeTag() throws IOException {
    Decl.Run two = Decl.run("align", "--langs", "en,ZH-hant", en, zhHant);
    Decl.Run three =
        Decl.run("align", "--langs", "en,zh-Hans,zh-Hant", "--format", "jsonl", en, zhHans, zhHant);

    assertEquals(0, two.exitCode(), two.err());
    String head = two.outLines().get(0);
    assertTrue(head.matches(" +en \\S+en\\.txt +zh-Hant \\S+zh-Hant\\.txt"), head);
    assertEquals(0, three.exitCode(), three.err());
    JsonNode versions = jsonLines(three.out()).get(0).get("versions");
    List<String> keys = new ArrayList<>();
    versions.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("en", "zh-Hans", "zh-Hant"), keys);
    assertEquals("[\"0.1\"]", versions.get("zh-Hant").get("ids").toString());
  }

  @Test
  void refusesAWrongCountOfLanguagesInOneLine() {
    Decl.Run one = Decl.run("align", "--langs", "fr", en, ar);
    Decl.Run three = Decl.run("diff", "--langs", "fr,ar,en", en, ar);

    assertEquals(2, one.exitCode());
    assertEquals(
        List.of("decl: --langs gives 1 language for 2 documents: one for each, in order"),
        one.errLines());
    assertEquals("", one.out());
    assertEquals(2, three.exitCode());
    assertEquals(
        List.of("decl: --langs gives 3 languages for 2 documents: one for each, in order"),
        three.errLines());
  }

  @Test
  void showsTheOldAndNewNumbersOfMovedAndRenumberedClausesInEnglish() throws IOException {
    String draft = write("en-draft.txt", renumberedAndMoved(paragraphs("en"), "Article 15", "16"));

    Decl.Run run = Decl.run("diff", en, draft);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "clause-moved 1.4 → 1.6  n [7] → [9]",
            "    " + Declarations.declaration("en").get(indexOf("1.4")).text(),
            "clause-renumbered art15 → art16  label (Article 15) → (Article 16)  n [62] → [62]",
            "    Article [-15-]{+16+}",
            en + " → " + draft + ": 2 changes"),
        run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void showsTheOldAndNewNumbersOfARenumberedChineseArticle() throws IOException {
    String draft = write("zh-draft.txt", renumberedAndMoved(paragraphs("zh-Hans"), "第十五条", "第十六条"));

    Decl.Run run = Decl.run("diff", zhHans, draft);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "clause-moved 1.4 → 1.6  n [7] → [9]",
            "    " + Declarations.declaration("zh-Hans").get(indexOf("1.4")).text(),
            "clause-renumbered art15 → art16  label (第十五条) → (第十六条)  n [62] → [62]",
            "    第十[-五-]{+六+}条",
            zhHans + " → " + draft + ": 2 changes"),
        run.outLines());
  }

  @Test
  void showsTheParagraphsOfAnArabicArticleRenumberedAfterOneIsRemoved() throws IOException {
    List<String> p = new ArrayList<>(paragraphs("ar"));
    int first = indexOf("art3.1");
    String removed = p.remove(first);
    p.set(first, p.get(first).replaceFirst("^2\\.", "1."));
    p.set(first + 1, p.get(first + 1).replaceFirst("^3\\.", "2."));
    String draft = write("ar-draft.txt", p);

    Decl.Run run = Decl.run("diff", ar, draft);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            "clause-removed art3.1 (1.)  n [24]",
            "    [-" + removed.substring(3) + "-]",
            "clause-renumbered art3.2 → art3.1  label (2.) → (1.)  n [25] → [24]",
            "    " + p.get(first).substring(3),
            "clause-renumbered art3.3 → art3.2  label (3.) → (2.)  n [26] → [25]",
            "    " + p.get(first + 1).substring(3),
            ar + " → " + draft + ": 3 changes"),
        run.outLines());
  }

  @Test
  void carriesTheOldAndNewIdsAndLabelsInJsonlAndTheSummaryOnStandardError() throws IOException {
    String draft = write("en-draft2.txt", renumberedAndMoved(paragraphs("en"), "Article 15", "16"));

    Decl.Run run = Decl.run("diff", "--format", "jsonl", en, draft);

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> changes = jsonLines(run.out());
    assertEquals(2, changes.size(), run.out());
    JsonNode moved = changes.get(0);
    assertEquals("clause-moved", moved.get("rule").asText());
    assertEquals("[\"1.4\"]", moved.get("beforeIds").toString());
    assertEquals("[\"1.6\"]", moved.get("afterIds").toString());
    assertEquals("[null]", moved.get("afterLabels").toString());
    JsonNode renumbered = changes.get(1);
    assertEquals("clause-renumbered", renumbered.get("rule").asText());
    assertEquals("[\"art15\"]", renumbered.get("beforeIds").toString());
    assertEquals("[\"art16\"]", renumbered.get("afterIds").toString());
    assertEquals("[\"Article 15\"]", renumbered.get("beforeLabels").toString());
    assertEquals("[\"Article 16\"]", renumbered.get("afterLabels").toString());
    assertEquals("art16", renumbered.get("clause").asText());
    assertEquals(List.of(en + " → " + draft + ": 2 changes"), run.errLines());
  }

  @Test
  void writesTheSummaryToStandardErrorWhenTheOutputIsAFile() throws IOException {
    List<String> p = new ArrayList<>(paragraphs("en"));
    p.set(indexOf("art15"), "Article 16");
    String draft = write("en-draft3.txt", p);
    Path report = dir.resolve("changes.txt");

    Decl.Run run = Decl.run("diff", "-o", report.toString(), en, draft);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(en + " → " + draft + ": 1 change"), run.errLines());
    assertEquals(
        List.of(
            "clause-renumbered art15 → art16  label (Article 15) → (Article 16)  n [62] → [62]",
            "    Article [-15-]{+16+}"),
        Files.readAllLines(report, StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheTranslationCheckSummaryOutOfItsJsonLines() throws IOException {
    Decl.Run run = Decl.run("diff", "--format", "jsonl", "--langs", "en,ar", en, ar);

    assertEquals(0, run.exitCode(), run.err());
    for (JsonNode finding : jsonLines(run.out())) {
      assertTrue(finding.has("rule"), finding.toString());
    }
    List<String> err = run.errLines();
    assertEquals(1, err.size(), run.err());
    assertTrue(
        err.get(0)
            .matches(
                Pattern.quote(ar + " against " + en + ": ")
                    + "\\d+ errors?, \\d+ warnings?, \\d+ notes?"),
        err.get(0));
  }

  @Test
  void refusesAnythingButTwoFilesInOneLineInItsOwnWords() {
    for (int count : new int[] {0, 1, 3, 4}) {
      List<String> args = new ArrayList<>(List.of("diff"));
      for (int k = 0; k < count; k++) {
        args.add(k % 2 == 0 ? en : ar);
      }

      Decl.Run run = Decl.run(args.toArray(String[]::new));

      assertEquals(2, run.exitCode(), run.err());
      assertEquals("", run.out());
      assertEquals(
          List.of(
              "decl: diff takes two files, the original then its translation (or two drafts): got "
                  + count
                  + "; for several translations of one original, list them in a corpus.yaml and"
                  + " run decl check"),
          run.errLines());
    }
  }

  /** The draft with a heading's number changed and recital 1.4 moved after 1.6. */
  private static List<String> renumberedAndMoved(List<String> p, String heading, String number) {
    List<String> q = new ArrayList<>(p);
    int at = indexOf("art15");
    assertEquals(heading, q.get(at));
    q.set(at, heading.startsWith("Article") ? "Article " + number : number);
    q.add(indexOf("1.6"), q.remove(indexOf("1.4")));
    return q;
  }

  private static List<String> paragraphs(String lang) {
    return Declarations.paragraphs(Declarations.declaration(lang));
  }

  /** Where the unit with this structural id is among the declaration's paragraphs. */
  private static int indexOf(String id) {
    List<Declarations.Unit> units = Declarations.declaration("en");
    for (int k = 0; k < units.size(); k++) {
      if (units.get(k).id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static List<String> joined(List<String> p, int i) {
    List<String> q = new ArrayList<>(p);
    q.set(i, p.get(i) + " " + p.get(i + 1).replaceFirst("^\\S+ ", ""));
    q.remove(i + 1);
    return q;
  }

  private static JsonNode beadWithSourceIds(List<JsonNode> beads, String... ids) {
    String wanted = JSON.valueToTree(ids).toString();
    return beads.stream()
        .filter(b -> b.get("sourceIds").toString().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bead with source ids " + wanted));
  }

  private static String write(String name, List<String> paragraphs) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (Iterator<String> it = out.lines().iterator(); it.hasNext(); ) {
      nodes.add(JSON.readTree(it.next()));
    }
    return nodes;
  }
}
