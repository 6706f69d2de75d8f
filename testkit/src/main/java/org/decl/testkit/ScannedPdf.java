package org.decl.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans without a scanner: a PDF's pages rendered to images and put into a new PDF with no text
 * layer at all, as a scanned declaration arrives. Any PDF will do: one typeset with {@link
 * PdfMaker}, or one printed by {@link BrowserPdf} for scripts PDFBox cannot shape (Arabic).
 */
public final class ScannedPdf {

  private ScannedPdf() {}

  /** The pages of the PDF as grey images at this resolution, each page one image, no text. */
  public static byte[] of(byte[] pdf, int dpi) {
    try (PDDocument source = Loader.loadPDF(pdf);
        PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle size = source.getPage(i).getMediaBox();
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDPage page = new PDPage(size);
        scan.addPage(page);
        PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
        try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
          cs.drawImage(
              picture,
              size.getLowerLeftX(),
              size.getLowerLeftY(),
              size.getWidth(),
              size.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      scan.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
