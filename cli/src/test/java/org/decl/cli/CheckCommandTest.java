package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.decl.testkit.BadFiles;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * decl check as a CI job runs it: the bundled corpus checks clean; copies of it with faults
 * injected report each fault once, with its rule, level, file and clause; exit codes follow
 * --fail-on, --baseline and --rule.
 */
class CheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bundled corpus with its generated PDF and DOCX, checked once so its cache is warm. */
  @TempDir static Path bundled;

  @TempDir Path corpus;

  @BeforeAll
  static void makeTheBundledCorpus() throws IOException {
    Path paris = bundled.resolve("paris-2016");
    Files.createDirectories(paris);
    Files.copy(Repo.file("examples/corpus.yaml"), bundled.resolve("corpus.yaml"));
    Files.copy(Repo.file("examples/paris-2016/fr.txt"), paris.resolve("fr.txt"));
    Files.copy(Repo.file("examples/paris-2016/de.txt"), paris.resolve("de.txt"));
    MakeCorpus.generate(Repo.file("examples/sources/paris-2016"), paris);
  }

  @Test
  void checksTheBundledCorpusClean() {
    Decl.Run run = Decl.run("check", bundled.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("4 files checked: no findings.\n", run.out());
    assertEquals("", run.err());
  }

  /** A copy of the bundled corpus, cache included, to damage. */
  private Path copy() {
    try (Stream<Path> files = Files.walk(bundled)) {
      for (Path from : files.toList()) {
        Path to = corpus.resolve(bundled.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  /** A fault to inject, and the one finding it must give. */
  record Fault(
      String rule, String level, String file, String clause, Integer line, Injection inject) {

    @Override
    public String toString() {
      return rule;
    }
  }

  interface Injection {
    void into(Path corpus) throws IOException;
  }

  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.indexOf(from);
    assertTrue(at >= 0, from);
    String changed = text.substring(0, at) + to + text.substring(at + from.length());
    Files.writeString(file, changed, StandardCharsets.UTF_8);
  }

  static final String DE = "paris-2016/de.txt";

  static Stream<Fault> faults() {
    return Stream.of(
        new Fault(
            "missing-file",
            "error",
            "corpus.yaml",
            null,
            11,
            c -> Files.delete(c.resolve("paris-2016/es.docx"))),
        new Fault(
            "unreadable-file",
            "error",
            "paris-2016/en.pdf",
            null,
            null,
            c -> {
              Path pdf = c.resolve("paris-2016/en.pdf");
              Files.write(pdf, BadFiles.truncated(Files.readAllBytes(pdf), 0.3));
            }),
        new Fault(
            "no-text-layer",
            "error",
            "paris-2016/en.pdf",
            null,
            null,
            c -> Files.write(c.resolve("paris-2016/en.pdf"), BadFiles.blankScannedPdf(2))),
        new Fault(
            "extraction-warning",
            "warning",
            DE,
            null,
            null,
            c -> {
              Path de = c.resolve(DE);
              String text = Files.readString(de, StandardCharsets.UTF_8);
              Files.write(de, text.getBytes(Charset.forName("windows-1252")));
            }),
        new Fault(
            "damaged-extraction",
            "warning",
            DE,
            null,
            null,
            c -> {
              // the spaces of every commitment lost, as a PDF without space glyphs gives them
              Path de = c.resolve(DE);
              StringBuilder lost = new StringBuilder();
              for (String line : Files.readString(de, StandardCharsets.UTF_8).split("\n", -1)) {
                lost.append(line.startsWith("Wir werden") ? line.replace(" ", "") : line)
                    .append('\n');
              }
              Files.writeString(de, lost, StandardCharsets.UTF_8);
            }),
        new Fault(
            "replacement-character",
            "error",
            DE,
            "1.2",
            9,
            c -> replace(c.resolve(DE), "Entscheidungen", "Entschei\uFFFDungen")),
        new Fault(
            "mojibake",
            "error",
            DE,
            "1.4",
            21,
            c -> replace(c.resolve(DE), "Interaktion zwischen", "InteraktiÃ³n zwischen")),
        new Fault(
            "control-character",
            "warning",
            DE,
            "1.5",
            25,
            c -> replace(c.resolve(DE), "Integrität und", "Integrität\uE000 und")),
        new Fault(
            "broken-word",
            "warning",
            DE,
            "1.5",
            25,
            c -> replace(c.resolve(DE), "unbeirrbar", "unbe- irrbar")),
        new Fault(
            "stray-page-number",
            "warning",
            DE,
            "1.6",
            29,
            c -> replace(c.resolve(DE), "Charta sowie", "Charta - 3 - sowie")),
        new Fault(
            "language-mismatch",
            "error",
            DE,
            null,
            null,
            c ->
                Files.copy(
                    c.resolve("paris-2016/fr.txt"),
                    c.resolve(DE),
                    StandardCopyOption.REPLACE_EXISTING)),
        new Fault(
            "clause-count",
            "warning",
            DE,
            null,
            null,
            c -> {
              Path de = c.resolve(DE);
              List<String> paragraphs =
                  new ArrayList<>(List.of(Files.readString(de).split("\n\n")));
              paragraphs.remove(4);
              Files.writeString(de, String.join("\n\n", paragraphs));
              // missing-clause would tell which clause, and clause-count would then say nothing
              Path yaml = c.resolve("corpus.yaml");
              Files.writeString(yaml, Files.readString(yaml) + "rules:\n  missing-clause: off\n");
            }),
        new Fault(
            "missing-clause",
            "error",
            DE,
            "2.2",
            null,
            c -> {
              Path de = c.resolve(DE);
              List<String> paragraphs =
                  new ArrayList<>(List.of(Files.readString(de).split("\n\n")));
              paragraphs.remove(10);
              Files.writeString(de, String.join("\n\n", paragraphs));
            }),
        new Fault(
            "number-mismatch",
            "error",
            DE,
            "2.3",
            47,
            // the original's cinq is 5: fünf written 5 is the same number, 6 is another
            c -> replace(c.resolve(DE), "kommenden fünf Jahren", "kommenden 6 Jahren")),
        new Fault(
            "glossary",
            "warning",
            DE,
            "2.3",
            47,
            c -> replace(c.resolve(DE), "Erfolg der OGP", "Erfolg der PGO")),
        new Fault(
            "doubled-word",
            "warning",
            DE,
            "2.3",
            47,
            c -> replace(c.resolve(DE), "Erfolg der OGP", "Erfolg Erfolg der OGP")),
        new Fault(
            "section-structure",
            "warning",
            DE,
            "3",
            null,
            c -> {
              replace(
                  c.resolve(DE), "GEMEINSAME MASSNAHMEN FÜR EIN OFFENES REGIERUNGSHANDELN\n", "");
              // missing-clause would name the heading, and section-structure then say nothing
              Path yaml = c.resolve("corpus.yaml");
              Files.writeString(yaml, Files.readString(yaml) + "rules:\n  missing-clause: off\n");
            }),
        new Fault(
            "inconsistent-translation",
            "warning",
            "copy/de.txt",
            "2.7",
            73,
            c -> {
              Files.createDirectories(c.resolve("copy"));
              Files.copy(c.resolve("paris-2016/fr.txt"), c.resolve("copy/fr.txt"));
              Files.copy(c.resolve(DE), c.resolve("copy/de.txt"));
              replace(c.resolve("copy/de.txt"), "Wir werden das Netzwerk", "Wir werden das Netz");
              Files.writeString(
                  c.resolve("corpus.yaml"),
                  Files.readString(c.resolve("corpus.yaml"))
                      .replace(
                          "glossary:",
                          "  - id: copy\n    original: fr\n    versions:\n"
                              + "      - {lang: fr, path: copy/fr.txt}\n"
                              + "      - {lang: de, path: copy/de.txt}\nglossary:"));
            }));
  }

  private JsonNode check(Path dir, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", dir.toString()));
    args.addAll(List.of(options));
    Decl.Run run = Decl.run(args.toArray(String[]::new));
    JsonNode report = JSON.readTree(run.out());
    boolean errors = report.get("summary").get("errors").asInt() > 0;
    assertEquals(errors ? 1 : 0, run.exitCode(), run.out() + run.err());
    return report;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void reportsAnInjectedFaultOnceWithItsRuleLevelFileAndClause(Fault fault) throws IOException {
    Path dir = copy();
    fault.inject().into(dir);

    JsonNode report = check(dir);

    List<JsonNode> found = new ArrayList<>();
    report
        .get("findings")
        .forEach(
            f -> {
              if (f.get("rule").asText().equals(fault.rule())) {
                found.add(f);
              }
            });
    assertEquals(1, found.size(), report.toPrettyString());
    JsonNode f = found.get(0);
    assertEquals(fault.level(), f.get("level").asText());
    assertEquals(dir.resolve(fault.file()).toString(), f.get("file").asText());
    assertEquals(fault.clause(), f.get("clause").isNull() ? null : f.get("clause").asText());
    assertEquals(fault.line(), f.get("line").isNull() ? null : f.get("line").asInt());
    assertEquals(fault.file().startsWith("copy") ? "copy" : "paris-2016", f.get("work").asText());
    assertEquals(
        fault.file().equals("corpus.yaml") ? "es" : fault.file().contains("/en.") ? "en" : "de",
        f.get("lang").asText());
    assertEquals(
        4 + (fault.file().startsWith("copy") ? 2 : 0), report.at("/summary/files").asInt());
  }

  @Test
  void reportsSeveralFaultsAtOnceEachOnce() throws IOException {
    Path dir = copy();
    List<Fault> some =
        faults()
            .filter(
                f ->
                    List.of("no-text-layer", "mojibake", "control-character", "broken-word")
                        .contains(f.rule()))
            .toList();
    for (Fault fault : some) {
      fault.inject().into(dir);
    }

    JsonNode report = check(dir);

    List<String> rules = new ArrayList<>();
    report.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertEquals(List.of("no-text-layer", "mojibake", "control-character", "broken-word"), rules);
    assertEquals(2, report.at("/summary/errors").asInt());
    assertEquals(2, report.at("/summary/warnings").asInt());
  }

  @Test
  void exitsAsFailOnSays() throws IOException {
    Path dir = copy();
    replace(dir.resolve(DE), "unbeirrbar", "unbe- irrbar");

    assertEquals(0, Decl.run("check", dir.toString()).exitCode());
    assertEquals(1, Decl.run("check", "--fail-on", "warning", dir.toString()).exitCode());
    assertEquals(1, Decl.run("check", "--fail-on", "info", dir.toString()).exitCode());
    Decl.Run bad = Decl.run("check", "--fail-on", "fatal", dir.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("unknown level 'fatal'"), bad.err());
  }

  @Test
  void aBaselineSuppressesKnownFindingsOnly() throws IOException {
    Path dir = copy();
    replace(dir.resolve(DE), "Interaktion zwischen", "InteraktiÃ³n zwischen");
    Path baseline = dir.resolve("baseline.json");
    assertEquals(
        1,
        Decl.run("check", "--format", "json", "-o", baseline.toString(), dir.toString())
            .exitCode());
    // a line added above the known finding moves it; the baseline still knows it
    replace(dir.resolve(DE), "PARISER ERKLÄRUNG\n", "PARISER ERKLÄRUNG\n\n");

    Decl.Run known = Decl.run("check", "--baseline", baseline.toString(), dir.toString());
    assertEquals(0, known.exitCode(), known.out());
    assertTrue(known.out().contains("(in the baseline)"), known.out());

    replace(dir.resolve(DE), "Entscheidungen", "Entschei\uFFFDungen");
    Decl.Run fresh = Decl.run("check", "--baseline", baseline.toString(), dir.toString());
    assertEquals(1, fresh.exitCode(), fresh.out());
    assertTrue(fresh.out().contains("1 in the baseline"), fresh.out());
  }

  @Test
  void levelsComeFromTheManifestThenFromRuleOptions() throws IOException {
    Path dir = copy();
    replace(dir.resolve(DE), "Interaktion zwischen", "InteraktiÃ³n zwischen");
    replace(dir.resolve(DE), "unbeirrbar", "unbe- irrbar");
    Files.writeString(
        dir.resolve("corpus.yaml"),
        Files.readString(dir.resolve("corpus.yaml")) + "rules:\n  mojibake: warning\n");

    JsonNode report = check(dir);
    assertEquals("warning", report.at("/findings/0/level").asText());

    report = check(dir, "--rule", "mojibake=off", "--rule", "broken-word=error");
    assertEquals(1, report.get("findings").size());
    assertEquals("broken-word", report.at("/findings/0/rule").asText());
    assertEquals("error", report.at("/findings/0/level").asText());
  }

  @Test
  void refusesUnknownRules() throws IOException {
    Path dir = copy();
    Decl.Run option = Decl.run("check", "--rule", "mojibak=off", dir.toString());
    assertEquals(2, option.exitCode());
    assertTrue(
        option.err().contains("unknown rule 'mojibak' (did you mean 'mojibake'?)"), option.err());

    Files.writeString(
        dir.resolve("corpus.yaml"),
        Files.readString(dir.resolve("corpus.yaml")) + "rules:\n  lenght-ratio: off\n");
    Decl.Run manifest = Decl.run("check", dir.toString());
    assertEquals(2, manifest.exitCode());
    assertEquals(
        "decl: "
            + dir.resolve("corpus.yaml")
            + ": line 16, column 3: unknown rule 'lenght-ratio' (did you mean 'length-ratio'?);"
            + " decl check --list-rules lists them\n",
        manifest.err());
  }

  @Test
  void listsTheRulesAtTheirLevels() {
    Decl.Run run = Decl.run("check", "--list-rules", "--rule", "length-ratio=off");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("mojibake                 error    text"), run.out());
    assertTrue(run.out().contains("length-ratio             off      content"), run.out());
    assertTrue(run.out().lines().count() >= 26, run.out());
  }

  @Test
  void listsTheRulesAsJson() throws IOException {
    Decl.Run run = Decl.run("check", "--list-rules", "--format", "json", "--rule", "glossary=off");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode rules = JSON.readTree(run.out());
    assertEquals(org.decl.check.Rules.all().size(), rules.size());
    JsonNode glossary = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("glossary")) {
        glossary = rule;
      }
    }
    assertEquals(
        "{\"id\":\"glossary\",\"level\":\"off\",\"default\":\"warning\",\"group\":\"content\","
            + "\"description\":\"a glossary term of the original is not rendered as agreed\","
            + "\"docs\":\"docs/diff.md#translation-check\"}",
        String.valueOf(glossary));
  }

  @Test
  void explainsARuleFromItsDocumentation() {
    Decl.Run run = Decl.run("check", "--explain", "stray-page-number");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals("stray-page-number (warning by default; text)", lines.get(0));
    assertEquals(
        "a page number left in the text (- 3 -, Page 3 of 9, a number on its own)", lines.get(1));
    assertTrue(run.out().contains("\nLevel in this run: warning.\n"), run.out());
    assertTrue(run.out().contains("--rule stray-page-number=LEVEL"), run.out());
    assertTrue(run.out().endsWith("Documentation: docs/check.md#stray-page-number\n"), run.out());
  }

  @Test
  void explainsATranslationRuleFromTheTableOfDiffMd() {
    Decl.Run run =
        Decl.run("check", "--explain", "number-mismatch", "--rule", "number-mismatch=info");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Finds: numbers, dates or percentages that differ.\n"
                    + "Example: `3 consultations` → `4 консультаций`\n"),
        run.out());
    assertTrue(run.out().contains("Level in this run: info."), run.out());
  }

  @Test
  void documentsEveryRuleItExplains() {
    for (org.decl.check.Rule rule : org.decl.check.Rules.all()) {
      Decl.Run run = Decl.run("check", "--explain", rule.id());
      assertEquals(0, run.exitCode(), run.err());
      String[] parts = run.out().split("\n\n");
      assertTrue(parts.length >= 3 && !parts[1].isBlank(), "no documentation for " + rule.id());
    }
  }

  @Test
  void refusesToExplainARuleItDoesNotHave() {
    Decl.Run run = Decl.run("check", "--explain", "numbers-mismatch");

    assertEquals(2, run.exitCode());
    assertEquals(
        "decl: no rule 'numbers-mismatch' (did you mean 'number-mismatch'?); decl check"
            + " --list-rules lists them\n",
        run.err());
  }
}
