package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML writer over StAX, shared by the TMX, XLIFF and HTML writers: StAX escapes markup,
 * this class adds the line breaks people want to read and drops the characters XML 1.0 forbids.
 *
 * <p>Elements either hold other elements ({@link #open}) or text ({@link #element}); text is never
 * indented, so whitespace inside a segment stays as the document has it.
 */
final class XmlOut {

  /**
   * The JDK's own StAX writer, whatever else is on the classpath: another one, such as Woodstox,
   * may write an element without content as {@code <td/>}, which HTML reads as an open tag.
   */
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter xml;
  private final Map<String, String> prefixes = new HashMap<>();
  private int depth;
  private boolean inStartTag;

  private XmlOut(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** A writer over {@code out}, which must encode UTF-8: the declaration says so. */
  static XmlOut of(Writer out) throws IOException {
    try {
      return new XmlOut(FACTORY.createXMLStreamWriter(out));
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The XML declaration, then a document type declaration if {@code doctype} is not null. */
  XmlOut declaration(String doctype) throws IOException {
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      if (doctype != null) {
        xml.writeCharacters("\n");
        xml.writeDTD(doctype);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** A document type declaration alone, without XML declaration: for HTML. */
  XmlOut doctype(String doctype) throws IOException {
    try {
      xml.writeDTD(doctype);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An empty element ({@code <meta/>}, an HTML void element), on a new line; attributes follow. */
  XmlOut empty(String name) throws IOException {
    try {
      newline();
      xml.writeEmptyElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Opens an element that holds elements, on a new line. */
  XmlOut open(String name) throws IOException {
    try {
      newline();
      startElement(name);
      depth++;
      inStartTag = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares the default namespace of the element just opened. */
  XmlOut namespace(String uri) throws IOException {
    try {
      xml.writeDefaultNamespace(uri);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /**
   * Declares a namespace prefix on the element just opened; elements named {@code prefix:name} are
   * then written in that namespace.
   */
  XmlOut namespace(String prefix, String uri) throws IOException {
    try {
      xml.writeNamespace(prefix, uri);
      prefixes.put(prefix, uri);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An attribute of the element just opened; nothing if the value is null. */
  XmlOut attr(String name, String value) throws IOException {
    if (value == null) {
      return this;
    }
    try {
      if (name.startsWith("xml:")) {
        xml.writeAttribute(
            "xml", "http://www.w3.org/XML/1998/namespace", name.substring(4), clean(value));
      } else {
        xml.writeAttribute(name, clean(value));
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Closes the element opened last; its end tag on its own line if it held elements. */
  XmlOut close() throws IOException {
    try {
      depth--;
      if (!inStartTag) {
        newline();
      }
      xml.writeEndElement();
      inStartTag = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /**
   * Opens an element, on a new line, whose content is text (written with {@link #text}) and inline
   * elements ({@link #inline}); close it with {@link #end}. Attributes follow with {@link #attr}.
   */
  XmlOut start(String name) throws IOException {
    try {
      newline();
      startElement(name);
      inStartTag = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Opens an inline element inside text: no line break before it. */
  XmlOut inline(String name) throws IOException {
    try {
      xml.writeStartElement(name);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Text, escaped, characters XML cannot hold replaced by U+FFFD. */
  XmlOut text(String text) throws IOException {
    try {
      xml.writeCharacters(clean(text));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the element opened last with {@link #start} or {@link #inline}, on the same line. */
  XmlOut end() throws IOException {
    try {
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An element with text only, on its own line; nothing if the text is null. */
  XmlOut element(String name, String text) throws IOException {
    if (text == null) {
      return this;
    }
    return start(name).text(text).end();
  }

  /** An element with one attribute and text only, on its own line. */
  XmlOut element(String name, String attr, String value, String text) throws IOException {
    return start(name).attr(attr, value).text(text).end();
  }

  /** Ends the document and flushes the writer, leaving it open for the caller. */
  void finish() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void startElement(String name) throws XMLStreamException {
    int colon = name.indexOf(':');
    if (colon < 0) {
      xml.writeStartElement(name);
    } else {
      String prefix = name.substring(0, colon);
      xml.writeStartElement(prefix, name.substring(colon + 1), prefixes.get(prefix));
    }
  }

  private void newline() throws XMLStreamException {
    inStartTag = false;
    xml.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
  }

  /**
   * The text with every character XML 1.0 forbids (C0 controls but tab and line breaks, lone
   * surrogates, U+FFFE, U+FFFF) replaced by U+FFFD: a stray control character from a PDF must not
   * make the whole file unreadable.
   */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
