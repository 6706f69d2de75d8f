package org.decl.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The file names of the formats decl reads (docs/extract.md, docs/tika.md): for finding the
 * documents of a folder, where a file is taken for what its name says. A file named on the command
 * line is read whatever its name; {@link Extractor} looks at its bytes.
 */
public final class DocumentTypes {

  /** PDF, Word, OpenDocument, RTF, HTML, EPUB and plain text, by their usual extensions. */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "pdf", "docx", "doc", "odt", "fodt", "rtf", "html", "htm", "xhtml", "epub", "txt",
          "text");

  private DocumentTypes() {}

  /** True if a file of this name is a document decl reads, by its extension. */
  public static boolean isDocument(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
