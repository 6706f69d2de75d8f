package org.decl.extract;

/**
 * Names the structure that nested too deeply when a parser's recursion overflows its stack: a PDF's
 * chain of object references, its page tree, its content streams (forms within forms), or the XML
 * of a Word, OpenDocument, EPUB or HTML file. Told from the frames the overflow left: the recursing
 * method fills the top of the stack.
 */
final class DepthLimits {

  /** The structures, each with the classes whose recursion marks it and the reason given. */
  enum Structure {
    PAGE_TREE(
        "the PDF's page tree is nested too deeply (or contains itself)",
        "org.apache.pdfbox.pdmodel.PDPageTree"),
    CONTENT_STREAM(
        "the PDF's content streams are nested too deeply (forms within forms)",
        "org.apache.pdfbox.contentstream.",
        "org.apache.pdfbox.pdfparser.PDFStreamParser",
        "org.apache.pdfbox.text."),
    OBJECT_CHAIN(
        "the PDF's object references are chained or nested too deeply",
        "org.apache.pdfbox.cos.",
        "org.apache.pdfbox.pdfparser.",
        "org.apache.pdfbox.pdmodel."),
    XML(
        "the document's XML is nested too deeply",
        "org.apache.xerces.",
        "com.sun.org.apache.xerces.",
        "javax.xml.",
        "org.apache.xmlbeans.",
        "org.apache.poi.",
        "org.jsoup.",
        "org.apache.tika.sax.",
        "org.apache.tika.parser.");

    private final String reason;
    private final String[] prefixes;

    Structure(String reason, String... prefixes) {
      this.reason = reason;
      this.prefixes = prefixes;
    }

    String reason() {
      return reason;
    }

    /** The reason, with decl's limit for the depth. */
    String limited(int limit) {
      return reason.replace(" too deeply", " more than " + limit + " deep");
    }

    boolean marks(StackTraceElement frame) {
      for (String prefix : prefixes) {
        if (frame.getClassName().startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A structure deeper than decl's limit for it, found before any parser recursed into it. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(Structure structure, int limit) {
      super(structure.limited(limit), null, false, false);
    }
  }

  /** How many of the deepest frames to look at: the recursion, not the caller that started it. */
  private static final int FRAMES = 200;

  private DepthLimits() {}

  /** The structure a stack overflow came from, or null when no frame tells. */
  static Structure of(StackOverflowError overflow) {
    StackTraceElement[] frames = overflow.getStackTrace();
    int n = Math.min(frames.length, FRAMES);
    for (Structure structure : Structure.values()) {
      int marked = 0;
      for (int i = 0; i < n; i++) {
        if (structure.marks(frames[i])) {
          marked++;
        }
      }
      if (marked * 4 >= n && n > 0) {
        return structure;
      }
    }
    return null;
  }

  /** The one-line reason for a document whose parse overflowed the stack. */
  static String reason(StackOverflowError overflow, byte[] bytes) {
    Structure structure = of(overflow);
    if (structure != null) {
      return structure.reason();
    }
    return TikaReader.isPdf(bytes)
        ? "the PDF is nested too deeply to read"
        : "the document is nested too deeply to read";
  }
}
