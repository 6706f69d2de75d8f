package org.decl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.text.Markers;

/**
 * Finds what is printed on every page rather than in the text: running headers and footers, page
 * numbers. A line is furniture when it sits in the top or bottom lines of a page and the same line,
 * digits aside, sits there on enough other pages, with numbers that either stay the same on every
 * page (a resolution's symbol, a date) or follow the page (a page number inside a header); a page
 * number when its number follows the page count.
 *
 * <p>The numbers are what tells a header from a heading: article headings at the tops of pages also
 * repeat, digits aside ({@code Article 3} … {@code Article 12}, {@code دفعہ ۳}, {@code 제3조}), but
 * their numbers count the articles, not the pages. That holds in any language, whatever the word.
 */
final class PageFurniture {

  /** Lines at each end of a page that may hold furniture. */
  private static final int ZONE = 2;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?<word>page|p\\.|pág\\.?|página|pagina|seite|s\\.|страница|стр\\.|сторінка|σελίδα|σελ\\."
              + "|صفحة|עמוד|หน้า|पृष्ठ|էջ|ገጽ)?\\s*"
              + "(?<dash>[-–—(\\[])?\\s*(?<n>\\p{Nd}{1,4})\\s*[-–—)\\]]?"
              + "(?:\\s*(?:/|of|de|sur|von|из|з|από|من|מתוך|จาก)\\s*\\p{Nd}{1,4})?$"
              + "|^第\\s*(?<cjk>\\p{Nd}{1,4})\\s*[页頁]$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  private PageFurniture() {}

