package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decl.check.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decl generate-completion: the scripts are run in the real shells, with a stand-in {@code decl} on
 * the PATH that answers {@code complete-languages} as an index of four languages would, and every
 * command and option of the picocli model is checked to be in each script.
 */
class ShellCompletionTest {

  @TempDir static Path dir;

  private static CompletionModel model;

  @BeforeAll
  static void writeScripts() throws IOException {
    for (String shell : List.of("bash", "zsh", "fish")) {
      Decl.Run run = Decl.run("generate-completion", shell);
      assertEquals(0, run.exitCode(), run.err());
      Files.writeString(dir.resolve("decl." + shell), run.out());
    }
    Path decl = dir.resolve("bin/decl");
    Files.createDirectories(decl.getParent());
    Files.writeString(
        decl,
        """
        #!/bin/sh
        # an index of four languages here, and one of de-1996 at --index other
        [ "$1" = complete-languages ] || exit 2
        [ "$2 $3" = "--index other" ] && echo de-1996 && exit 0
        printf 'en\\nfr\\nzh-Hans\\nzh-Hant\\n'
        """);
    Files.setPosixFilePermissions(decl, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("report.xml"), "");
    Files.createDirectories(dir.resolve("reports"));
    StringWriter ignored = new StringWriter();
    PrintWriter w = new PrintWriter(ignored);
    model =
        CompletionModel.of(
            Main.commandLine(
                new Context(null, System.out, System.err, Terminal.none()),
                w,
                w,
                "generate-completion"));
  }

  @Test
  void bashRegistersTheFunctionForDecl() throws Exception {
    assertEquals(
        List.of("complete -F _decl decl"),
        run("bash", "-c", "source decl.bash && complete -p decl"));
  }

