package org.decl.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multilingual declaration of the test kit (declaration/LANG.txt, one paragraph per blank-line
 * block, and declaration/structure.tsv, the id, kind, role and list level of each paragraph) as
 * units, ready to be rendered as plain text, HTML with real {@code <ol>} lists, or Word with
 * automatic numbering ({@link ListDocuments}). The short sample texts (texts/LANG.txt), which have
 * no structure file, are read the same way, their list levels told from their printed labels.
 */
public final class Declarations {

  /**
   * One paragraph of a declaration.
   *
   * @param id the structural id ({@code art4.2.b}), or {@code ""} when not known
   * @param heading whether it is a heading
   * @param level 0 for a paragraph outside lists; 1 numbered paragraph, 2 item, 3 sub-item
   * @param text the paragraph as printed, label included
   * @param label the printed label of a list paragraph, else null
   */
  public record Unit(String id, boolean heading, int level, String text, Label label) {

    /** The text without its label, as a list item holds it. */
    public String body() {
      return label == null ? text : label.rest();
    }
  }

  private Declarations() {}

  /** The languages whose declaration is in the test kit (declaration/index.tsv, file present). */
  public static List<String> languages() {
    return resource("declaration/index.tsv")
        .orElseThrow()
        .lines()
        .skip(1)
        .map(l -> l.split("\t")[0])
        .filter(lang -> resource("declaration/" + lang + ".txt").isPresent())
        .toList();
  }

  /**
   * The declaration in one language, each paragraph with its row of structure.tsv.
   *
   * @throws IllegalStateException when the text does not have one paragraph per row, or a list
   *     paragraph has no label the test kit can read
   */
  public static List<Unit> declaration(String lang) {
    List<String> paragraphs = Texts.split(resource("declaration/" + lang + ".txt").orElseThrow());
    List<String[]> rows =
        resource("declaration/structure.tsv")
            .orElseThrow()
            .lines()
            .skip(1)
            .map(l -> l.split("\t"))
            .toList();
    if (paragraphs.size() != rows.size()) {
      throw new IllegalStateException(
          lang + ": " + paragraphs.size() + " paragraphs for " + rows.size() + " structure rows");
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int level = Integer.parseInt(row[3]);
      String text = paragraphs.get(i);
      Label label = level == 0 ? null : Label.of(text).orElse(null);
      if (level > 0 && label == null) {
        throw new IllegalStateException(
            lang + ": paragraph " + (i + 1) + " (" + row[0] + ") has no readable label: " + text);
      }
      units.add(new Unit(row[0], row[1].equals("heading"), level, text, label));
    }
    return units;
  }

  /**
   * The short sample declaration of {@link Texts} in one language. The first paragraph is its
   * heading; labelled paragraphs form lists, the first label shape met in a list being level 1, the
   * next level 2, and so on.
   */
  public static List<Unit> sample(String lang) {
    return fromParagraphs(Texts.paragraphs(lang));
  }

  /** Units from paragraphs of a file in the same form (levels from labels, as {@link #sample}). */
  public static List<Unit> sample(Path file) {
    try {
      return fromParagraphs(Texts.split(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Unit> fromParagraphs(List<String> paragraphs) {
    List<Unit> units = new ArrayList<>();
    Map<String, Integer> levels = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i);
      Label label = i == 0 ? null : Label.of(text).orElse(null);
      if (label == null) {
        levels.clear();
        units.add(new Unit("", i == 0, 0, text, null));
      } else {
        int level = levels.computeIfAbsent(label.shape(), s -> levels.size() + 1);
        units.add(new Unit("", false, level, text, label));
      }
    }
    return units;
  }

  /** The plain text: the paragraphs as printed, blank lines between them. */
  public static String text(List<Unit> units) {
    StringBuilder s = new StringBuilder();
    for (Unit u : units) {
      s.append(u.text()).append("\n\n");
    }
    return s.toString();
  }

  /** The paragraphs as printed, which every rendering must give back. */
  public static List<String> paragraphs(List<Unit> units) {
    return units.stream().map(Unit::text).toList();
  }

  private static Optional<String> resource(String name) {
    try (InputStream in = Declarations.class.getResourceAsStream(name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
