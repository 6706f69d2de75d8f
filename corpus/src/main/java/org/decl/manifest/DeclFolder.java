package org.decl.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.decl.DeclException;

/**
 * The {@code .decl} folder beside a corpus.yaml, where decl keeps what it makes (the index, the
 * check cache): made with a {@code .gitignore} of {@code *}, so that git leaves it out of the
 * repository the corpus is in without anyone editing the repository's own ignore file.
 */
public final class DeclFolder {

  /** The folder's name inside a corpus folder. */
  public static final Path NAME = Path.of(".decl");

  /** What the folder's .gitignore holds: everything in it is ignored, itself included. */
  public static final String GITIGNORE = "*\n";

  private DeclFolder() {}

  /**
   * The {@code .decl} folder of a corpus folder, made with its {@code .gitignore} if it is not
   * there. A folder already there is left as it is: a user who took the {@code .gitignore} out
   * meant to.
   *
   * @throws DeclException (configuration) when it is a link or not a folder ({@link
   *     CorpusFiles#requireRealFolders}), or cannot be made
   */
  public static Path create(Path corpusFolder) {
    CorpusFiles.requireRealFolders(corpusFolder, NAME);
    Path dir = corpusFolder.resolve(NAME);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(".gitignore"), GITIGNORE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot make the folder: " + e.getMessage(), e);
    }
    return dir;
  }
}
