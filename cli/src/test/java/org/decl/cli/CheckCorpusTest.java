package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decl.testkit.DocxMaker;
import org.decl.testkit.PdfMaker;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decl check over the multilingual fixtures, and --changed-since on a git repository. */
class CheckCorpusTest {

  @TempDir Path corpus;

  /** One work in every language of the sample texts, French the original; some PDF, some DOCX. */
  private void multilingualCorpus() throws IOException {
    StringBuilder yaml = new StringBuilder("works:\n");
    for (String work : List.of("lisbon-2021", "porto-2022")) {
      Path dir = corpus.resolve(work);
      Files.createDirectories(dir);
      yaml.append("  - id: ").append(work).append("\n    original: fr\n    versions:\n");
      int i = 0;
      for (String lang : Texts.languages()) {
        List<String> paragraphs = Texts.paragraphs(lang);
        String name;
        if (work.equals("porto-2022") && i % 4 == 1) {
          name = lang + ".pdf";
          PdfMaker.of(paragraphs).write(dir.resolve(name));
        } else if (work.equals("porto-2022") && i % 4 == 2) {
          name = lang + ".docx";
          DocxMaker.of(paragraphs).write(dir.resolve(name));
        } else {
          name = lang + ".txt";
          Files.writeString(dir.resolve(name), String.join("\n\n", paragraphs) + "\n");
        }
        yaml.append("      - {lang: ").append(lang).append(", path: ").append(work).append('/');
        yaml.append(name).append("}\n");
        i++;
      }
    }
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
  }

  @Test
  void checksTheMultilingualFixturesClean() throws IOException {
    multilingualCorpus();

    Decl.Run run = Decl.run("check", "--fail-on", "info", corpus.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(2 * Texts.languages().size() + " files checked: no findings.\n", run.out());
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(corpus.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  @Test
  void checksOnlyTheWorksChangedSinceARevision() throws Exception {
    multilingualCorpus();
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "corpus");
    Path ru = corpus.resolve("lisbon-2021/ru.txt");
    Files.writeString(ru, Files.readString(ru).replaceFirst("право", "пра- во"));

    Decl.Run run = Decl.run("check", "--changed-since", "HEAD", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Checking 1 of 2 works, changed since HEAD.\n", run.err());
    assertTrue(run.out().contains("lisbon-2021 ru"), run.out());
    assertTrue(
        run.out()
            .endsWith(
                Texts.languages().size()
                    + " files checked: 0 errors, 1 warning, 0 info; passes (--fail-on error).\n"),
        run.out());

    Decl.Run none =
        Decl.run(
            "check", "--changed-since", "HEAD", "--rule", "broken-word=off", corpus.toString());
    assertEquals(0, none.exitCode(), none.err());
  }

  @Test
  void refusesABadRevisionOrAFolderOutsideGit() throws Exception {
    multilingualCorpus();
    Decl.Run outside = Decl.run("check", "--changed-since", "HEAD", corpus.toString());
    assertEquals(2, outside.exitCode(), outside.err());
    assertTrue(outside.err().contains("--changed-since: not in a git repository"), outside.err());

    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "corpus");
    Decl.Run bad = Decl.run("check", "--changed-since", "no-such-branch", corpus.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("--changed-since no-such-branch:"), bad.err());
  }
}
