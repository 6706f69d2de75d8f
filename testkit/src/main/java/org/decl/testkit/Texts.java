package org.decl.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Our sample declarations: the same short declaration in many scripts (texts/LANG.txt, one
 * paragraph per blank-line-separated block), and paragraph files in the same form elsewhere.
 */
public final class Texts {

  private Texts() {}

  /** The languages of the bundled sample texts, in texts/index.tsv order. */
  public static List<String> languages() {
    return read("index.tsv").lines().skip(1).map(l -> l.split("\t")[0]).toList();
  }

  /** The paragraphs of the sample declaration in one language. */
  public static List<String> paragraphs(String lang) {
    return split(read(lang + ".txt"));
  }

  /** The paragraphs of a file written one paragraph per block of lines, blocks blank-separated. */
  public static List<String> paragraphs(Path file) {
    try {
      return split(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> split(String text) {
    return Arrays.stream(text.strip().split("\\n\\s*\\n"))
        .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
        .toList();
  }

  private static String read(String name) {
    try (InputStream in = Texts.class.getResourceAsStream("texts/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample text texts/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
