package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.decl.DeclException;
import org.decl.index.IndexLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the corpus from a folder inside it, and the .decl folder decl makes beside it. */
class CorpusLocationTest {

  @TempDir Path dir;

  @Test
  void findsTheNearestManifestFromASubfolderAsARelativeWayUp() throws IOException {
    Files.writeString(dir.resolve("corpus.yaml"), "works: []\n");
    Path deep = Files.createDirectories(dir.resolve("paris-2016/drafts"));

    assertEquals(Optional.of(deep.resolve("../..").normalize()), CorpusLocation.find(deep));
    assertEquals(Optional.of(dir), CorpusLocation.find(dir));
  }

  @Test
  void theNearestManifestWinsOverOneFurtherUp() throws IOException {
    Files.writeString(dir.resolve("corpus.yaml"), "works: []\n");
    Path inner = Files.createDirectories(dir.resolve("inner/texts"));
    Files.writeString(dir.resolve("inner/corpus.yaml"), "works: []\n");

    assertEquals(Optional.of(dir.resolve("inner")), CorpusLocation.find(inner));
  }

  @Test
  void saysWhereItLookedAndWhatToDoWhenThereIsNone() throws IOException {
    Path lost = Files.createDirectories(dir.resolve("lost"));

    DeclException e = assertThrows(DeclException.class, () -> CorpusLocation.require(lost));

    assertEquals(2, e.kind().exitCode());
    assertEquals(
        lost
            + ": no corpus.yaml here or in any folder above; name a corpus folder, or write a"
            + " corpus.yaml for the documents here with decl init",
        e.getMessage());
  }

  @Test
  void theIndexFolderIsMadeWithAGitignoreThatIgnoresEverything() throws IOException {
    IndexLocation.forWriting(dir);

    assertEquals("*\n", Files.readString(dir.resolve(".decl/.gitignore")));
  }

  @Test
  void aDeclFolderAlreadyThereIsLeftAsItIs() throws IOException {
    Files.createDirectories(dir.resolve(".decl"));

    DeclFolder.create(dir);

    assertFalse(Files.exists(dir.resolve(".decl/.gitignore")));
  }

  @Test
  void aDeclFolderThatIsALinkIsRefused() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createSymbolicLink(corpus.resolve(".decl"), elsewhere);

    DeclException e = assertThrows(DeclException.class, () -> DeclFolder.create(corpus));

    assertTrue(e.getMessage().contains("is a link"), e.getMessage());
    assertFalse(Files.exists(elsewhere.resolve(".gitignore")));
  }
}
