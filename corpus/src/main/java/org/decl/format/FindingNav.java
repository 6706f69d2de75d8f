package org.decl.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The navigation every decl HTML report gives its findings: an index at the top linking to each
 * finding by its anchor ({@code #f1}, {@code #f2}… in page order, so the same input gives the same
 * anchors), previous and next links on each finding, a filter that shows the rows of some
 * categories only (levels, kinds of change), and keys to move and filter.
 *
 * <p>The index, the counts and the links are plain HTML and work without script. The filter and the
 * keys are one inline script ({@code report-nav.js}): the filter form is written {@code hidden} and
 * the script shows it, so a page read without script shows no control that does nothing.
 *
 * <p>A report marks each element the filter acts on with {@code data-cats}, the keys of its
 * categories ({@link #cats}); an element is shown when one of them is ticked.
 */
final class FindingNav {

  /** The styles of the index, filter and links, to add to a report's own. */
  static final String CSS = resource("report-nav.css");

  private static final String SCRIPT = resource("report-nav.js");

  /** The most categories with a digit key: 1 to 9. */
  private static final int KEYED = 9;

  /**
   * A kind of thing a reader may show or hide.
   *
   * @param key its name in {@code data-cats}: a level label, a rule id, {@code weak}…
   * @param label what the filter calls it
   * @param count how many there are on the page; a category without any is left out of the filter
   */
  record Category(String key, String label, long count) {}

  /** Writes the short form of a finding that the index shows. */
  @FunctionalInterface
  interface Summary {
    void write(XmlOut html) throws IOException;
  }

  /**
   * One finding of the page, in page order.
   *
   * @param category the key of its category
   * @param summary its entry in the index
   */
  record Entry(String category, Summary summary) {}

  private final String noun;
  private final List<Category> counted;
  private final List<Category> filter;
  private final List<Entry> entries;

  /**
   * The navigation of a page.
   *
   * @param noun what the page calls a finding, such as {@code finding} or {@code change}
   * @param counted the categories the index counts, such as the levels of the findings
   * @param rows more categories the filter offers, about rows rather than findings (weak rows, rows
   *     without findings)
   * @param entries the findings, in page order
   */
  FindingNav(String noun, List<Category> counted, List<Category> rows, List<Entry> entries) {
    this.noun = noun;
    this.counted = counted.stream().filter(c -> c.count() > 0).toList();
    List<Category> all = new ArrayList<>(this.counted);
    rows.stream().filter(c -> c.count() > 0).forEach(all::add);
    this.filter = List.copyOf(all);
    this.entries = List.copyOf(entries);
  }

  /** How many findings the page has. */
  int size() {
    return entries.size();
  }

  /** The anchor of the finding at a 0-based place in page order. */
  static String anchor(int i) {
    return "f" + (i + 1);
  }

  /** The value of {@code data-cats} for an element of these categories. */
  static String cats(Collection<String> keys) {
    return String.join(" ", keys);
  }

  /**
   * Writes the index: a heading with the counts, the filter (hidden until the script shows it), and
   * the list of findings, each linking to its anchor.
   */
  void index(XmlOut html) throws IOException {
    html.open("nav").attr("class", "findings").attr("id", "findings");
    String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + "s";
    html.attr("aria-label", title);
    if (entries.isEmpty()) {
      html.start("p").text("No " + noun + "s.").end();
    } else {
      html.open("details").attr("open", "open");
      html.start("summary").text(title + " (" + entries.size() + "): ");
      for (Category c : counted) {
        html.inline("span").attr("class", "count");
        html.inline("span").attr("class", "level " + c.key()).text(c.label()).end();
        html.text(" " + c.count()).end();
      }
      html.end();
      html.open("ol");
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        html.start("li").attr("data-cats", e.category());
        html.inline("a").attr("href", "#" + anchor(i));
        e.summary().write(html);
        html.end();
        html.end();
      }
      html.close();
      html.close();
    }
    // a filter of one kind could only hide everything
    boolean filtered = filter.size() > 1;
    if (filtered) {
      filterForm(html);
    }
    if (!entries.isEmpty()) {
      keys(html, filtered);
    }
    html.close();
  }

  private void filterForm(XmlOut html) throws IOException {
    html.open("form").attr("class", "filter").attr("id", "filter").attr("hidden", "hidden");
    html.start("p").text("Show: ");
    for (int i = 0; i < filter.size(); i++) {
      Category c = filter.get(i);
      String key = i < KEYED ? String.valueOf(i + 1) : null;
      html.inline("label");
      html.empty("input")
          .attr("type", "checkbox")
          .attr("value", c.key())
          .attr("data-key", key == null ? "" : key)
          .attr("checked", "checked");
      html.text(" " + c.label() + " (" + c.count() + ")");
      if (key != null) {
        html.text(" ");
        html.inline("kbd").text(key).end();
      }
      html.end();
    }
    html.end();
    html.close();
  }

  /** The line naming the keys, hidden until the script that reads them shows it. */
  private void keys(XmlOut html, boolean filtered) throws IOException {
    html.start("p").attr("class", "keys").attr("id", "keys").attr("hidden", "hidden");
    html.text("Keys: ");
    kbd(html, "j").text(" or ");
    kbd(html, "n").text(" next " + noun + ", ");
    kbd(html, "k").text(" or ");
    kbd(html, "p").text(" previous");
    if (filtered) {
      html.text(", ");
      kbd(html, "1");
      int keyed = Math.min(filter.size(), KEYED);
      if (keyed > 1) {
        html.text("–");
        kbd(html, String.valueOf(keyed));
      }
      html.text(" show or hide a kind, ");
      kbd(html, "0").text(" show all");
    }
    html.text(".");
    html.end();
  }

  private static XmlOut kbd(XmlOut html, String key) throws IOException {
    return html.inline("kbd").text(key).end();
  }

  /**
   * Marks the element just opened as the finding at {@code i}: its anchor, focusable by the script
   * (not by Tab: the links are), its category for the filter. The caller gives it no class.
   */
  void mark(XmlOut html, int i) throws IOException {
    html.attr("id", anchor(i))
        .attr("class", "finding")
        .attr("tabindex", "-1")
        .attr("data-cats", entries.get(i).category());
  }

  /** The previous and next links of the finding at {@code i}, and one back to the index. */
  void steps(XmlOut html, int i) throws IOException {
    html.inline("span").attr("class", "step");
    if (i > 0) {
      step(html, i - 1, "-1", "↑ previous");
    }
    if (i + 1 < entries.size()) {
      step(html, i + 1, "1", "↓ next");
    }
    html.inline("a").attr("href", "#findings").text("index").end();
    html.end();
  }

  private static void step(XmlOut html, int to, String step, String text) throws IOException {
    html.inline("a").attr("href", "#" + anchor(to)).attr("data-step", step).text(text).end();
    html.text(" ");
  }

  /** The script of the filter and the keys, as the body's last element. */
  static void script(XmlOut html) throws IOException {
    html.element("script", SCRIPT);
  }

  /**
   * A style sheet or script of this package, which must hold no markup character: the report is
   * written as XML, which would escape them, and HTML reads neither style nor script unescaped.
   */
  static String resource(String name) {
    try (InputStream in = FindingNav.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.contains("<") || text.contains("&") || text.contains(">")) {
        throw new IllegalStateException(name + " must hold no markup characters");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
