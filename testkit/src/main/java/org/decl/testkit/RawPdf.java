package org.decl.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF written object by object, for structures no PDF library would write: reference chains, page
 * trees that contain themselves, nesting far beyond any real document. Objects are numbered from 1
 * in the order added; the catalog is object 1.
 */
final class RawPdf {

  private final List<String> objects = new ArrayList<>();

  /** Adds an object (its body, without "obj"/"endobj") and returns its number. */
  int add(String body) {
    objects.add(body);
    return objects.size();
  }

  /** Reserves a number for an object written later with {@link #set}. */
  int reserve() {
    return add("null");
  }

  void set(int number, String body) {
    objects.set(number - 1, body);
  }

  /** A stream object with the given content. */
  static String stream(String dictionary, String content) {
    return "<< "
        + dictionary
        + " /Length "
        + content.getBytes(StandardCharsets.ISO_8859_1).length
        + " >>\nstream\n"
        + content
        + "\nendstream";
  }

  /** A content stream that shows the lines in Helvetica (resource /F1), one below the other. */
  static String text(String... lines) {
    StringBuilder s = new StringBuilder("BT /F1 12 Tf 72 760 Td 14 TL\n");
    for (String line : lines) {
      s.append('(').append(line.replace("(", "\\(").replace(")", "\\)")).append(") '\n");
    }
    return s.append("ET").toString();
  }

  static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

  /** The file, catalog first, with a cross-reference table. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
