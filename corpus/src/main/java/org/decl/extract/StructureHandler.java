package org.decl.extract;

import java.util.ArrayList;
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

  private final boolean lineBased;
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
    this.lineBased = lineBased;
    this.maxChars = maxChars;
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
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (SKIPPED.contains(name)) {
      skipDepth--;
    } else if (BLOCKS.contains(name)) {
      flush();
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
