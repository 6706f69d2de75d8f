package org.decl.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parser's failure in a person's words: what the libraries under decl (PDFBox, POI, Xerces,
 * Jackson) say, without their class names, feature URLs and method names, which mean nothing to
 * whoever has to fix the document. The full exception stays available under {@code --verbose}.
 */
final class FailureWords {

  /** A Java class name: {@code org.apache.poi.ooxml.POIXMLException}, {@code IOException}. */
  private static final Pattern CLASS_NAME =
      Pattern.compile(
          "\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b(?:\\(\\))?:?\\s*");

  /** A method reference such as {@code StreamReadConstraints.getMaxNestingDepth()}. */
  private static final Pattern METHOD = Pattern.compile("`?\\b[A-Z]\\w*\\.\\w+\\(\\)`?");

  private FailureWords() {}

  /**
   * The reason to show, or an empty string when nothing is left once the internals are taken out.
   */
  static String of(Throwable root) {
    if (root instanceof StackOverflowError) {
      return "nested too deeply to read";
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("doctype is disallowed")) {
      return "XML with a DOCTYPE (refused: entity attacks)";
    }
    if (lower.contains("nesting depth") || lower.contains("maxnestingdepth")) {
      return "nested deeper than the parser allows";
    }
    String first = message.lines().findFirst().orElse("").strip();
    first = METHOD.matcher(first).replaceAll("a limit");
    first = CLASS_NAME.matcher(first).replaceAll("").strip();
    first = first.replaceAll("\"?https?://\\S+\"?", "").replaceAll("\\s{2,}", " ").strip();
    return first;
  }
}
