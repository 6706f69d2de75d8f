package org.decl.format;

import java.io.IOException;

/** The opening every decl HTML report shares: a self-contained head, with its styles inline. */
final class HtmlPage {

  private HtmlPage() {}

  /**
   * Writes the doctype and the head, and opens the body; the caller closes body and html.
   *
   * @param title the page's title
   * @param css the page's styles
   * @param toolVersion decl's version, named in the generator meta element
   */
  static void open(XmlOut html, String title, String css, String toolVersion) throws IOException {
    html.doctype("<!DOCTYPE html>");
    html.open("html").attr("lang", "en");
    html.open("head");
    html.empty("meta").attr("charset", "utf-8");
    html.empty("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    html.empty("meta").attr("name", "generator").attr("content", "decl " + toolVersion);
    html.element("title", title);
    html.element("style", css);
    html.close();
    html.open("body");
  }
}
