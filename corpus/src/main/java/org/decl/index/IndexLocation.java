package org.decl.index;

import java.nio.file.Path;
import org.decl.DeclException;
import org.decl.manifest.CorpusFiles;
import org.decl.manifest.CorpusLocation;
import org.decl.manifest.DeclFolder;

/**
 * Where an index lives when the user does not say: {@code .decl/index} beside the corpus.yaml, and
 * for a search, the nearest such folder from the current one upwards, as git finds its repository.
 */
public final class IndexLocation {

  /** The index folder inside a corpus folder. */
  public static final Path DEFAULT = Path.of(".decl", "index");

  private IndexLocation() {}

  /** The index of the corpus in this folder. */
  public static Path of(Path corpusFolder) {
    return corpusFolder.resolve(DEFAULT);
  }

  /**
   * The index of the corpus in this folder, to write: {@code .decl} and {@code .decl/index} must be
   * real folders there (or not there yet), so that a link cannot send the index, and the replacing
   * of what was there, out of the corpus. An index elsewhere is named with {@code --index}. A
   * {@code .decl} not there yet is made, with its {@code .gitignore} ({@link DeclFolder}).
   *
   * @throws DeclException (configuration) when one of them is a link or not a folder
   */
  public static Path forWriting(Path corpusFolder) {
    CorpusFiles.requireRealFolders(corpusFolder, DEFAULT);
    DeclFolder.create(corpusFolder);
    return of(corpusFolder);
  }

  /**
   * The index nearest to a folder: its own {@code .decl/index} or that of the closest folder above
   * that has one; its own if none has.
   */
  public static Path find(Path from) {
    return CorpusLocation.nearest(from, DEFAULT)
        .map(dir -> from.toAbsolutePath().normalize().equals(dir) ? of(from) : dir.resolve(DEFAULT))
        .orElse(of(from));
  }
}
