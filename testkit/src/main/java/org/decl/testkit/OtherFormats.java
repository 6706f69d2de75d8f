package org.decl.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small but valid documents in the other formats decl reads, written by hand from the format
 * specifications: OpenDocument text, RTF, HTML and EPUB. The first paragraph is the title.
 */
public final class OtherFormats {

  private OtherFormats() {}

  public static String html(List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(paragraphs.get(0))).append("</h1>\n");
    for (String p : paragraphs.subList(1, paragraphs.size())) {
      body.append("<p>").append(escape(p)).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + escape(paragraphs.get(0))
        + "</title><style>p { margin: 1em; }</style><script>var x = 'not text';</script></head><body>\n"
        + body
        + "</body></html>\n";
  }

  /** RTF with every non-ASCII character as a \\u escape, as word processors write it. */
  public static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf =
        new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n");
    for (String p : paragraphs) {
      rtf.append("\\pard ");
      p.codePoints()
          .forEach(
              cp -> {
                if (cp == '\\' || cp == '{' || cp == '}') {
                  rtf.append('\\').appendCodePoint(cp);
                } else if (cp < 128) {
                  rtf.appendCodePoint(cp);
                } else {
                  for (char c : Character.toChars(cp)) {
                    rtf.append("\\u").append((int) (short) c).append('?');
                  }
                }
              });
      rtf.append("\\par\n");
    }
    rtf.append("}\n");
    return rtf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] odt(List<String> paragraphs) {
    return odt(paragraphs, null);
  }

  /**
   * OpenDocument text declaring its language in meta.xml ({@code dc:language}) when lang is set.
   */
  public static byte[] odt(List<String> paragraphs, String lang) {
    StringBuilder content =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
    content
        .append("<text:h text:outline-level=\"1\">")
        .append(escape(paragraphs.get(0)))
        .append("</text:h>");
    for (String p : paragraphs.subList(1, paragraphs.size())) {
      content.append("<text:p>").append(escape(p)).append("</text:p>");
    }
    content.append("</office:text></office:body></office:document-content>");
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + (lang == null
                ? ""
                : "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>")
            + "</manifest:manifest>";
    if (lang == null) {
      return zip(
          "application/vnd.oasis.opendocument.text",
          new String[] {"META-INF/manifest.xml", manifest, "content.xml", content.toString()});
    }
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
            + "<office:meta><dc:language>"
            + lang
            + "</dc:language></office:meta></office:document-meta>";
    return zip(
        "application/vnd.oasis.opendocument.text",
        new String[] {
          "META-INF/manifest.xml", manifest, "content.xml", content.toString(), "meta.xml", meta
        });
  }

  public static byte[] epub(List<String> paragraphs) {
    return epub(paragraphs, "und");
  }

  /** EPUB whose package declares the language ({@code dc:language}). */
  public static byte[] epub(List<String> paragraphs, String lang) {
    String container =
        "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
            + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    String opf =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
            + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">decl-test</dc:identifier>"
            + "<dc:title>"
            + escape(paragraphs.get(0))
            + "</dc:title><dc:language>"
            + lang
            + "</dc:language></metadata>"
            + "<manifest><item id=\"c1\" href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
            + "<spine><itemref idref=\"c1\"/></spine></package>";
    StringBuilder chapter =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>");
    chapter.append("<h1>").append(escape(paragraphs.get(0))).append("</h1>");
    for (String p : paragraphs.subList(1, paragraphs.size())) {
      chapter.append("<p>").append(escape(p)).append("</p>");
    }
    chapter.append("</body></html>");
    return zip(
        "application/epub+zip",
        new String[] {
          "META-INF/container.xml",
          container,
          "OEBPS/content.opf",
          opf,
          "OEBPS/chapter.xhtml",
          chapter.toString()
        });
  }

  /** A zip whose first entry is the uncompressed mimetype, as ODF and EPUB require. */
  private static byte[] zip(String mimetype, String[] entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.closeEntry();
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
