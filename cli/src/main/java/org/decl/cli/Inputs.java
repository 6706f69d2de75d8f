package org.decl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Source;

/**
 * The documents named on a command line; {@code -} is standard input, read once. A named pipe or
 * device ({@code <(cmd)}, which the shell passes as {@code /dev/fd/N}) is read as a stream, like
 * standard input: its size is known only once it is read.
 */
final class Inputs {

  private Inputs() {}

  static List<Source> sources(List<String> names, Context context, String lang) {
    List<Source> sources = new ArrayList<>();
    boolean stdinUsed = false;
    for (String name : names) {
      Source source;
      if (name.equals("-")) {
        if (stdinUsed) {
          throw DeclException.usage("standard input (-) can be read only once");
        }
        stdinUsed = true;
        source = stream("-", context.in());
      } else if (isStream(Path.of(name))) {
        try (InputStream in = Files.newInputStream(Path.of(name))) {
          source = stream(name, in);
        } catch (IOException e) {
          throw DeclException.badInput(name, "cannot read: " + e.getMessage(), e);
        }
      } else {
        source = Source.file(Path.of(name));
      }
      sources.add(lang == null ? source : source.withLang(lang));
    }
    return sources;
  }

  /** Whether a path is a pipe or a device, read as a stream rather than as a file of some size. */
  private static boolean isStream(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).isOther();
    } catch (IOException e) {
      return false; // missing or unreadable: the extractor says which
    }
  }

  /**
   * A document read from a stream: standard input or a pipe the user named, under the same size
   * limit as a file.
   */
  private static Source stream(String name, InputStream in) {
    return Source.read(name, in, ExtractOptions.defaults().maxBytes());
  }

  /** The file name without folder and extension: {@code fr} for {@code paris-2016/fr.pdf}. */
  static String stem(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String file = Path.of(name).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
