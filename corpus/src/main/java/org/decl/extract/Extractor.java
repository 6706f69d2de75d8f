package org.decl.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.DeclException;

/**
 * The extract stage: any declaration document to clean, paragraph-true text.
 *
 * <p>Plain text is decoded and reflowed here without Tika, so commands on text files stay fast;
 * every other format goes through {@link TikaReader}, created on first need, in child processes
 * with a heap cap and a time limit ({@link ParserPool}; the system property {@value #FORK_PROPERTY}
 * {@code =false} parses in this JVM instead). One extractor may be used from several threads.
 */
public final class Extractor implements AutoCloseable {

  /** The system property that, set to {@code false}, parses documents in this JVM. */
  public static final String FORK_PROPERTY = "decl.parse.fork";

  private final ExtractOptions options;
  private final LanguageDetector languages = new LanguageDetector();
  private DocumentReader tika;

  public Extractor(ExtractOptions options) {
    this.options = options;
  }

  /** Starts loading the language model in the background, for runs that will need it. */
  public void preloadLanguageModel() {
    languages.preload();
  }

  /**
   * Extracts one document.
   *
   * @throws DeclException (bad input) naming the document when it cannot be read
   */
  public ExtractedDocument extract(Source source) {
    String name = source.name();
    TikaReader.Result document = lines(source);
    List<String> warnings = new ArrayList<>(document.warnings());
    String mediaType = document.mediaType();
    String title = document.title();
    int pages = document.pages();
    String declared = document.declaredLang();
    java.util.Set<Integer> ocrPages = document.ocrPages();
    List<TextLine> lines = document.lines();
    List<TextLine> body =
        pages > 1 || mediaType.equals("text/plain") ? PageFurniture.remove(lines) : lines;
    List<Paragraph> paragraphs = ParagraphBuilder.build(body, mediaType.equals("application/pdf"));
    if (!ocrPages.isEmpty()) {
      java.util.Set<Integer> read = ocrPages;
      paragraphs = paragraphs.stream().map(p -> read.contains(p.page()) ? p.asOcr() : p).toList();
    }
    if (paragraphs.isEmpty()) {
      throw DeclException.badInput(name, "no text in the document");
    }
    if (title == null && paragraphs.get(0).kind() == ParagraphKind.HEADING) {
      title = paragraphs.get(0).text();
    }
    String lang = source.lang();
    Double confidence = null;
    if (lang == null && declared != null && DeclaredLanguage.fits(declared, joined(paragraphs))) {
      // the document's own declaration, unless its script rules it out (see DeclaredLanguage)
      lang = declared;
      confidence = 1.0;
    } else if (lang == null && options.detectLanguage()) {
      LanguageGuess guess = languages.detect(joined(paragraphs));
      lang = guess.tag();
      confidence = guess.confidence();
    }
    return new ExtractedDocument(
        name,
        mediaType,
        lang,
        confidence,
        title,
        pages,
        paragraphs,
        warnings,
        DamageSigns.of(paragraphs));
  }

  /**
   * The document's lines and what the reader knows of it. The document's bytes, and for plain text
   * its decoded text, are unreachable once this returns: a large text file is then held once, as
   * lines, while its paragraphs are built (docs/reliability.md).
   */
  private TikaReader.Result lines(Source source) {
    String name = source.name();
    byte[] bytes = read(source);
    if (!isPlainText(name, bytes)) {
      return tika().read(name, bytes, source.lang());
    }
    DecodedText decoded = TextDecoder.decode(name, bytes, options.encoding());
    bytes = null;
    List<String> warnings =
        decoded.guessed() ? List.of("not UTF-8; read as " + decoded.charset()) : List.of();
    List<TextLine> lines = PlainTextLines.of(decoded.text());
    int pages = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page();
    return new TikaReader.Result(
        "text/plain", null, pages, lines, true, warnings, null, java.util.Set.of());
  }

  /** The text as the parser gives it, before any repair: for comparison ({@code --raw}). */
  public String raw(Source source) {
    byte[] bytes = read(source);
    if (isPlainText(source.name(), bytes)) {
      return TextDecoder.decode(source.name(), bytes, options.encoding()).text();
    }
    return tika().raw(source.name(), bytes);
  }

