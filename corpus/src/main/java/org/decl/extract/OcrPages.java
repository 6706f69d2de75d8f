package org.decl.extract;

import com.ibm.icu.lang.UScript;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.decl.DeclException;
import org.decl.text.Plural;
import org.decl.text.Scripts;

/**
 * Reads the pages of a PDF that need it with OCR: each page rendered with PDFBox at the options'
 * resolution, read by Tesseract ({@link OcrEngine}), and its lines put in place of the page's own.
 * Which pages need it is the mode's call: in {@link OcrMode#AUTO} the pages with no letter in their
 * text layer (scans, or a scan with only a stamped page number), in {@link OcrMode#ALWAYS} all.
 */
final class OcrPages {

  /**
   * The document's lines after OCR.
   *
   * @param lines every page's lines in page order, read pages' from OCR
   * @param pages the pages whose lines came from OCR
   */
  record Outcome(List<TextLine> lines, Set<Integer> pages) {}

  private OcrPages() {}

  /**
   * The lines of a PDF with the pages that need OCR read by it; the lines unchanged when none needs
   * it, or (in auto mode) when Tesseract or its data for the language is missing: the text-layer
   * check then says what is wrong.
   *
   * @param lang the document's language (BCP 47), or null when not known
   * @throws DeclException a configuration error when {@link OcrMode#ALWAYS} cannot be honoured
   */
  static Outcome apply(
      String name,
      byte[] pdf,
      List<TextLine> lines,
      int pages,
      String lang,
      OcrOptions options,
      List<String> warnings) {
    Outcome unchanged = new Outcome(lines, Set.of());
    if (options.mode() == OcrMode.NEVER) {
      return unchanged;
    }
    Map<Integer, List<TextLine>> byPage = byPage(lines);
    List<Integer> wanted = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      if (options.mode() == OcrMode.ALWAYS || !hasLetters(byPage.get(p))) {
        wanted.add(p);
      }
    }
    if (wanted.isEmpty()) {
      return unchanged;
    }
    boolean always = options.mode() == OcrMode.ALWAYS;
    OcrEngine engine = OcrEngine.get();
    if (!engine.available()) {
      if (always) {
        throw DeclException.config(name, OcrSetup.problem(lang).orElseThrow());
      }
      return unchanged;
    }
    String tag = lang == null || lang.equals("und") ? null : lang;
    if (tag == null) {
      tag = "en";
      warnings.add(
          "OCR read the scanned pages as English: give their language (--lang or the"
              + " manifest) for a better reading");
    }
    OcrLanguages.Choice choice = engine.languages().choose(tag);
    if (choice.codes() == null) {
      String missing = OcrSetup.missingData(tag, engine.languages());
      if (always) {
        throw DeclException.config(name, missing);
      }
      if (byPage.values().stream().noneMatch(OcrPages::hasLetters)) {
        throw DeclException.badInput(
            name, "no text layer in " + Plural.of(pages, "page") + ", and " + missing);
      }
      warnings.add(missing);
      return unchanged;
    }
    Map<Integer, List<TextLine>> read = read(name, pdf, wanted, choice, options, warnings);
    List<TextLine> merged = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      List<TextLine> own = read.containsKey(p) ? read.get(p) : byPage.get(p);
      if (own != null) {
        merged.addAll(own);
      }
      byPage.remove(p);
    }
    byPage.values().forEach(merged::addAll); // lines of pages past the count, if a parser saw any
    return new Outcome(merged, new TreeSet<>(read.keySet()));
  }

  /** Each wanted page rendered and read; a page Tesseract fails on is left out, with a warning. */
  private static Map<Integer, List<TextLine>> read(
      String name,
      byte[] pdf,
      List<Integer> wanted,
      OcrLanguages.Choice codes,
      OcrOptions options,
      List<String> warnings) {
    Map<Integer, List<TextLine>> read = new LinkedHashMap<>();
    OcrOptions.Listener listener = options.listener();
    listener.started(name, wanted.size());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p : wanted) {
        if (Thread.currentThread().isInterrupted()) {
          throw DeclException.badInput(name, "interrupted");
        }
        BufferedImage image = renderer.renderImageWithDPI(p - 1, options.dpi(), ImageType.GRAY);
        try {
          read.put(p, lines(OcrEngine.get().read(image, codes, options.pageTimeout()), p));
        } catch (OcrEngine.PageFailure e) {
          warnings.add("page " + p + " left out: OCR failed: " + e.getMessage());
        }
        listener.pageDone(name);
      }
    } catch (IOException e) {
      throw DeclException.badInput(name, "cannot render pages for OCR: " + e.getMessage(), e);
    } finally {
      listener.finished(name);
    }
    return read;
  }

  /**
   * Tesseract's text of one page as lines: a blank line in it ends a paragraph, which the next
   * line's two blank lines before it tell the paragraph builder (a measured gap, as from a PDF).
   */
  static List<TextLine> lines(String text, int page) {
    List<TextLine> lines = new ArrayList<>();
    boolean gap = false;
    for (String raw : text.split("\\R")) {
      String line = TextCleaner.cleanLine(scriptPunctuation(raw.strip()));
      if (line.isBlank()) {
        gap = !lines.isEmpty();
        continue;
      }
      lines.add(new TextLine(line, page, gap ? 2 : 0, false, ParagraphKind.TEXT, 0));
      gap = false;
    }
    return lines;
  }

  /** ASCII punctuation whose full-width form Chinese and Japanese text sets after a character. */
  private static final String FULLWIDTH_PUNCTUATION = ",:;!?()";

  /** ASCII punctuation and the Arabic script's own forms of it: comma, semicolon, question mark. */
  private static final String ASCII_FOR_ARABIC = ",;?";

  private static final String ARABIC_PUNCTUATION = "\u060C\u061B\u061F";

  /**
   * The line with the punctuation of its script where Tesseract reads ASCII, and without what it
   * adds that the page does not show: the spaces it sets between Chinese or Japanese characters,
   * and the direction marks (LRM, RLM, ALM) it puts around Latin words in right-to-left lines.
   * Tesseract's Chinese models give {@code ,} and {@code :} for {@code ，} and {@code ：}, its Arabic
   * model {@code ,} for {@code ،}: a mark beside a letter of the script takes the script's form.
   */
  static String scriptPunctuation(String line) {
    String unmarked = line.replaceAll("[\\u200E\\u200F\\u061C]", "");
    return joinSpaces(scriptForms(joinSpaces(unmarked)));
  }

  private static String scriptForms(String line) {
    StringBuilder out = new StringBuilder(line);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean opening = c == '(';
      int neighbour = opening ? next(out, i) : previous(out, i);
      if (neighbour < 0) {
        continue;
      }
      if (FULLWIDTH_PUNCTUATION.indexOf(c) >= 0 && Scripts.isIdeographicOrFullwidth(neighbour)) {
        out.setCharAt(i, (char) (c + 0xFEE0)); // the Halfwidth and Fullwidth Forms block
      } else if (ASCII_FOR_ARABIC.indexOf(c) >= 0
          && UScript.getScript(neighbour) == UScript.ARABIC
          && Character.isLetter(neighbour)) {
        out.setCharAt(i, ARABIC_PUNCTUATION.charAt(ASCII_FOR_ARABIC.indexOf(c)));
      }
    }
    return out.toString();
  }

  /** The nearest character before i that is not a space, or -1. */
  private static int previous(CharSequence s, int i) {
    int j = i;
    while (j > 0) {
      int cp = Character.codePointBefore(s, j);
      if (!Character.isWhitespace(cp)) {
        return cp;
      }
      j -= Character.charCount(cp);
    }
    return -1;
  }

  /** The nearest character after i that is not a space, or -1. */
  private static int next(CharSequence s, int i) {
    int j = i + 1;
    while (j < s.length()) {
      int cp = Character.codePointAt(s, j);
      if (!Character.isWhitespace(cp)) {
        return cp;
      }
      j += Character.charCount(cp);
    }
    return -1;
  }

  private static String joinSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int n = line.length();
    for (int i = 0; i < n; ) {
      int cp = line.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) && out.length() > 0) {
        int end = i;
        while (end < n && Character.isWhitespace(line.charAt(end))) {
          end++;
        }
        int before = out.codePointBefore(out.length());
        if (end < n
            && Scripts.isIdeographicOrFullwidth(before)
            && Scripts.isIdeographicOrFullwidth(line.codePointAt(end))) {
          i = end;
          continue;
        }
      }
      out.appendCodePoint(cp);
      i += width;
    }
    return out.toString();
  }

  private static Map<Integer, List<TextLine>> byPage(List<TextLine> lines) {
    Map<Integer, List<TextLine>> byPage = new LinkedHashMap<>();
    for (TextLine l : lines) {
      byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
    }
    return byPage;
  }

  private static boolean hasLetters(List<TextLine> lines) {
    return lines != null
        && lines.stream().anyMatch(l -> l.text().codePoints().anyMatch(Character::isLetter));
  }
}
