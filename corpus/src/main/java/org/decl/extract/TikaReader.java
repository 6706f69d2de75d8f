package org.decl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.FlatOpenDocumentParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.decl.DeclException;
import org.decl.text.Plural;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the formats that need a parser (PDF, Word, OpenDocument, RTF, HTML, EPUB) through Apache
 * Tika, with a time limit per document and a limit on the text it may produce. Only the parsers
 * listed here are used; see docs/tika.md for why these.
 */
final class TikaReader implements DocumentReader {

  /**
   * What Tika delivered for one document.
   *
   * @param declaredLang the language the document declares ({@link DeclaredLanguage}), or null
   * @param ocrPages the pages whose lines were read by OCR ({@link OcrPages})
   */
  record Result(
      String mediaType,
      String title,
      int pages,
      List<TextLine> lines,
      boolean lineBased,
      List<String> warnings,
      String declaredLang,
      Set<Integer> ocrPages) {}

  /** The formats read through Tika, each with its parser, made on first use. */
  enum Format {
    PDF,
    OOXML,
    OFFICE,
    RTF,
    ODF,
    FLAT_ODF,
    EPUB,
    HTML;

    Parser create() {
      return switch (this) {
        case PDF -> new PdfLayoutParser();
        case OOXML -> new OOXMLParser();
        case OFFICE -> new OfficeParser();
        case RTF -> new RTFParser();
        case ODF -> new OpenDocumentParser();
        case FLAT_ODF -> new FlatOpenDocumentParser();
        case EPUB -> new EpubParser();
        case HTML -> new JSoupParser();
      };
    }
  }

