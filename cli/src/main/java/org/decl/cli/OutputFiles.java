package org.decl.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.decl.AtomicFiles;
import org.decl.DeclException;
import org.decl.extract.Source;
import picocli.CommandLine.Option;

/** {@code -o DIR}: one output file per document, named after it. */
final class OutputFiles {

  @Option(
      names = {"-o", "--output-dir"},
      paramLabel = "DIR",
      description =
          "Write each document to a file of its own in DIR, named after it (fr.txt, fr.json, …).")
  Path dir;

  boolean toFiles() {
    return dir != null;
  }

  /**
   * The file each source goes to, refusing two sources that would share one, and any that would be
   * written over one of the sources ({@code decl extract -o . fr.txt}), before anything is written.
   */
  Map<Source, Path> targets(List<Source> sources, String extension) {
    Map<Source, Path> targets = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Source source : sources) {
      String name = Inputs.stem(source.name()) + "." + extension;
      if (!names.add(name)) {
        throw DeclException.usage(
            "two documents would both be written to "
                + dir.resolve(name)
                + "; give them separately");
      }
      targets.put(source, dir.resolve(name));
    }
    List<Path> inputs = Outputs.of(sources);
    targets.values().forEach(target -> AtomicFiles.refuseInputs(target, inputs));
    return targets;
  }
}
