package org.decl.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into cleaned lines; a form feed starts a new page, as pdftotext writes them. */
final class PlainTextLines {

  private PlainTextLines() {}

  static List<TextLine> of(String text) {
    List<TextLine> lines = new ArrayList<>();
    int page = 1;
    int blanks = 0;
    int start = 0;
    int number = 1;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r' && c != '\f') {
        continue;
      }
      String line = TextCleaner.cleanLine(text.subSequence(start, i));
      if (line.isEmpty()) {
        blanks++;
      } else {
        lines.add(new TextLine(line, page, blanks, false, ParagraphKind.TEXT, number));
        blanks = 0;
      }
      if (c == '\f') {
        page++;
        blanks = 0;
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c != '\f') {
        number++;
      }
      start = i + 1;
    }
    return lines;
  }
}
