package org.decl.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the decl repository, found from wherever a test runs (a module folder or the root). */
public final class Repo {

  private Repo() {}

  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("examples/corpus.yaml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("not inside the decl repository");
  }

  public static Path file(String relative) {
    return root().resolve(relative);
  }
}
