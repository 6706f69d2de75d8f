package org.decl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.decl.DeclException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decl generate-man-pages DIR}, hidden: writes decl(1) and a page per command into a folder,
 * as {@code make install} puts them under share/man/man1.
 */
@Command(
    name = ManPagesCommand.NAME,
    hidden = true,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Write the manual pages of decl and its commands (decl.1, decl-check.1, …).")
final class ManPagesCommand implements Callable<Integer> {

  static final String NAME = "generate-man-pages";

  @Parameters(paramLabel = "DIR", description = "The folder to write them in, made if missing.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Files.createDirectories(dir);
      for (CommandSpec page : ManPage.pages(spec.root())) {
        Files.writeString(
            dir.resolve(ManPage.fileName(page)),
            ManPage.of(page, VersionProvider.version()),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw DeclException.badInput(
          dir.toString(), "cannot write the manual pages (" + e.getMessage() + ")", e);
    }
    return 0;
  }
}