  @Test
  void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
    // each line: the words as bash cuts them (COMP_WORDBREAKS has '='), then what it offers
    String harness =
        """
        source decl.bash
        comp() {
          COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
          _decl
          echo "${COMP_WORDS[*]:1} -> ${COMPREPLY[*]}"
        }
        comp decl ''
        comp decl ch
        comp decl check --fa
        comp decl check --format ''
        comp decl check --format = j
        comp decl check --fail-on w
        comp decl check --rule number-m
        comp decl check --rule number-mismatch = o
        comp decl check --explain number-m
        comp decl check --lang zh
        comp decl search --lang fr,zh-Hans,zh-Han
        comp decl search --lang = f
        comp decl search --index other --lang ''
        comp decl search --index = other --show ''
        comp decl extract --ocr ''
        comp decl check -o rep
        comp decl extract -o re
        comp decl search --limit ''
        comp decl help sp
        comp decl generate-completion ''
        """;
    assertEquals(
        List.of(
            " -> init extract split index search align diff check help generate-completion",
            "ch -> check",
            "check --fa -> --fail-on",
            "check --format  -> text json junit sarif github",
            "check --format = j -> json junit",
            "check --fail-on w -> warning",
            "check --rule number-m -> number-mismatch=off number-mismatch=info"
                + " number-mismatch=warning number-mismatch=error",
            "check --rule number-mismatch = o -> off",
            "check --explain number-m -> number-mismatch",
            "check --lang zh -> zh-Hans zh-Hant",
            "search --lang fr,zh-Hans,zh-Han -> fr,zh-Hans,zh-Hans fr,zh-Hans,zh-Hant",
            "search --lang = f -> fr",
            "search --index other --lang  -> de-1996",
            "search --index = other --show  -> de-1996",
            "extract --ocr  -> auto always never",
            "check -o rep -> report.xml reports",
            "extract -o re -> reports",
            "search --limit  -> ",
            "help sp -> split",
            "generate-completion  -> bash zsh fish"),
        run("bash", "-c", harness));
  }

  @Test
  void fishCompletesCommandsOptionsAndTheirValues() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");
    assertEquals(List.of(), run("fish", "-n", "decl.fish"));
    String script =
        """
        source decl.fish
        for line in 'decl ch' 'decl check --format ' 'decl check --fail-on ' \\
            'decl check --rule number-mismatch=w' 'decl search --lang fr,zh-' \\
            'decl search --lang=e' 'decl check -o rep' 'decl help al' \\
            'decl search --index other --lang ' 'decl search --index=other --show '
          echo "$line ->" (complete -C $line | string replace -r '\\t.*' '')
        end
        """;
    assertEquals(
        List.of(
            "decl ch -> check",
            "decl check --format  -> github json junit sarif text",
            "decl check --fail-on  -> error info warning",
            "decl check --rule number-mismatch=w -> number-mismatch=warning",
            "decl search --lang fr,zh- -> fr,zh-Hans fr,zh-Hant",
            "decl search --lang=e -> --lang=en",
            "decl check -o rep -> report.xml reports/",
            "decl help al -> align",
            "decl search --index other --lang  -> de-1996",
            "decl search --index=other --show  -> de-1996"),
        run("fish", "-c", script));
  }

  @Test
  void zshCompletesCommandsOptionsAndTheirValues(@TempDir Path fpath) throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");
    assertEquals(List.of(), run("zsh", "-n", "decl.zsh"));
    Files.copy(dir.resolve("decl.zsh"), fpath.resolve("_decl"));
    // an interactive zsh in a pseudo-terminal, with the script autoloaded from $fpath by compinit:
    // each line is typed, then Tab, then a key bound to write the line as completed to a file
    String script =
        """
        zmodload zsh/zpty
        zpty z zsh -f -i
        zpty -w z "PS1='' fpath=(FPATH \\$fpath); autoload -Uz compinit; compinit -u -d FPATH/dump"
        zpty -w z 'dump() { print -r -- "$BUFFER" >> zsh.out; BUFFER=; }; zle -N dump; bindkey "^T" dump'
        for line in 'decl ch' 'decl check --format sa' 'decl check --fail-on w' \\
            'decl check --rule number-mismatch=w' 'decl check --explain number-m' \\
            'decl search --lang fr,e' 'decl search --lang=zh-Hans,f' 'decl check -o report.' \\
            'decl help al' 'decl extract --ocr ne' 'decl generate-completion z' 'decl check --no-c' \\
            'decl search --index other --lang d'; do
          zpty -n -w z "$line"$'\\t\\C-t'
        done
        zpty -w z 'print END >> zsh.out'
        for i in {1..300}; do [[ -f zsh.out ]] && grep -q '^END$' zsh.out && break; sleep 0.1; done
        zpty -d z
        """
            .replace("FPATH", fpath.toString());
    Files.writeString(dir.resolve("complete.zsh"), script);
    assertEquals(List.of(), run("zsh", "-f", "complete.zsh"));

    assertEquals(
        List.of(
            "decl check ",
            "decl check --format sarif ",
            "decl check --fail-on warning ",
            "decl check --rule number-mismatch=warning ",
            "decl check --explain number-mismatch ",
            "decl search --lang fr,en,",
            "decl search --lang=zh-Hans,fr,",
            "decl check -o report.xml ",
            "decl help align ",
            "decl extract --ocr never ",
            "decl generate-completion zsh ",
            "decl check --no-cache ",
            "decl search --index other --lang de-1996,",
            "END"),
        Files.readAllLines(dir.resolve("zsh.out")));
    // sourced after compinit instead, the script registers itself (compdef stands in)
    assertEquals(
        List.of("compdef _decl decl"),
        run("zsh", "-fc", "compdef() { print -r -- compdef $*; }; source decl.zsh"));
  }

  @Test
  void everyCommandAndOptionIsInEachScript() throws IOException {
    String bash = Files.readString(dir.resolve("decl.bash"));
    String zsh = Files.readString(dir.resolve("decl.zsh"));
    String fish = Files.readString(dir.resolve("decl.fish"));
    assertTrue(zsh.startsWith("#compdef decl\n"), zsh);
    assertTrue(!zsh.contains("bashcompinit"), zsh);
    List<String> missing = new ArrayList<>();
    for (CompletionModel c : model.subcommands()) {
      String zshFunction = between(zsh, "\n_decl_" + c.name().replace('-', '_') + "() {", "\n}");
      for (CompletionModel.Opt o : c.options()) {
        for (String name : o.names()) {
          if (!between(bash, "\n    '" + c.name() + "') echo '", "'").contains(name)) {
            missing.add("bash " + c.name() + " " + name);
          }
          if (!zshFunction.contains(name)) {
            missing.add("zsh " + c.name() + " " + name);
          }
          String fishName =
              name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1);
          if (fish.lines()
              .noneMatch(
                  l ->
                      l.contains("__fish_seen_subcommand_from " + c.name() + "'")
                          && l.contains(fishName + " "))) {
            missing.add("fish " + c.name() + " " + name);
          }
        }
      }
      if (!fish.contains(" -a '" + c.name() + "' -d ")) {
        missing.add("fish command " + c.name());
      }
      if (!zsh.contains("        '" + c.name() + ":")) {
        missing.add("zsh command " + c.name());
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(model.subcommands().size() >= 9, model.subcommands().toString());
  }

  @Test
  void offersEveryRuleOfTheRegistryForRuleAndExplain() throws IOException {
    String bash = Files.readString(dir.resolve("decl.bash"));
    String explain = between(bash, "'check --explain') echo 'words ", "'");
    assertEquals(
        List.copyOf(Rules.ids()).stream().sorted().toList(),
        List.of(explain.split(" ")).stream().sorted().toList());
    String rule = between(bash, "'check --rule') echo 'words ", "'");
    assertEquals(4 * Rules.all().size(), rule.split(" ").length);
  }

  @Test
  void hiddenHelpersAreNotOffered() throws IOException {
    for (String shell : List.of("bash", "zsh", "fish")) {
      String script = Files.readString(dir.resolve("decl." + shell));
      assertTrue(!script.contains("'generate-man-pages"), shell);
      assertTrue(!script.contains(" complete-languages'"), shell);
    }
  }

  @Test
  void listsTheLanguageTagsOfAnIndexWholeAndNothingWithoutOne(@TempDir Path tmp)
      throws IOException {
    Path text = tmp.resolve("hant.txt");
    Files.writeString(text, "第一條\n\n人人生而自由，在尊嚴和權利上一律平等。\n", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Decl.Run indexed =
        Decl.run("index", "-q", "--index", index.toString(), "--lang", "zh-Hant", text.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());

    Decl.Run tags = Decl.run("complete-languages", "--index", index.toString());
    Decl.Run none = Decl.run("complete-languages", "--index", tmp.resolve("none").toString());

    assertEquals(new Decl.Run(0, "zh-Hant\n", ""), tags);
    assertEquals(new Decl.Run(0, "", ""), none);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    if (from < 0) {
      return "";
    }
    from += start.length();
    int to = text.indexOf(end, from);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private static boolean installed(String shell) {
    try {
      return new ProcessBuilder(shell, "-c", "true").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs a shell in the scripts' folder, with the stand-in decl first on the PATH. */
  private static List<String> run(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().put("HOME", dir.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "took too long");
    return out.lines().toList();
  }
}
