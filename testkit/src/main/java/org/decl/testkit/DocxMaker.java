package org.decl.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes paragraphs into a real Word document with Apache POI: one Word paragraph each, headings in
 * bold, right-to-left paragraphs marked as such, and if asked a running header and footer, which
 * extraction must leave out.
 */
public final class DocxMaker {

  private final List<String> paragraphs;
  private final Set<Integer> headings = new HashSet<>();
  private String header;
  private String footer;

  private DocxMaker(List<String> paragraphs) {
    this.paragraphs = new ArrayList<>(paragraphs);
  }

  public static DocxMaker of(List<String> paragraphs) {
    return new DocxMaker(paragraphs);
  }

  public DocxMaker heading(int... indexes) {
    for (int i : indexes) {
      headings.add(i);
    }
    return this;
  }

  public DocxMaker header(String text) {
    this.header = text;
    return this;
  }

  public DocxMaker footer(String text) {
    this.footer = text;
    return this;
  }

  public void write(Path file) {
    try {
      Files.write(file, toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] toBytes() {
    try (XWPFDocument doc = new XWPFDocument()) {
      if (header != null) {
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        h.createParagraph().createRun().setText(header);
      }
      if (footer != null) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(footer);
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        String text = paragraphs.get(i);
        XWPFParagraph p = doc.createParagraph();
        if (isRtl(text)) {
          p.getCTP().addNewPPr().addNewBidi();
          p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        if (headings.contains(i)) {
          run.setBold(true);
          p.setAlignment(ParagraphAlignment.CENTER);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRtl(String text) {
    int script = Fonts.mainScript(text);
    return script == com.ibm.icu.lang.UScript.ARABIC || script == com.ibm.icu.lang.UScript.HEBREW;
  }
}
