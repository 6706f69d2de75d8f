package org.decl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run {@code make build} archives classes from ({@code -XX:ArchiveClassesAtExit}): the common
 * commands on a corpus, in one JVM, so that the class-data archive serves each of them. Not a
 * command people type; output is discarded, and the index goes to a temporary folder.
 */
public final class ClassDataTraining {

  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "examples");
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains(".decl"))
          .filter(p -> p.toString().matches(".*\\.(txt|pdf|docx)$"))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
    Path index = Files.createTempDirectory("decl-training");
    try {
      run(with(List.of("extract", "--format", "json"), files));
      run(with(List.of("split", "--format", "jsonl"), files));
      run(List.of("index", "-q", "--index", index.toString(), corpus.toString()));
      for (String format : List.of("text", "jsonl", "tsv", "kwic")) {
        run(
            List.of(
                "search",
                "--index",
                index.toString(),
                "--format",
                format,
                "--show",
                "all",
                "gouvernement OR government"));
      }
      run(List.of("search", "--index", index.toString(), "--count", "\"open government\"~2"));
      run(List.of("search", "--index", index.toString(), "transparen* OR goverment~1"));
      // check: once reading every version, then from the cache in each format
      run(List.of("check", "--no-cache", corpus.toString()));
      for (String format : List.of("text", "json", "junit", "sarif", "github")) {
        run(List.of("check", "--format", format, corpus.toString()));
      }
    } finally {
      delete(index);
    }
  }

  private static List<String> with(List<String> command, List<String> files) {
    List<String> all = new ArrayList<>(command);
    all.addAll(files);
    return all;
  }

  private static void run(List<String> args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    Main.run(InputStream.nullInputStream(), sink, sink, args.toArray(String[]::new));
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
