package org.decl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decl generate-completion}: the completion script for a shell, from decl's options. */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the completion script of decl for bash, zsh or fish.",
      "",
      "It completes commands, options, their values (formats, rule ids and levels, …) and the"
          + " language tags of the nearest index.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(decl generate-completion bash)            # in ~/.bashrc",
      "  decl generate-completion zsh > ~/.zfunc/_decl      # a folder of $fpath",
      "  decl generate-completion fish > ~/.config/fish/completions/decl.fish",
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells decl writes a completion script for. */
  enum Shell {
    bash,
    zsh,
    fish
  }

  @Parameters(
      paramLabel = "SHELL",
      arity = "0..1",
      defaultValue = "bash",
      description = "bash, zsh or fish. Default: ${DEFAULT-VALUE}.")
  Shell shell;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CompletionModel model = CompletionModel.of(spec.root());
    String script =
        switch (shell) {
          case bash -> BashCompletion.script(model);
          case zsh -> ZshCompletion.script(model);
          case fish -> FishCompletion.script(model);
        };
    spec.commandLine().getOut().print(script);
    return 0;
  }
}
