package org.decl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import org.decl.index.IndexLocation;
import org.decl.search.ClauseSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code decl complete-languages}, hidden: the language tags of the nearest index, one a line, for
 * the completion scripts' {@code --lang} values. Without an index it prints nothing and succeeds,
 * since a shell completing a word has no use for an error message.
 */
@Command(
    name = LanguagesCommand.NAME,
    hidden = true,
    description = "Print the language tags of the nearest index, for shell completion.")
final class LanguagesCommand implements Callable<Integer> {

  static final String NAME = "complete-languages";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index. Default: the nearest .decl/index, here or in a folder above.")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path dir = index != null ? index : IndexLocation.find(Path.of(""));
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (ClauseSearcher searcher = ClauseSearcher.open(dir)) {
      searcher.languages().forEach(spec.commandLine().getOut()::println);
    } catch (DeclException e) {
      // not an index, or not one this decl reads: nothing to offer
    }
    return 0;
  }
}