  /** The lines without furniture. Lines keep their page; blank counts merge over removed lines. */
  static List<TextLine> remove(List<TextLine> lines) {
    Set<Integer> furniture = find(lines);
    if (furniture.isEmpty()) {
      return lines;
    }
    List<TextLine> kept = new ArrayList<>(lines.size());
    int carriedBlanks = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (furniture.contains(i)) {
        carriedBlanks = Math.max(carriedBlanks, line.blanksBefore());
        continue;
      }
      if (carriedBlanks > 0) {
        line =
            new TextLine(
                line.text(),
                line.page(),
                Math.max(carriedBlanks, line.blanksBefore()),
                line.blockStart(),
                line.hint(),
                line.line());
        carriedBlanks = 0;
      }
      kept.add(line);
    }
    return kept;
  }

  private static Set<Integer> find(List<TextLine> lines) {
    Map<Integer, List<Integer>> byPage = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
    }
    Set<Integer> found = new HashSet<>();
    if (byPage.size() < 2) {
      findPageNumbersInRunningText(lines, found);
      return found;
    }
    Map<String, Map<Integer, String>> topKeys = new HashMap<>();
    Map<String, Map<Integer, String>> bottomKeys = new HashMap<>();
    Map<Integer, Integer> pageNumberOffsets = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
      List<Integer> idx = page.getValue();
      for (int z = 0; z < Math.min(ZONE, idx.size()); z++) {
        note(topKeys, lines.get(idx.get(z)), page.getKey());
        note(bottomKeys, lines.get(idx.get(idx.size() - 1 - z)), page.getKey());
      }
      for (int i : zone(idx)) {
        Integer n = pageNumber(lines.get(i).text());
        if (n != null) {
          pageNumberOffsets.merge(n - page.getKey(), 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(2, (int) Math.ceil(0.4 * byPage.size()));
    for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
      List<Integer> idx = page.getValue();
      for (int z = 0; z < Math.min(ZONE, idx.size()); z++) {
        markRepeated(found, topKeys, lines, idx.get(z), needed);
        markRepeated(found, bottomKeys, lines, idx.get(idx.size() - 1 - z), needed);
      }
      for (int i : zone(idx)) {
        String text = lines.get(i).text();
        Integer n = pageNumber(text);
        if (n != null
            && (pageNumberOffsets.getOrDefault(n - page.getKey(), 0) >= 2
                || isMarkedPageNumber(text))) {
          found.add(i);
        }
      }
    }
    return found;
  }

  private static List<Integer> zone(List<Integer> idx) {
    List<Integer> zone = new ArrayList<>();
    for (int z = 0; z < Math.min(ZONE, idx.size()); z++) {
      zone.add(idx.get(z));
      zone.add(idx.get(idx.size() - 1 - z));
    }
    return zone;
  }

  /** Notes a line under its key: on which page, and with which text (for its numbers). */
  private static void note(Map<String, Map<Integer, String>> keys, TextLine line, int page) {
    keys.computeIfAbsent(key(line.text()), k -> new HashMap<>()).putIfAbsent(page, line.text());
  }

  private static void markRepeated(
      Set<Integer> found,
      Map<String, Map<Integer, String>> keys,
      List<TextLine> lines,
      int i,
      int needed) {
    String text = lines.get(i).text();
    if (Markers.isSeparator(text)
        || text.isBlank()
        || Markers.startsWithArticle(text)
        || Markers.startsWithListMarker(text)
        || Markers.isSectionHeading(text)) {
      return;
    }
    Map<Integer, String> pages = keys.getOrDefault(key(text), Map.of());
    if (pages.size() >= needed && numbersFollowThePages(pages, needed)) {
      found.add(i);
    }
  }

  /**
   * Whether the numbers of a repeated line, page by page, are those of furniture: each number the
   * same on every page, or going up with the page (the same distance from the page number on at
   * least {@code needed} pages and on most of them). Lines with a different count of numbers are
   * not the same line.
   */
  static boolean numbersFollowThePages(Map<Integer, String> textByPage, int needed) {
    Map<Integer, List<Long>> numbers = new HashMap<>();
    int count = -1;
    for (Map.Entry<Integer, String> e : textByPage.entrySet()) {
      List<Long> values = numbers(e.getValue());
      if (count >= 0 && values.size() != count) {
        return false;
      }
      count = values.size();
      numbers.put(e.getKey(), values);
    }
    for (int j = 0; j < count; j++) {
      Set<Long> values = new HashSet<>();
      Map<Long, Integer> offsets = new HashMap<>();
      for (Map.Entry<Integer, List<Long>> e : numbers.entrySet()) {
        long value = e.getValue().get(j);
        values.add(value);
        offsets.merge(value - e.getKey(), 1, Integer::sum);
      }
      boolean same = values.size() == 1;
      int pages = numbers.size();
      boolean withThePage = offsets.values().stream().anyMatch(n -> n >= needed && 2 * n > pages);
      if (!same && !withThePage) {
        return false;
      }
    }
    return true;
  }

  /** The numbers written in decimal digits of any script, in order. */
  private static List<Long> numbers(String text) {
    List<Long> values = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      values.add(value(m.group()));
    }
    return values;
  }

  /** The value of decimal digits of any script (Adlam's and others' are outside the BMP). */
  private static long value(String digits) {
    long value = 0;
    for (int i = 0; i < digits.length() && value < 1_000_000_000L; ) {
      int cp = digits.codePointAt(i);
      value = value * 10 + Character.digit(cp, 10);
      i += Character.charCount(cp);
    }
    return value;
  }

  /** In text without page breaks, only explicit page numbers ("- 3 -", "Page 3") that count up. */
  private static void findPageNumbersInRunningText(List<TextLine> lines, Set<Integer> found) {
    List<Integer> candidates = new ArrayList<>();
    int last = Integer.MIN_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      Integer n = pageNumber(text);
      if (n != null && isMarkedPageNumber(text) && n > last) {
        candidates.add(i);
        last = n;
      }
    }
    if (candidates.size() >= 2) {
      found.addAll(candidates);
    }
  }

  /** The number of a line that looks like a page number, or null. */
  static Integer pageNumber(String text) {
    Matcher m = PAGE_NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    return (int) value(m.group("n") != null ? m.group("n") : m.group("cjk"));
  }

  private static boolean isMarkedPageNumber(String text) {
    Matcher m = PAGE_NUMBER.matcher(text.strip());
    return m.matches()
        && (m.group("word") != null
            || m.group("dash") != null
            || m.group("cjk") != null
            || text.contains("/"));
  }

  private static String key(String text) {
    return DIGITS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
  }
}
