package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages written from the picocli model, as make install puts them in share/man/man1. */
class ManPagesTest {

  @TempDir static Path man;

  private static Decl.Run written;

  @BeforeAll
  static void writePages() {
    written = Decl.run("generate-man-pages", man.toString());
  }

  @Test
  void writesAPageForDeclAndForEachVisibleCommand() throws IOException {
    assertEquals(new Decl.Run(0, "", ""), written);
    try (Stream<Path> files = Files.list(man)) {
      assertEquals(
          List.of(
              "decl-align.1",
              "decl-check.1",
              "decl-diff.1",
              "decl-extract.1",
              "decl-generate-completion.1",
              "decl-index.1",
              "decl-init.1",
              "decl-search.1",
              "decl-split.1",
              "decl.1"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void writesTheHelpOfACommandAsRoff() throws IOException {
    String page = Files.readString(man.resolve("decl-generate-completion.1"));
    assertEquals(
        """
        .TH "DECL\\-GENERATE\\-COMPLETION" "1" "" "decl VERSION" "decl manual"
        .nh
        .ad l
        .SH NAME
        decl\\-generate\\-completion \\- Print the completion script of decl for bash, zsh or fish.
        .SH SYNOPSIS
        .B decl generate\\-completion
        [\\fIOPTIONS\\fR] [\\fISHELL\\fR]
        .SH DESCRIPTION
        It completes commands, options, their values (formats, rule ids and levels, \\[u2026]) \
        and the language tags of the nearest index.
        .SH OPTIONS
        .TP
        \\fB\\-h\\fR, \\fB\\-\\-help\\fR
        Show this help message and exit.
        .TP
        \\fB\\-V\\fR, \\fB\\-\\-version\\fR
        Print version information and exit.
        .SH ARGUMENTS
        .TP
        \\fISHELL\\fR
        bash, zsh or fish. Default: bash.
        .SH EXIT STATUS
        .TP
        \\fB0\\fR
        success (for check: no finding at or above \\-\\-fail\\-on)
        .TP
        \\fB1\\fR
        findings, or a document that could not be processed
        .TP
        \\fB2\\fR
        usage or configuration error (bad option, bad query, bad manifest)
        .SH EXAMPLES
        .PP
        .nf
          source <(decl generate\\-completion bash)            # in ~/.bashrc
          decl generate\\-completion zsh > ~/.zfunc/_decl      # a folder of $fpath
          decl generate\\-completion fish > ~/.config/fish/completions/decl.fish
        .fi
        .SH SEE ALSO
        \\fBdecl\\fR(1),
        \\fBdecl\\-init\\fR(1),
        \\fBdecl\\-extract\\fR(1),
        \\fBdecl\\-split\\fR(1),
        \\fBdecl\\-index\\fR(1),
        \\fBdecl\\-search\\fR(1),
        \\fBdecl\\-align\\fR(1),
        \\fBdecl\\-diff\\fR(1),
        \\fBdecl\\-check\\fR(1)
        """,
        page.replace("decl " + VersionProvider.version() + "\"", "decl VERSION\""));
  }

  @Test
  void listsTheCommandsInDeclsOwnPage() throws IOException {
    String page = Files.readString(man.resolve("decl.1"));
    assertTrue(
        page.contains(
            ".TP\n\\fBextract\\fR\nPrint the clean text of each document, paragraph by"
                + " paragraph. See \\fBdecl\\-extract\\fR(1).\n"),
        page);
    assertTrue(page.contains(".SH COMMANDS\n.TP\n\\fBinit\\fR\n"), page);
    assertTrue(page.contains(".SH SYNOPSIS\n.B decl\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR\n"), page);
  }

  @Test
  void groffReadsEveryPageWithoutAWarning() throws Exception {
    assumeTrue(installed("groff"), "groff is not installed");
    List<String> warnings = new ArrayList<>();
    try (Stream<Path> files = Files.list(man)) {
      for (Path page : files.sorted().toList()) {
        warnings.addAll(run("groff", "-man", "-ww", "-z", page.toString()));
        if (installed("man")) {
          warnings.addAll(run("man", "--warnings", "-l", page.toString()));
        }
      }
    }
    assertEquals(List.of(), warnings);
  }

  @Test
  void escapesWhatRoffWouldReadAsMarkup() {
    assertEquals(
        "\\&.decl/index \\e \\-\\-lang z\\[u00E9] \\[u1F600]",
        ManPage.roff(".decl/index \\ --lang zé 😀"));
  }

  private static boolean installed(String tool) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** What a tool writes on standard error (its output is thrown away). */
  private static List<String> run(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("MANWIDTH", "80");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "took too long");
    return err.lines().map(l -> String.join(" ", command) + ": " + l).toList();
  }
}
