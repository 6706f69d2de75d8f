package org.decl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads a PDF's text with PDFBox as Tika's PDF parser does (same text, same word and line
 * separation, its own bidi order), but keeps where each line sits on the page, so that paragraph
 * boundaries come from what the page shows: a line set further below the previous one than the
 * document's usual line spacing starts a paragraph, whatever the script. Browsers and word
 * processors separate paragraphs by such a gap, smaller than PDFBox's own threshold (2.5 times the
 * glyph height), which merged whole preambles into one paragraph.
 *
 * <p>Its bidi order: {@link BidiLines} rebuilds right-to-left lines from their glyphs in reading
 * order, where PDFBox's own bidi pass misplaces runs and brackets.
 *
 * <p>Delivers the same XHTML events as Tika ({@code <div class="page">}, {@code <p>}, lines ended
 * by newlines) and the metadata {@link TikaReader} reads, so the rest of extraction is unchanged.
 */
final class PdfLayoutParser implements Parser {

  private static final Set<MediaType> TYPES = Set.of(MediaType.application("pdf"));

  /**
   * How much more than the usual line spacing a gap must be to separate paragraphs. Lines inside a
   * paragraph are set at one spacing, give or take a taller glyph from a fallback font (up to about
   * a tenth more); paragraph spacing in browsers and word processors adds a third of a line or
   * more.
   */
  private static final double GAP_FACTOR = 1.22;

  /**
   * How much two lines' type sizes must differ, as a share of the body size, for one to be a
   * heading: more than a fallback font's taller glyphs or a superscript raise a line's size.
   */
  private static final float SIZE_CHANGE = 0.2f;

  /** How far, in em, a run may sit off a line's baseline and still belong to the line. */
  private static final float SAME_BASELINE = 0.4f;

