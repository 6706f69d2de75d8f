package org.decl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.decl.AtomicFiles;

/** Where a document's output goes: standard output, or its own file written atomically. */
final class Outputs {

  private Outputs() {}

  static void write(PrintWriter out, Path file, AtomicFiles.Content content) {
    if (file != null) {
      AtomicFiles.write(file, content);
      return;
    }
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