  /** The language of a text, as this extractor would detect it. */
  public LanguageGuess detectLanguage(CharSequence text) {
    return languages.detect(text);
  }

  private synchronized DocumentReader tika() {
    if (tika == null) {
      tika =
          Boolean.parseBoolean(System.getProperty(FORK_PROPERTY, "true"))
              ? new ParserPool(options.timeout(), options.maxChars(), options.ocr())
              : new TikaReader(options.timeout(), options.maxChars(), options.ocr());
    }
    return tika;
  }

  private byte[] read(Source source) {
    String name = source.name();
    if (source.path() == null) {
      if (source.content().length == 0) {
        throw DeclException.badInput(name, "empty input");
      }
      return source.content();
    }
    Path path = source.path();
    try {
      if (Files.isDirectory(path)) {
        throw DeclException.badInput(name, "is a directory, not a document");
      }
      if (!Files.isRegularFile(path)) {
        return readStream(name, path); // a pipe named on the command line: <(cat fr.txt)
      }
      long size = Files.size(path);
      if (size == 0) {
        throw DeclException.badInput(name, "empty file");
      }
      if (size > options.maxBytes()) {
        throw DeclException.badInput(name, Source.tooLarge(Source.mb(size), options.maxBytes()));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw DeclException.badInput(name, "no such file");
    } catch (AccessDeniedException e) {
      throw DeclException.badInput(name, "permission denied");
    } catch (IOException e) {
      throw DeclException.badInput(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * A path that is no regular file, as the shell's process substitution gives ({@code /dev/fd/63},
   * a pipe): its size reads as 0, so it is read as a stream, up to the same limit as a file.
   * Versions listed in a manifest never get here as pipes: the corpus side refuses them first.
   */
  private byte[] readStream(String name, Path path) throws IOException {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    }
    if (bytes.length == 0) {
      throw DeclException.badInput(name, "empty input");
    }
    if (bytes.length > options.maxBytes()) {
      throw DeclException.badInput(
          name,
          String.format(
              Locale.ROOT, "too large (more than the limit of %,d MB)", options.maxBytes() >> 20));
    }
    return bytes;
  }

  /**
   * Plain text unless the bytes or the name say otherwise. A file named .pdf or .docx that is not
   * one is refused here, with the reason, rather than read as text.
   */
  private static boolean isPlainText(String name, byte[] bytes) {
    if (TikaReader.isPdf(bytes)
        || startsWith(bytes, "PK\u0003\u0004")
        || startsWith(bytes, "{\\rtf")
        || (bytes.length > 4
            && (bytes[0] & 0xFF) == 0xD0
            && (bytes[1] & 0xFF) == 0xCF
            && (bytes[2] & 0xFF) == 0x11
            && (bytes[3] & 0xFF) == 0xE0)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      throw DeclException.badInput(
          name, "not a PDF (no %PDF header): damaged, or not a PDF at all");
    }
    for (String ext : new String[] {".docx", ".odt", ".epub", ".xlsx", ".pptx", ".ods"}) {
      if (lower.endsWith(ext)) {
        throw DeclException.badInput(
            name,
            "not a "
                + ext.substring(1).toUpperCase(Locale.ROOT)
                + " file (not a zip archive): damaged, or misnamed");
      }
    }
    if (lower.endsWith(".doc") || lower.endsWith(".rtf")) {
      return false;
    }
    return !(lower.endsWith(".html")
        || lower.endsWith(".htm")
        || lower.endsWith(".xhtml")
        || looksLikeHtml(bytes));
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    int i = 0;
    if (startsWith(bytes, "\u00EF\u00BB\u00BF")) {
      i = 3;
    }
    while (i < bytes.length && i < 512 && Character.isWhitespace(bytes[i])) {
      i++;
    }
    String head =
        new String(
                bytes,
                i,
                Math.min(15, bytes.length - i),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
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

  private static String joined(List<Paragraph> paragraphs) {
    StringBuilder s = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (s.length() > 40_000) {
        break;
      }
      s.append(p.text()).append('\n');
    }
    return s.toString();
  }

  @Override
  public synchronized void close() {
    if (tika != null) {
      tika.close();
    }
  }
}
