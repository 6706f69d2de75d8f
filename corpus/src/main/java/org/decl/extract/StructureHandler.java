package org.decl.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into lines. Pages come from Tika's {@code <div class="page">}; blocks
 * from paragraph, heading and list elements. For PDFs (line-based sources) a block's lines stay
 * lines, and a block boundary counts as a blank line; for Word, OpenDocument, RTF, HTML and EPUB
 * every block is one paragraph already.
 *
 * <p>HTML list items get the label a browser shows ({@code 1.}, {@code (b)}, {@code ג.}, {@code
 * 三、}), counted per {@code <ol>} from its attributes and counter style (see {@link HtmlLists}).
 */
final class StructureHandler extends DefaultHandler {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "div",
          "td",
          "th",
          "tr",
          "blockquote",
          "pre",
          "dt",
          "dd",
          "table",
          "ul",
          "ol",
          "section",
          "article",
          "header",
          "footer",
          "caption",
          "address",
          "center",
          "aside",
          "figcaption",
          "body");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript");

  /** The counter of an open list; a null style for lists without numbers ({@code <ul>}). */
  private static final class Counter {
    final CounterStyles.Css style;
    final int step;
    int next;

    Counter(CounterStyles.Css style, int start, int step) {
      this.style = style;
      this.next = start;
      this.step = step;
    }
  }

  private final boolean lineBased;
  private final HtmlLists lists;
  private final Deque<Counter> open = new ArrayDeque<>();

  /** A list item's label, written before its first text (which may be in a nested block). */
  private String pendingLabel;

  private final long maxChars;
  private final List<TextLine> lines = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private ParagraphKind hint = ParagraphKind.TEXT;
  private int page = 1;
  private boolean pagesSeen;
  private int skipDepth;
  private long chars;
  private boolean truncated;

  StructureHandler(boolean lineBased, long maxChars) {
    this(lineBased, maxChars, null);
  }

  /**
   * @param lists the counter styles of an HTML document, whose list items are labelled here; null
   *     for formats whose parser writes labels itself, or none
   */
  StructureHandler(boolean lineBased, long maxChars, HtmlLists lists) {
    this.lineBased = lineBased;
    this.maxChars = maxChars;
    this.lists = lists;
  }

  /** Thrown to stop parsing once the text exceeds the limit. */
  static final class LimitReached extends SAXException {
    LimitReached() {
      super("text limit reached");
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (SKIPPED.contains(name)) {
      skipDepth++;
      return;
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      flush();
      if (pagesSeen) {
        page++;
      }
      pagesSeen = true;
      return;
    }
    if (name.equals("br")) {
      block.append('\n');
      return;
    }
    if (BLOCKS.contains(name)) {
      flush();
      hint = hintOf(name);
    }
    if (lists != null) {
      list(name, atts);
    }
  }

  private void list(String name, Attributes atts) {
    switch (name) {
      case "ol" -> {
        boolean reversed = atts.getValue("reversed") != null;
        Integer start = integer(atts.getValue("start"));
        open.push(
            new Counter(
                lists.style(atts.getValue("style"), atts.getValue("type")),
                start == null ? 1 : start,
                reversed && start != null ? -1 : 1));
      }
      case "ul", "menu" -> open.push(new Counter(null, 1, 1));
      case "li" -> {
        Counter counter = open.peek();
        if (counter == null || counter.style == null) {
          return;
        }
        Integer value = integer(atts.getValue("value"));
        if (value != null) {
          counter.next = value;
        }
        pendingLabel = counter.style.label(counter.next);
        counter.next += counter.step;
      }
      default -> {
        // not a list element
      }
    }
  }

  private static Integer integer(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (SKIPPED.contains(name)) {
      skipDepth--;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
    if (name.equals("li")) {
      pendingLabel = null;
    }
    if (lists != null && (name.equals("ol") || name.equals("ul") || name.equals("menu"))) {
      open.poll();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    chars += length;
    if (chars > maxChars) {
      truncated = true;
      throw new LimitReached();
    }
    if (pendingLabel != null && !new String(ch, start, length).isBlank()) {
      block.append(pendingLabel);
      pendingLabel = null;
    }
    block.append(ch, start, length);
  }

  /** Tika writes line ends inside a PDF paragraph as ignorable whitespace; they are lines here. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
  }

  List<TextLine> lines() {
    flush();
    return lines;
  }

  int pages() {
    return page;
  }

  boolean truncated() {
    return truncated;
  }

  private void flush() {
    if (block.toString().isBlank()) {
      block.setLength(0);
      return;
    }
    if (lineBased) {
      int blanks = 1;
      for (String raw : block.toString().split("\n", -1)) {
        String line = TextCleaner.cleanLine(raw);
        if (line.isEmpty()) {
          blanks++;
          continue;
        }
        lines.add(new TextLine(line, page, blanks, false, hint, 0));
        blanks = 0;
      }
    } else {
      String text = TextCleaner.cleanParagraph(block);
      if (!text.isEmpty()) {
        lines.add(new TextLine(text, page, 1, true, hint, 0));
      }
    }
    block.setLength(0);
    hint = ParagraphKind.TEXT;
  }

  private static ParagraphKind hintOf(String element) {
    if (element.length() == 2 && element.charAt(0) == 'h' && Character.isDigit(element.charAt(1))) {
      return ParagraphKind.HEADING;
    }
    return element.equals("li") ? ParagraphKind.LIST_ITEM : ParagraphKind.TEXT;
  }
}
