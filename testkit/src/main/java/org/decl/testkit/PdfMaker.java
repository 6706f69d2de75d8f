package org.decl.testkit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets paragraphs into a real PDF the way word processors do: lines wrapped at the margin (ICU
 * line breaks, so Chinese and Thai wrap too), long words hyphenated at the line end if asked, a
 * running header and page numbers on every page, right-to-left lines shaped and reordered for
 * display. Extracting the text back must give the paragraphs again.
 */
public final class PdfMaker {

  /** How page numbers are printed at the foot of each page. */
  public enum PageNumbers {
    NONE,
    /** 3 */
    PLAIN,
    /** – 3 – */
    DASHED,
    /** Page 3 of 5 */
    PAGE_OF
  }

  private static final Set<String> PREFIXES = Set.of("non", "self", "vice", "quasi", "semi");

  private final List<Block> blocks = new ArrayList<>();
  private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
  private PDRectangle pageSize = PDRectangle.A5;
  private float fontSize = 10;
  private float margin = 42;
  private String header;
  private PageNumbers pageNumbers = PageNumbers.NONE;
  private boolean hyphenate;
  private float paragraphGap = 0.6f;

  private record Block(String text, boolean heading) {}

  private record Line(String text, Path font, boolean rtl, boolean gapAfter) {}

  /** A stretch of text drawn in one font. */
  private record Run(PDFont font, String text) {}

  private String lang;

  private PdfMaker() {}

  /** Paragraphs to typeset; headings are recognised by the caller with {@link #heading}. */
  public static PdfMaker of(List<String> paragraphs) {
    PdfMaker maker = new PdfMaker();
    paragraphs.forEach(p -> maker.blocks.add(new Block(p, false)));
    return maker;
  }

  /**
   * The layout the extraction and split tests typeset the sample declarations in: small pages (A6,
   * 9 pt), so that even a short text runs over several pages, hyphenation on, the first paragraph a
   * bold heading, a running header and dashed page numbers.
   */
  public static PdfMaker testPages(List<String> paragraphs) {
    return of(paragraphs)
        .heading(0)
        .pageSize(PDRectangle.A6)
        .fontSize(9)
        .hyphenate(true)
        .header("Declaration on Open and Accountable Government")
        .pageNumbers(PageNumbers.DASHED);
  }

  /**
   * Whether PdfMaker sets this text as a reader would read it: the fonts here have every glyph, and
   * the script needs no shaping engine. PDFBox draws one glyph per character in the order given,
   * which is right for Latin, Cyrillic, Greek, Armenian, Georgian, Ethiopic, Thai, Han and Kana
   * (and Arabic and Hebrew, which PdfMaker shapes and reorders itself), but not for scripts that
   * form conjuncts or stack consonants (Devanagari, Bengali, Tamil, Khmer, Myanmar: a virama or an
   * invisible stacker in the text): only a browser ({@link BrowserPdf}) sets those right.
   *
   * @param text a sample of the text, as one paragraph (a line break has no glyph)
   */
  public static boolean canTypeset(String text) {
    if (text.codePoints().anyMatch(PdfMaker::formsClusters)) {
      return false;
    }
    try {
      of(List.of(text)).toBytes();
      return true;
    } catch (IllegalArgumentException e) {
      return false; // no font here has one of its glyphs
    }
  }

  private static boolean formsClusters(int cp) {
    int category = UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
    return category == UCharacter.IndicSyllabicCategory.VIRAMA
        || category == UCharacter.IndicSyllabicCategory.INVISIBLE_STACKER;
  }

  /** Typesets the paragraphs at these positions (0-based) in bold. */
  public PdfMaker heading(int... indexes) {
    for (int i : indexes) {
      blocks.set(i, new Block(blocks.get(i).text(), true));
    }
    return this;
  }

  public PdfMaker pageSize(PDRectangle size) {
    this.pageSize = size;
    return this;
  }

  public PdfMaker fontSize(float size) {
    this.fontSize = size;
    return this;
  }

  public PdfMaker header(String runningHeader) {
    this.header = runningHeader;
    return this;
  }

  public PdfMaker pageNumbers(PageNumbers style) {
    this.pageNumbers = style;
    return this;
  }

  public PdfMaker hyphenate(boolean on) {
    this.hyphenate = on;
    return this;
  }

  /** Vertical space between paragraphs, in lines (0 for none). */
  public PdfMaker paragraphGap(float lines) {
    this.paragraphGap = lines;
    return this;
  }

