package org.decl.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.decl.LanguageTags;
import org.decl.search.Hit;
import org.decl.text.Scripts;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * What every writer of {@code decl search} hits shares: the languages shown beside each hit, in the
 * order asked, and how the output looks.
 *
 * @param shown the tags whose counterparts are shown, in the order the {@code --show} filters gave
 *     them; empty if none was asked
 * @param color whether to colour the output
 * @param columns the terminal's width to wrap to, or 0 not to wrap
 * @param header whether a table begins with a line naming its columns
 */
record SearchLayout(List<String> shown, boolean color, int columns, boolean header) {

  SearchLayout {
    shown = List.copyOf(shown);
  }

  /**
   * The tags held that the filters match, in the filters' order ({@code --show es,en}: es first),
   * each once; a filter that matches several tags ({@code zh}) gives them in the order held. With
   * no filter or {@code all}, every tag held in its order.
   */
  static List<String> inAskedOrder(List<String> filters, List<String> held) {
    if (filters.isEmpty() || filters.stream().anyMatch(f -> f.equalsIgnoreCase("all"))) {
      return held;
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String filter : filters) {
      String tag = LanguageTags.canonical(filter); // checked by the searcher already
      held.stream().filter(t -> LanguageTags.matches(tag, t)).forEach(ordered::add);
    }
    return List.copyOf(ordered);
  }

  /** The languages shown under this hit, in the order asked: its own language is not. */
  List<String> shownFor(Hit hit) {
    return shown.stream().filter(hit.translations()::containsKey).toList();
  }

  /** The hit's text with its matches marked: in colour, or between brackets. */
  String marked(Hit hit) {
    if (hit.highlight() == null || hit.highlight().isEmpty()) {
      return hit.text(); // nothing to mark
    }
    return color
        ? hit.highlight(Style.on(Style.bold, Style.fg_red), Style.reset.on())
        : hit.highlight("[", "]");
  }

  /** The text in these styles if the output is coloured. */
  String paint(String text, IStyle... styles) {
    return color ? Style.on(styles) + text + Style.reset.on() : text;
  }

  /** The text padded with spaces to this many terminal columns (an ideograph takes two). */
  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - Scripts.width(text)));
  }

  /** The widest of these texts, in terminal columns. */
  static int widest(List<String> texts) {
    return texts.stream().mapToInt(Scripts::width).max().orElse(0);
  }
}