  private final Map<Format, Parser> parsers = new EnumMap<>(Format.class);
  private Parser autoDetect;
  private final Duration timeout;
  private final long maxChars;
  private final OcrOptions ocr;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "decl-tika");
            t.setDaemon(true);
            return t;
          });

  TikaReader(Duration timeout, long maxChars, OcrOptions ocr) {
    this.timeout = timeout;
    this.maxChars = maxChars;
    this.ocr = ocr;
  }

  /**
   * The parser for a document, chosen from its first bytes (and for zip containers, their first
   * entries) so that Tika's full type detector, slow to start, is needed only for the rare file
   * nothing here recognises.
   */
  private Parser parserFor(byte[] bytes, String name) {
    Format format = formatOf(bytes, name);
    return format == null ? fallback() : parser(format);
  }

  /** The format of a document by its first bytes, or null when only Tika's detector can tell. */
  private static Format formatOf(byte[] bytes, String name) {
    if (isPdf(bytes)) {
      return Format.PDF;
    }
    if (startsWith(bytes, "{\\rtf")) {
      return Format.RTF;
    }
    if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
      return Format.OFFICE;
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      Format container = ZipContainers.formatOf(bytes);
      if (container != null) {
        return container;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Format.HTML;
    }
    return null;
  }

  private synchronized Parser parser(Format format) {
    return parsers.computeIfAbsent(format, Format::create);
  }

  private synchronized Parser fallback() {
    if (autoDetect == null) {
      Parser[] all = Arrays.stream(Format.values()).map(this::parser).toArray(Parser[]::new);
      autoDetect = new AutoDetectParser(new DefaultDetector(), all);
    }
    return autoDetect;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Result read(String name, byte[] bytes, String lang) {
    if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      ZipBombGuard.check(name, bytes);
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    Format format = formatOf(bytes, name);
    HtmlLists lists =
        format == Format.HTML
            ? HtmlLists.defining(styleSheets(bytes))
            : format == Format.EPUB ? HtmlLists.standard() : null;
    StructureHandler handler = new StructureHandler(isPdf(bytes), maxChars, lists);
    List<String> warnings = new ArrayList<>();
    parse(name, bytes, handler, metadata, warnings);
    if (handler.truncated()) {
      warnings.add("text cut off after " + maxChars + " characters");
    }
    String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
    List<TextLine> lines = handler.lines();
    String declared = DeclaredLanguage.ofMetadata(metadata);
    if (isWord(mediaType)) {
      WordFacts word = word(bytes);
      lines = WordNumbering.relabel(lines, word.numbered());
      if (word.lang() != null) {
        declared = word.lang();
      }
    }
    int pages = pageCount(metadata, handler);
    if (metadata.get(PdfStructure.REPEATED_PAGES) != null) {
      warnings.add(
          "the PDF's page tree reaches some pages more than once (it contains itself): each page"
              + " was read once");
    }
    Set<Integer> ocrPages = Set.of();
    if (mediaType.equals("application/pdf")) {
      OcrPages.Outcome read =
          OcrPages.apply(name, bytes, lines, pages, lang != null ? lang : declared, ocr, warnings);
      lines = read.lines();
      ocrPages = read.pages();
      checkTextLayer(name, metadata, lines, pages, ocrPages, warnings);
    }
    return new Result(
        mediaType, title(metadata), pages, lines, isPdf(bytes), warnings, declared, ocrPages);
  }

  /** What decl reads from a Word document itself, beside Tika's text. */
  private record WordFacts(List<WordNumbering.Numbered> numbered, String lang) {}

  /**
   * A Word document's list labels and language, read with POI; nothing when POI cannot open what
   * Tika could (Tika's text and labels then stand).
   */
  private static WordFacts word(byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      String lang = DeclaredLanguage.ofWord(doc);
      return new WordFacts(WordNumbering.of(doc, lang), lang);
    } catch (IOException | RuntimeException e) {
      return new WordFacts(List.of(), null);
    }
  }

  private static boolean isWord(String mediaType) {
    return mediaType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
        || mediaType.startsWith("application/vnd.ms-word.document")
        || mediaType.startsWith("application/vnd.ms-word.template");
  }

  /**
   * The style sheets of an HTML document, for its {@code @counter-style} rules; read with jsoup
   * only when the bytes mention one.
   */
  private static List<String> styleSheets(byte[] bytes) {
    if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("@counter-style")) {
      return List.of();
    }
    try {
      Document html = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      return html.select("style").stream().map(Element::data).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Tika's own plain text, untouched, for {@code --raw}. */
  @Override
  public String raw(String name, byte[] bytes) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler =
        new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, maxChars));
    parse(name, bytes, handler, metadata, new ArrayList<>());
    return handler.toString();
  }

  private void parse(
      String name, byte[] bytes, ContentHandler handler, Metadata metadata, List<String> warnings) {
    Callable<Void> job =
        () -> {
          try (InputStream in = TikaInputStream.get(bytes)) {
            parserFor(bytes, name).parse(in, handler, metadata, context());
          }
          return null;
        };
    Future<Void> future = workers.submit(job);
    try {
      future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      String limit =
          timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
      throw DeclException.badInput(
          name, "gave up after " + limit + ": the document takes too long to parse");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw DeclException.badInput(name, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof StructureHandler.LimitReached
          || cause instanceof SAXException sax
              && sax.getCause() instanceof StructureHandler.LimitReached) {
        return;
      }
      if (cause instanceof TikaException
          && cause.getCause() instanceof StructureHandler.LimitReached) {
        return;
      }
      throw explain(name, bytes, cause);
    }
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractBookmarksText(false);
    pdf.setExtractAcroFormContent(false);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    context.set(OfficeParserConfig.class, office);
    context.set(HtmlMapper.class, ListAttributes.INSTANCE);
    return context;
  }

  /** Turns a parser failure into one line a person can act on. */
  private static DeclException explain(String name, byte[] bytes, Throwable failure) {
    String kind = isPdf(bytes) ? "PDF" : "document";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || String.valueOf(t.getClass().getName()).endsWith("InvalidPasswordException")) {
        return DeclException.badInput(
            name,
            "password-protected " + kind + "; decl cannot read it without the password",
            failure);
      }
      if (t instanceof ZeroByteFileException) {
        return DeclException.badInput(name, "empty file", failure);
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")
          || message.contains("inflate ratio")
          || message.contains("max entry size")
          || message.contains("too deeply nested")) {
        return DeclException.badInput(
            name, "refused: looks like a zip bomb (it expands far beyond its own size)", failure);
      }
      if (t instanceof UnsupportedFormatException) {
        return DeclException.badInput(name, "unsupported format", failure);
      }
      if (t instanceof OutOfMemoryError) {
        return DeclException.badInput(name, ParseWorker.outOfMemory(), failure);
      }
      if (t instanceof DepthLimits.Exceeded exceeded) {
        return DeclException.badInput(name, exceeded.getMessage(), failure);
      }
      if (t instanceof StackOverflowError overflow) {
        return DeclException.badInput(name, DepthLimits.reason(overflow, bytes), failure);
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = FailureWords.of(root);
    String what = isPdf(bytes) ? "damaged PDF" : "damaged or unreadable " + kind;
    return DeclException.badInput(
        name, detail.isEmpty() ? what : what + " (" + detail + ")", failure);
  }

  private static void checkTextLayer(
      String name,
      Metadata metadata,
      List<TextLine> lines,
      int pages,
      Set<Integer> ocrPages,
      List<String> warnings) {
    boolean anyText =
        lines.stream().anyMatch(l -> l.text().codePoints().anyMatch(Character::isLetterOrDigit));
    boolean formsTooDeep = metadata.get(PdfStructure.FORMS_TOO_DEEP) != null;
    if (!anyText && formsTooDeep) {
      throw DeclException.badInput(
          name,
          DepthLimits.Structure.CONTENT_STREAM.limited(PdfStructure.MAX_FORM_DEPTH)
              + ": its text cannot be read");
    }
    if (formsTooDeep) {
      warnings.add(
          DepthLimits.Structure.CONTENT_STREAM.limited(PdfStructure.MAX_FORM_DEPTH)
              + ": text drawn deeper may be missing");
    }
    if (!anyText && !ocrPages.isEmpty()) {
      throw DeclException.badInput(
          name,
          "no text layer in "
              + Plural.of(pages, "page")
              + ", and OCR found no text on them: blank pages, or a scan too faint to read?");
    }
    if (!anyText) {
      throw DeclException.badInput(
          name,
          "no text layer in "
              + Plural.of(pages, "page")
              + ": a scanned PDF? Run OCR on it first (for example ocrmypdf) and extract again");
    }
    int[] perPage = metadata.getIntValues(PDF.CHARACTERS_PER_PAGE);
    List<Integer> empty = new ArrayList<>();
    for (int i = 0; i < perPage.length; i++) {
      if (perPage[i] == 0 && !ocrPages.contains(i + 1)) {
        empty.add(i + 1);
      }
    }
    if (!empty.isEmpty()) {
      warnings.add(
          "no text on page"
              + (empty.size() > 1 ? "s " : " ")
              + join(empty)
              + " (an image or a scan?)");
    }
    String unmapped = metadata.get(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS);
    if (unmapped != null) {
      try {
        double share = Double.parseDouble(unmapped);
        if (share > 0.05) {
          warnings.add(
              String.format(
                  Locale.ROOT,
                  "%.0f%% of the characters have no Unicode mapping; the text may be garbled",
                  share * 100));
        }
      } catch (NumberFormatException ignored) {
        // an unreadable statistic is no reason to fail the document
      }
    }
  }

  private static int pageCount(Metadata metadata, StructureHandler handler) {
    String n = metadata.get(PagedText.N_PAGES);
    if (n != null) {
      try {
        return Integer.parseInt(n);
      } catch (NumberFormatException ignored) {
        // fall back to the pages seen
      }
    }
    return handler.pages();
  }

  private static String title(Metadata metadata) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      return null;
    }
    title = TextCleaner.cleanParagraph(title.replaceFirst("^Microsoft Word - ", ""));
    return title.matches("(?i).*\\.(docx?|pdf|odt|rtf|txt|html?)$") ? null : title;
  }

  private static String baseType(String contentType) {
    if (contentType == null) {
      return "application/octet-stream";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
  }

  static boolean isPdf(byte[] bytes) {
    int n = Math.min(bytes.length - 4, 1024);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
        return true;
      }
    }
    return false;
  }

  private static String join(List<Integer> pages) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pages.size() && i < 10; i++) {
      s.append(i == 0 ? "" : ", ").append(pages.get(i));
    }
    return pages.size() > 10 ? s + " and " + (pages.size() - 10) + " more" : s.toString();
  }

  /** Tika's HTML mapping, keeping the attributes that number list items and declare a language. */
  private static final class ListAttributes extends DefaultHtmlMapper {
    static final ListAttributes INSTANCE = new ListAttributes();

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
      String element = elementName.toLowerCase(Locale.ROOT);
      String attribute = attributeName.toLowerCase(Locale.ROOT);
      if (element.equals("ol") && Set.of("start", "type", "reversed", "style").contains(attribute)
          || element.equals("li") && attribute.equals("value")) {
        return attribute;
      }
      return super.mapSafeAttribute(elementName, attributeName);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