  /** Declares the document's language in its catalog ({@code /Lang}). */
  public PdfMaker lang(String tag) {
    this.lang = tag;
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
    try (PDDocument doc = new PDDocument()) {
      if (lang != null) {
        doc.getDocumentCatalog().setLanguage(lang);
      }
      Map<Path, PDFont> fonts = new HashMap<>();
      List<List<Line>> pages = layout(doc, fonts);
      int pageNo = 0;
      for (List<Line> lines : pages) {
        pageNo++;
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = pageSize.getHeight() - margin;
          if (header != null) {
            List<Run> runs = runs(doc, fonts, header, Fonts.forText(header));
            draw(cs, runs, 7.5f, margin, pageSize.getHeight() - margin / 2);
          }
          for (Line line : lines) {
            String shown = line.rtl() ? visual(line.text()) : line.text();
            List<Run> runs = runs(doc, fonts, shown, line.font());
            float x = line.rtl() ? pageSize.getWidth() - margin - width(runs, fontSize) : margin;
            draw(cs, runs, fontSize, x, y);
            y -= fontSize * 1.35f * (line.gapAfter() ? 1 + paragraphGap : 1);
          }
          String number = pageNumber(pageNo, pages.size());
          if (number != null) {
            List<Run> runs = runs(doc, fonts, number, Fonts.forText("Page"));
            draw(cs, runs, 8, (pageSize.getWidth() - width(runs, 8)) / 2, margin / 2);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<List<Line>> layout(PDDocument doc, Map<Path, PDFont> fonts) throws IOException {
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float top = pageSize.getHeight() - margin;
    float y = top;
    float available = pageSize.getWidth() - 2 * margin;
    for (Block block : blocks) {
      boolean rtl = isRtl(block.text());
      Path font = block.heading() ? Fonts.boldForText(block.text()) : Fonts.forText(block.text());
      List<String> wrapped = wrap(doc, fonts, block.text(), font, available, rtl);
      for (int i = 0; i < wrapped.size(); i++) {
        if (y < margin + fontSize) {
          pages.add(page);
          page = new ArrayList<>();
          y = top;
        }
        boolean last = i == wrapped.size() - 1;
        page.add(new Line(wrapped.get(i), font, rtl, last));
        y -= fontSize * 1.35f * (last ? 1 + paragraphGap : 1);
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  /** Wraps one paragraph at ICU line-break opportunities, hyphenating long words if asked. */
  private List<String> wrap(
      PDDocument doc, Map<Path, PDFont> fonts, String text, Path font, float available, boolean rtl)
      throws IOException {
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
      String candidate = line + piece;
      if (fits(doc, fonts, font, candidate.stripTrailing(), available, rtl) || line.length() == 0) {
        line.append(piece);
        continue;
      }
      String word = piece.stripTrailing();
      int split =
          hyphenate ? hyphenPoint(doc, fonts, font, line.toString(), word, available, rtl) : -1;
      if (split > 0) {
        lines.add(line + word.substring(0, split) + "-");
        line.setLength(0);
        line.append(piece.substring(split));
      } else {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append(piece);
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Where to break a long word so its first part and a hyphen still fit, or -1. */
  private int hyphenPoint(
      PDDocument doc,
      Map<Path, PDFont> fonts,
      Path font,
      String line,
      String word,
      float available,
      boolean rtl)
      throws IOException {
    if (word.length() < 8 || !word.codePoints().allMatch(Character::isLetter)) {
      return -1;
    }
    int script = UScript.getScript(word.codePointAt(0));
    if (script != UScript.LATIN && script != UScript.CYRILLIC && script != UScript.GREEK) {
      return -1;
    }
    for (int k = word.length() - 3; k >= 3; k--) {
      String left = word.substring(0, k);
      if (PREFIXES.contains(left.toLowerCase(ULocale.ROOT.toLocale()))) {
        continue;
      }
      if (fits(doc, fonts, font, line + left + "-", available, rtl)) {
        return k;
      }
    }
    return -1;
  }

  private boolean fits(
      PDDocument doc, Map<Path, PDFont> fonts, Path font, String text, float available, boolean rtl)
      throws IOException {
    return width(runs(doc, fonts, rtl ? visual(text) : text, font), fontSize) <= available;
  }

  private static float width(List<Run> runs, float size) throws IOException {
    float width = 0;
    for (Run run : runs) {
      width += run.font().getStringWidth(run.text()) / 1000 * size;
    }
    return width;
  }

  private static void draw(PDPageContentStream cs, List<Run> runs, float size, float x, float y)
      throws IOException {
    cs.beginText();
    cs.newLineAtOffset(x, y);
    for (Run run : runs) {
      cs.setFont(run.font(), size);
      cs.showText(run.text());
    }
    cs.endText();
  }

  /**
   * Cuts text into runs by font: the paragraph's own font where it has the glyph, else the first
   * fallback that has it (Latin digits in Chinese text, Thai words in a URL line, …).
   */
  private List<Run> runs(PDDocument doc, Map<Path, PDFont> fonts, String text, Path primary)
      throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFont current = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      PDFont font = null;
      for (Path candidate : Fonts.withFallbacks(primary)) {
        PDFont f = font(doc, fonts, candidate);
        if (glyphs
            .computeIfAbsent(f, k -> new HashMap<>())
            .computeIfAbsent(cp, c -> Fonts.hasGlyph(f, c))) {
          font = f;
          break;
        }
      }
      if (font == null) {
        throw new IllegalArgumentException(
            "no font here has a glyph for U+" + Integer.toHexString(cp));
      }
      if (font != current && run.length() > 0) {
        runs.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = font;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0) {
      runs.add(new Run(current, run.toString()));
    }
    return runs;
  }

  private String pageNumber(int page, int pages) {
    return switch (pageNumbers) {
      case NONE -> null;
      case PLAIN -> String.valueOf(page);
      case DASHED -> "– " + page + " –";
      case PAGE_OF -> "Page " + page + " of " + pages;
    };
  }

  private static PDFont font(PDDocument doc, Map<Path, PDFont> fonts, Path file)
      throws IOException {
    PDFont font = fonts.get(file);
    if (font == null) {
      font = PDType0Font.load(doc, file.toFile());
      fonts.put(file, font);
    }
    return font;
  }

  private static boolean isRtl(String text) {
    int script = Fonts.mainScript(text);
    return script == UScript.ARABIC || script == UScript.HEBREW;
  }

  /** Right-to-left text as a PDF shows it: Arabic letters joined, the line in visual order. */
  static String visual(String logical) {
    String shaped = logical;
    if (logical.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.ARABIC)) {
      try {
        shaped =
            new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                .shape(logical);
      } catch (ArabicShapingException e) {
        throw new IllegalArgumentException("cannot shape " + logical, e);
      }
    }
    Bidi bidi = new Bidi(shaped, Bidi.RTL);
    return bidi.writeReordered(Bidi.DO_MIRRORING);
  }
}
