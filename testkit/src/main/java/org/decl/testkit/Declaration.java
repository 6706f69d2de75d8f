package org.decl.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The longer sample declaration (declaration/LANG.txt: title, preamble, articles, items, closing;
 * one paragraph per blank-line-separated block) in the languages of declaration/index.tsv that have
 * a translation in this checkout.
 */
public final class Declaration {

  /** One language version: its tag, its ISO 15924 script and its paragraphs. */
  public record Version(String lang, String script, List<String> paragraphs) {

    /** Whether the script is written right to left. */
    public boolean rtl() {
      return List.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo").contains(script);
    }

    @Override
    public String toString() {
      return lang;
    }
  }

  private Declaration() {}

  /** Every translated version, in index.tsv order. */
  public static List<Version> versions() {
    return read("index.tsv")
        .lines()
        .skip(1)
        .map(l -> l.split("\t"))
        .filter(f -> exists(f[0]))
        .map(f -> new Version(f[0], f[1], Texts.split(read(f[0] + ".txt"))))
        .toList();
  }

  private static boolean exists(String lang) {
    return Declaration.class.getResource("declaration/" + lang + ".txt") != null;
  }

  private static String read(String name) {
    try (InputStream in = Declaration.class.getResourceAsStream("declaration/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no declaration/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
