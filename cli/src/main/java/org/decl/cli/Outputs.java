package org.decl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.decl.AtomicFiles;
import org.decl.extract.Source;
import org.decl.manifest.Manifest;

/**
 * Where a document's output goes: standard output, or its own file written atomically, and never
 * over one of the command's inputs.
 */
final class Outputs {

  private Outputs() {}

  /**
   * Writes a command's output.
   *
   * @param file the output file, or null for standard output
   * @param inputs what the command read (documents, manifest, and any other file it was given): the
   *     output is refused if it is one of them
   */
  static void write(
      PrintWriter out, Path file, Collection<Path> inputs, AtomicFiles.Content content) {
    if (file != null) {
      AtomicFiles.refuseInputs(file, inputs);
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

  /** The files a list of documents reads: those named, not standard input or streams. */
  static List<Path> of(List<Source> sources) {
    List<Path> paths = new ArrayList<>();
    for (Source source : sources) {
      if (source.path() != null) {
        paths.add(source.path());
      } else if (!source.name().equals("-")) {
        paths.add(Path.of(source.name()));
      }
    }
    return paths;
  }

  /** The files in a folder (an index), none if there is no such folder. */
  static List<Path> inFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files a corpus reads: its manifest and every version. */
  static List<Path> of(Manifest manifest) {
    List<Path> paths = new ArrayList<>();
    paths.add(manifest.file());
    manifest.works().forEach(w -> w.versions().forEach(v -> paths.add(v.file())));
    return paths;
  }
}
