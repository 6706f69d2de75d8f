package org.decl.testkit;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Documents that must be refused with a clear reason: damaged, locked, scanned or hostile. */
public final class BadFiles {

  private BadFiles() {}

  /** A PDF that opens only with the password "secret". */
  public static byte[] passwordProtectedPdf(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose pages are pictures of text, as a scanner makes them: no text layer. */
  public static byte[] scannedPdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= pages; p++) {
        BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 14));
        g.drawString("DECLARATION - page " + p, 60, 80);
        g.drawString("This page is an image: there is no text layer to extract.", 60, 120);
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of scanned blank pages: no text layer, and nothing for OCR to read either. */
  public static byte[] blankScannedPdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= pages; p++) {
        BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first part of a file, as an interrupted download leaves it. */
  public static byte[] truncated(byte[] file, double keep) {
    return Arrays.copyOf(file, (int) (file.length * keep));
  }

  /** Random bytes. */
  public static byte[] garbage(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /**
   * A DOCX of a few hundred kilobytes whose document.xml inflates to about 200 MB of text: the kind
   * of file that exhausts memory if a reader trusts it.
   */
  public static byte[] zipBombDocx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A DOCX whose document.xml really inflates to about {@code inflated} bytes of paragraphs while
   * its zip directory and data descriptor claim a few kilobytes: the archive lies about its sizes,
   * so only counting the bytes that come out tells. About 1 MB packed per GiB.
   */
  public static byte[] lyingZipBombDocx(long inflated) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] paragraph =
        "<w:p><w:r><w:t>All human beings are born free and equal in dignity and rights.</w:t></w:r></w:p>"
            .getBytes(StandardCharsets.UTF_8);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[paragraph.length * 10_000];
      for (int i = 0; i < 10_000; i++) {
        System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
      }
      for (long written = 0; written < inflated; written += block.length) {
        zip.write(block);
      }
      zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    claimSmallSizes(bytes, "word/document.xml", 4096);
    return bytes;
  }

  /**
   * Rewrites the uncompressed size an archive claims for one entry, in its central directory record
   * and in its data descriptor, leaving the packed data as it is.
   */
  private static void claimSmallSizes(byte[] zip, String entry, int claimed) {
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
        if (nameLength == name.length
            && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameLength), name)) {
          long packed = readInt(zip, i + 20);
          long offset = readInt(zip, i + 42);
          writeInt(zip, i + 24, claimed);
          // the data descriptor follows the packed data: signature, crc, packed, size
          int local = (int) offset;
          int localName = (zip[local + 26] & 0xFF) | (zip[local + 27] & 0xFF) << 8;
          int localExtra = (zip[local + 28] & 0xFF) | (zip[local + 29] & 0xFF) << 8;
          int descriptor = (int) (local + 30 + localName + localExtra + packed);
          if (zip[descriptor] == 'P' && zip[descriptor + 1] == 'K' && zip[descriptor + 2] == 7) {
            writeInt(zip, descriptor + 12, claimed);
          }
        }
      }
    }
  }

  private static long readInt(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  private static void writeInt(byte[] b, int at, long value) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (value >> (8 * i));
    }
  }

  /** A DOCX that holds a zip, that holds a zip, … {@code depth} archives deep. */
  public static byte[] nestedZipDocx(int depth) {
    byte[] inner = zip("clause.txt", "Article 1".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i < depth; i++) {
      inner = zip("nested-" + i + ".zip", inner);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", RELS);
      put(
          zip,
          "word/document.xml",
          DOCUMENT_START + "<w:p><w:r><w:t>Article 1</w:t></w:r></w:p>" + DOCUMENT_END);
      zip.putNextEntry(new ZipEntry("word/embeddings/package.zip"));
      zip.write(inner);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A DOCX whose body holds {@code depth} nested elements around its one paragraph. */
  public static byte[] deeplyNestedDocx(int depth) {
    StringBuilder xml = new StringBuilder(DOCUMENT_START);
    xml.append("<w:sdt><w:sdtContent>".repeat(depth));
    xml.append("<w:p><w:r><w:t>Article 1</w:t></w:r></w:p>");
    xml.append("</w:sdtContent></w:sdt>".repeat(depth));
    xml.append(DOCUMENT_END);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", RELS);
      put(zip, "word/document.xml", xml.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An HTML page whose one paragraph sits inside {@code depth} nested elements. */
  public static byte[] deeplyNestedHtml(int depth) {
    return ("<!DOCTYPE html><html lang=\"en\"><body>"
            + "<div>".repeat(depth)
            + "<p>Article 1</p>"
            + "</div>".repeat(depth)
            + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A PDF of one page whose resources are inherited through a chain of {@code length} parent nodes,
   * each referring to the next: a reader that resolves inherited attributes by recursion runs out
   * of stack.
   */
  public static byte[] referenceChainPdf(int length) {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int font = pdf.add(RawPdf.FONT);
    int content = pdf.add(RawPdf.stream("", RawPdf.text("Article 1", "Everyone has the right.")));
    int parent =
        pdf.add(
            "<< /Type /Pages /Count 0 /Kids [] /Resources << /Font << /F1 "
                + font
                + " 0 R >> >> >>");
    for (int i = 0; i < length; i++) {
      parent = pdf.add("<< /Type /Pages /Count 0 /Kids [] /Parent " + parent + " 0 R >>");
    }
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + parent
                + " 0 R /MediaBox [0 0 595 842] /Contents "
                + content
                + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
    return pdf.bytes();
  }

  /** A PDF whose one page sits under {@code depth} levels of page-tree nodes. */
  public static byte[] deepPageTreePdf(int depth) {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int font = pdf.add(RawPdf.FONT);
    int content = pdf.add(RawPdf.stream("", RawPdf.text("Article 1", "Everyone has the right.")));
    int[] nodes = new int[depth];
    for (int i = 0; i < depth; i++) {
      nodes[i] = pdf.reserve();
    }
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + nodes[depth - 1]
                + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                + font
                + " 0 R >> >> /Contents "
                + content
                + " 0 R >>");
    for (int i = 0; i < depth; i++) {
      int kid = i == depth - 1 ? page : nodes[i + 1];
      String parent = i == 0 ? "" : " /Parent " + nodes[i - 1] + " 0 R";
      pdf.set(nodes[i], "<< /Type /Pages" + parent + " /Kids [" + kid + " 0 R] /Count 1 >>");
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + nodes[0] + " 0 R >>");
    return pdf.bytes();
  }

  /**
   * A PDF whose page tree lists itself among its kids, beside its two pages: a reader that follows
   * the tree blindly loops, or reads the pages twice.
   */
  public static byte[] selfContainingPageTreePdf() {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int font = pdf.add(RawPdf.FONT);
    StringBuilder kids = new StringBuilder();
    for (int p = 1; p <= 2; p++) {
      int content =
          pdf.add(
              RawPdf.stream(
                  "",
                  p == 1
                      ? RawPdf.text("Article 1", "Everyone has the right to life.")
                      : RawPdf.text("Article 2", "No one shall be held in slavery.")));
      int page =
          pdf.add(
              "<< /Type /Page /Parent "
                  + pages
                  + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                  + font
                  + " 0 R >> >> /Contents "
                  + content
                  + " 0 R >>");
      kids.append(page).append(" 0 R ");
    }
    kids.append(pages).append(" 0 R");
    pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count 3 >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
    return pdf.bytes();
  }

  /**
   * A PDF page with a line of text, then form XObjects drawn within each other {@code depth} deep
   * (each form's content draws the next).
   */
  public static byte[] deepFormsPdf(int depth) {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int font = pdf.add(RawPdf.FONT);
    int next = pdf.add(RawPdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842]", ""));
    for (int i = 0; i < depth; i++) {
      next =
          pdf.add(
              RawPdf.stream(
                  "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X "
                      + next
                      + " 0 R >> >>",
                  "/X Do"));
    }
    int content =
        pdf.add(RawPdf.stream("", RawPdf.text("Article 1", "Everyone has the right.") + "\n/X Do"));
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + pages
                + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                + font
                + " 0 R >> /XObject << /X "
                + next
                + " 0 R >> >> /Contents "
                + content
                + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
    return pdf.bytes();
  }

  /** A PDF page with a line of text, then an operand nested {@code depth} arrays deep. */
  public static byte[] deepContentStreamPdf(int depth) {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int font = pdf.add(RawPdf.FONT);
    String nested = "[".repeat(depth) + "]".repeat(depth) + " pop";
    int content =
        pdf.add(
            RawPdf.stream("", RawPdf.text("Article 1", "Everyone has the right.") + "\n" + nested));
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + pages
                + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                + font
                + " 0 R >> >> /Contents "
                + content
                + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
    return pdf.bytes();
  }

  /** A PDF of {@code pages} pages of text, typeset with PDFBox: long to parse, not hostile. */
  public static byte[] longPdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.font.PDFont font =
          new org.apache.pdfbox.pdmodel.font.PDType1Font(
              org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.setLeading(12);
          cs.newLineAtOffset(60, 780);
          for (int line = 1; line <= 60; line++) {
            cs.showText(
                "Article " + p + "." + line + ": everyone has the right to take part in the");
            cs.newLine();
          }
          cs.endText();
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"zip\" ContentType=\"application/zip\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>";

  private static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>";

  private static final String DOCUMENT_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

  private static final String DOCUMENT_END = "</w:body></w:document>";

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
