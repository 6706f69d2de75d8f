package org.decl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.decl.DeclException;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Source;

/** The documents named on a command line; {@code -} is standard input, read once. */
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
        source = Source.read("-", context.in(), ExtractOptions.defaults().maxBytes());
      } else {
        source = Source.file(Path.of(name));
      }
      sources.add(lang == null ? source : source.withLang(lang));
    }
    return sources;
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