  /** One line as PDFBox wrote it, with where it sits. */
  private record Line(
      String text,
      int page,
      boolean paragraphStart,
      float y,
      float height,
      float size,
      LineLayout layout) {}

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext c)
      throws IOException, SAXException {
    List<Line> lines;
    try (PDDocument document = Loader.loadPDF(stream.readAllBytes())) {
      metadata.set(Metadata.CONTENT_TYPE, "application/pdf");
      metadata.set(PagedText.N_PAGES, document.getNumberOfPages());
      PDDocumentInformation info = document.getDocumentInformation();
      if (info != null && info.getTitle() != null) {
        metadata.set(TikaCoreProperties.TITLE, info.getTitle());
      }
      String lang = document.getDocumentCatalog().getLanguage();
      if (lang != null && !lang.isBlank()) {
        metadata.set(TikaCoreProperties.LANGUAGE, lang.strip()); // the catalog's /Lang, as Tika
      }
      PdfStructure.Facts structure = PdfStructure.check(document); // depth limits, cycles
      LineStripper stripper = new LineStripper();
      stripper.getText(document);
      lines = stripper.lines;
      PdfStructure.record(
          structure, stripper.repeatedPages, stripper.charsPerPage.size(), metadata);
      for (int chars : stripper.charsPerPage) {
        metadata.add(PDF.CHARACTERS_PER_PAGE, Integer.toString(chars));
      }
      if (stripper.characters > 0) {
        metadata.set(
            PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS,
            Float.toString((float) stripper.unmapped / stripper.characters));
      }
    }
    emit(lines, gaps(lines), handler);
  }

  /**
   * Which lines are set below the previous line on the page by clearly more than the usual spacing
   * for their type size: those certainly start a paragraph (or follow a heading).
   */
  private static boolean[] gaps(List<Line> lines) {
    boolean[] starts = new boolean[lines.size()];
    float usual = usualSpacing(lines);
    float usualSize = usualSize(lines);
    List<String> texts = lines.stream().map(Line::text).toList();
    List<LineLayout> layouts = lines.stream().map(Line::layout).toList();
    for (int i = 1; i < lines.size(); i++) {
      Line line = lines.get(i);
      Line previous = lines.get(i - 1);
      boolean samePage = previous.page() == line.page();
      if (samePage && usual > 0) {
        float dy = line.y() - previous.y();
        // the spacing to expect scales with the larger of the two type sizes (a heading's line)
        float size = Math.max(line.size(), previous.size());
        float expected = usual * Math.max(1f, size / usualSize);
        starts[i] = dy > expected * GAP_FACTOR;
      }
      // a heading set in its own size, however close the next line follows
      starts[i] |= samePage && Math.abs(line.size() - previous.size()) > SIZE_CHANGE * usualSize;
      starts[i] |= ColumnFit.hadRoom(texts, layouts, i);
    }
    return starts;
  }

  /**
   * The distance between the baselines of two lines of one paragraph: the smallest spacing that is
   * common (a tenth of all line pairs, within half a point). Not the most common spacing: in a
   * declaration of short recitals and items, paragraph gaps can outnumber line steps.
   */
  private static float usualSpacing(List<Line> lines) {
    float[] gaps = new float[lines.size()];
    int n = 0;
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      float dy = b.y() - a.y();
      if (a.page() == b.page() && dy > 0.5f * b.size() && Math.abs(a.size() - b.size()) < 0.5f) {
        gaps[n++] = dy;
      }
    }
    float[] sorted = Arrays.copyOf(gaps, n);
    Arrays.sort(sorted);
    int needed = Math.max(2, n / 10);
    for (int i = 0, j = 0; i < n; i++) {
      while (sorted[j] < sorted[i] - 1f) {
        j++;
      }
      if (i - j + 1 >= needed) {
        return sorted[i];
      }
    }
    return 0;
  }

  /** The type size of most lines. */
  private static float usualSize(List<Line> lines) {
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = Math.round(lines.get(i).size() * 2) / 2f;
    }
    Arrays.sort(sizes);
    return sizes.length == 0 || sizes[sizes.length / 2] <= 0 ? 1 : sizes[sizes.length / 2];
  }

  /**
   * A paragraph PDFBox saw (a gap or an indent by its own measure) is a block, as Tika writes it; a
   * line after a measured gap also gets a blank line before it, so that it counts as two blank
   * lines: a break the page shows, which {@link ParagraphBuilder} does not second-guess.
   */
  private static void emit(List<Line> lines, boolean[] gaps, ContentHandler handler)
      throws SAXException {
    AttributesImpl none = new AttributesImpl();
    AttributesImpl pageClass = new AttributesImpl();
    pageClass.addAttribute("", "class", "class", "CDATA", "page");
    handler.startDocument();
    int page = 0;
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.page() != page) {
        if (open) {
          handler.endElement("", "p", "p");
          open = false;
        }
        if (page > 0) {
          handler.endElement("", "div", "div");
        }
        // pages without text still count as pages
        for (page = page + 1; page < line.page(); page++) {
          handler.startElement("", "div", "div", pageClass);
          handler.endElement("", "div", "div");
        }
        handler.startElement("", "div", "div", pageClass);
      }
      if (line.paragraphStart() || gaps[i] || !open) {
        if (open) {
          handler.endElement("", "p", "p");
        }
        handler.startElement("", "p", "p", none);
        open = true;
      }
      if (gaps[i]) {
        handler.characters(new char[] {'\n'}, 0, 1);
      }
      char[] text = (line.text() + "\n").toCharArray();
      handler.characters(text, 0, text.length);
    }
    if (open) {
      handler.endElement("", "p", "p");
    }
    if (page > 0) {
      handler.endElement("", "div", "div");
    }
    handler.endDocument();
  }

  /** PDFBox's text stripper, set up as Tika sets it up, recording lines instead of writing them. */
  private static final class LineStripper extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();
    final List<Integer> charsPerPage = new ArrayList<>();
    long characters;
    long unmapped;
    int repeatedPages;
    private final java.util.Set<Object> pagesRead =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final StringBuilder text = new StringBuilder();
    private final List<BidiLines.Glyph> glyphs = new ArrayList<>();
    private final BidiLines bidi = new BidiLines();
    private int page;
    private int pageChars;
    private boolean paragraphStart = true;
    private float y = Float.NaN;
    private float height;
    private float size;
    private final WordGaps gaps = new WordGaps();
    private final LineExtent extent = new LineExtent();
    private boolean separator;
    private float left = Float.NaN;
    private float reach = Float.NaN;
    private float lastX = Float.NaN;
    private float em;
    private float base = Float.NaN;
    private boolean lineBreak;
    private boolean paragraphBreak;

    LineStripper() {
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
      setShouldSeparateByBeads(true);
      setLineSeparator("\n");
      setParagraphStart("");
      setParagraphEnd("");
      setPageStart("");
      setPageEnd("");
      output = new StringWriter();
    }

    /** A page the page tree reaches twice is read once. */
    @Override
    public void processPage(PDPage p) throws IOException {
      if (!pagesRead.add(p.getCOSObject())) {
        repeatedPages++;
        return;
      }
      super.processPage(p);
    }

    @Override
    protected void startPage(PDPage p) {
      lineBreak = false;
      paragraphBreak = false;
      endLine();
      page++;
      pageChars = 0;
      paragraphStart = true;
    }

    @Override
    protected void endPage(PDPage p) {
      lineBreak = false;
      paragraphBreak = false;
      endLine();
      charsPerPage.add(pageChars);
    }

    /** Decided at the next run, as a line break is. */
    @Override
    protected void writeParagraphStart() {
      lineBreak = true;
      paragraphBreak = true;
    }

    /**
     * PDFBox ends a line wherever a run does not continue the previous one as it expects; shaped
     * runs (Khmer's pre-base vowels and subscripts, marks set lower or higher) often do not, and it
     * cut Khmer lines into pieces. So a line ends only when the next run does not sit on the same
     * baseline; see {@link #continuesLine}.
     */
    @Override
    protected void writeLineSeparator() {
      lineBreak = true;
    }

    /** PDFBox saw a word gap; whether it is a space is decided when the next run comes. */
    @Override
    protected void writeWordSeparator() {
      separator = true;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
      if (lineBreak && !string.isEmpty()) {
        lineBreak = false;
        if (continuesLine(positions)) {
          separator = true;
        } else {
          endLine();
          paragraphStart |= paragraphBreak;
        }
        paragraphBreak = false;
      }
      if (separator && !string.isEmpty()) {
        separator = false;
        TextPosition first = positions.isEmpty() ? null : positions.get(0);
        boolean forward = first != null && !Float.isNaN(reach) && first.getXDirAdj() >= lastX;
        double gap = forward ? first.getXDirAdj() - reach : 0;
        if (gaps.isSpace(text, string, gap, em, forward)) {
          text.append(getWordSeparator());
          extent.add(text.length(), reach);
        }
      }
      int start = text.length();
      text.append(string);
      int chars = 0;
      for (TextPosition p : positions) {
        glyphs.add(
            new BidiLines.Glyph(
                p.getUnicode(),
                p.getXDirAdj(),
                p.getYDirAdj(),
                p.getWidthDirAdj(),
                p.getWidthOfSpace()));
        float x = p.getXDirAdj();
        if (p.getWidthDirAdj() > 0 || !p.getUnicode().isEmpty()) {
          left = Float.isNaN(left) ? x : Math.min(left, x);
          reach =
              Float.isNaN(reach) ? x + p.getWidthDirAdj() : Math.max(reach, x + p.getWidthDirAdj());
          lastX = x;
        }
        chars += p.getUnicode().length();
        extent.add(Math.min(start + chars, text.length()), reach);
        em = Math.max(em, Math.abs(p.getXScale()));
        float baseline = p.getYDirAdj();
        y = Float.isNaN(y) ? baseline : Math.max(y, baseline);
        if (Float.isNaN(base) && isBaseLetter(p)) {
          base = baseline;
        }
        height = Math.max(height, p.getHeightDir());
        size = Math.max(size, p.getFontSizeInPt());
        characters++;
        pageChars++;
        if (p.getFont() != null) {
          for (int code : p.getCharacterCodes()) {
            if (p.getFont().toUnicode(code) == null) {
              unmapped++;
            }
          }
        }
      }
    }

    @Override
    protected void writeString(String string) {
      text.append(string);
    }

    /**
     * Whether a run PDFBox put on a new line sits on the current line's baseline, give or take the
     * offset of a subscript or a raised mark (under half an em; lines are over an em apart).
     */
    private boolean continuesLine(List<TextPosition> positions) {
      if (text.toString().isBlank() || positions.isEmpty() || Float.isNaN(y)) {
        return false;
      }
      TextPosition first = positions.get(0);
      for (TextPosition p : positions) {
        if (isBaseLetter(p)) {
          first = p;
          break;
        }
      }
      float lineBase = Float.isNaN(base) ? y : base;
      float size = Math.max(em, Math.abs(first.getXScale()));
      return Math.abs(first.getYDirAdj() - lineBase) < SAME_BASELINE * size;
    }

    /** A letter or digit that sits on the baseline (not a mark, which may be set off it). */
    private static boolean isBaseLetter(TextPosition p) {
      String u = p.getUnicode();
      if (u.isEmpty() || p.getWidthDirAdj() <= 0) {
        return false;
      }
      int cp = u.codePointAt(0);
      int type = Character.getType(cp);
      return Character.isLetterOrDigit(cp)
          && type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK;
    }

    private void endLine() {
      if (!text.toString().isBlank() && !Float.isNaN(y)) {
        LineLayout layout = new LineLayout(left, reach, extent.firstChunk(text, left), em);
        float lineY = Float.isNaN(base) ? y : base;
        // right-to-left lines rebuilt from their glyphs in reading order (BidiLines)
        BidiLines.Read read =
            bidi.read(text.toString(), glyphs, page, lineY, height, paragraphStart);
        lines.add(
            new Line(read.text(), page, read.paragraphStart(), read.y(), height, size, layout));
        paragraphStart = false;
      }
      text.setLength(0);
      glyphs.clear();
      y = Float.NaN;
      height = 0;
      size = 0;
      separator = false;
      left = Float.NaN;
      reach = Float.NaN;
      lastX = Float.NaN;
      em = 0;
      base = Float.NaN;
      extent.clear();
    }
  }
}
