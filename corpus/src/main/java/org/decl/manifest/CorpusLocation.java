package org.decl.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.decl.DeclException;

/**
 * Where the corpus is when the user names none: the nearest folder holding a corpus.yaml, from the
 * current one upwards, as git finds its repository. Every command that takes a corpus (index,
 * check, align --work) and search's index finding walk up the same way, through {@link #nearest}.
 */
public final class CorpusLocation {

  private CorpusLocation() {}

  /**
   * The nearest folder, {@code from} or one above it, that holds {@code entry} as a file or folder.
   *
   * @return that folder, absolute; empty when no folder up to the root holds it
   */
  public static Optional<Path> nearest(Path from, Path entry) {
    for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(entry))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * The corpus folder nearest to {@code from}, named the way the user would name it: {@code from}
   * itself when it holds the manifest, else the relative way up ({@code ..}, {@code ../..}), so
   * that messages name the versions' files as seen from where decl was run.
   *
   * @return the folder; empty when neither {@code from} nor a folder above it holds a corpus.yaml
   */
  public static Optional<Path> find(Path from) {
    return nearest(from, Path.of(ManifestReader.FILE_NAME))
        .map(
            dir -> {
              Path here = from.toAbsolutePath().normalize();
              return dir.equals(here) ? from : from.resolve(here.relativize(dir)).normalize();
            })
        .map(dir -> dir.toString().isEmpty() ? Path.of(".") : dir);
  }

  /**
   * The corpus folder nearest to {@code from}, for a command that needs one.
   *
   * @throws DeclException (configuration) naming where it looked and what to do, when there is none
   */
  public static Path require(Path from) {
    return find(from)
        .orElseThrow(
            () ->
                DeclException.config(
                    from.toAbsolutePath().normalize().toString(),
                    "no "
                        + ManifestReader.FILE_NAME
                        + " here or in any folder above; name a corpus folder, or write a "
                        + ManifestReader.FILE_NAME
                        + " for the documents here with decl init"));
  }
}
