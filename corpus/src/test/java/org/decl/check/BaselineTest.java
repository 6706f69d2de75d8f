package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.decl.DeclException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline that is not one is named in decl's words. */
class BaselineTest {

  @TempDir Path dir;

  @Test
  void namesWhereATruncatedBaselineStopsBeingJson() throws IOException {
    Path file = Files.writeString(dir.resolve("base.json"), "{\"findings\": [\n  {\"rule\": ");

    DeclException e = assertThrows(DeclException.class, () -> Baseline.read(file));

    assertEquals(
        file + ": not a decl check --format json output: it is not valid JSON at line 2, column 12",
        e.getMessage());
  }

  @Test
  void saysWhatIsMissingFromJsonThatIsNotABaseline() throws IOException {
    Path file = Files.writeString(dir.resolve("base.json"), "[1, 2]");

    DeclException e = assertThrows(DeclException.class, () -> Baseline.read(file));

    assertEquals(
        file
            + ": not a decl check --format json output: no \"findings\" list (make one with decl"
            + " check --format json -o "
            + file
            + ")",
        e.getMessage());
  }
}
