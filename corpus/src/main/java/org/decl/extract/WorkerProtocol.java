package org.decl.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames between decl and a parser process, over the child's standard input and output: a
 * request (what to do, the document's name and bytes, the text limit) and its answer (the result,
 * the raw text, or a one-line reason for refusing the document). Strings are length-prefixed UTF-8,
 * so a document's text of any length and any script passes whole.
 */
final class WorkerProtocol {

  static final int READ = 1;
  static final int RAW = 2;
  static final int QUIT = 3;

  static final int RESULT = 1;
  static final int TEXT = 2;
  static final int REFUSED = 3;

  /** A refusal after which the process ends: the next document needs a new one. */
  static final int REFUSED_AND_ENDING = 4;

  /**
   * Word of OCR's progress before the answer: started (with the page count), a page done, or
   * finished. The parent passes it to its listener and gives the document another page's time.
   */
  static final int OCR_PROGRESS = 5;

  static final int OCR_STARTED = 1;
  static final int OCR_PAGE_DONE = 2;
  static final int OCR_FINISHED = 3;

  /** The first word a parser process writes, once it is ready for requests. */
  static final int READY = 0x6465636C;

  /** The exit code of a parser process that ran out of memory and could not say so. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  private WorkerProtocol() {}

  /**
   * One request to a parser process.
   *
   * @param op {@link #READ}, {@link #RAW} or {@link #QUIT}
   * @param lang the language given for the document, or null (for OCR)
   * @param ocr when scanned pages are read with OCR
   * @param ocrPageMillis the time limit of OCR on one page
   * @param dpi the resolution pages are rendered at for OCR
   */
  record Request(
      int op,
      String name,
      byte[] bytes,
      long maxChars,
      String lang,
      OcrMode ocr,
      long ocrPageMillis,
      int dpi) {}

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    out.writeInt(request.op());
    if (request.op() != QUIT) {
      writeString(out, request.name());
      out.writeLong(request.maxChars());
      writeNullable(out, request.lang());
      out.writeInt(request.ocr().ordinal());
      out.writeLong(request.ocrPageMillis());
      out.writeInt(request.dpi());
      out.writeInt(request.bytes().length);
      out.write(request.bytes());
    }
    out.flush();
  }

  static void writeProgress(DataOutputStream out, int event, int pages) throws IOException {
    out.writeInt(OCR_PROGRESS);
    out.writeInt(event);
    out.writeInt(pages);
    out.flush();
  }

  /** The next request, or null at the end of the input (the parent has gone). */
  static Request readRequest(DataInputStream in) throws IOException {
    int op;
    try {
      op = in.readInt();
    } catch (java.io.EOFException e) {
      return null;
    }
    if (op == QUIT) {
      return new Request(QUIT, null, null, 0, null, OcrMode.NEVER, 0, 0);
    }
    String name = readString(in);
    long maxChars = in.readLong();
    String lang = readNullable(in);
    OcrMode ocr = OcrMode.values()[in.readInt()];
    long ocrPageMillis = in.readLong();
    int dpi = in.readInt();
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new Request(op, name, bytes, maxChars, lang, ocr, ocrPageMillis, dpi);
  }

  static void writeResult(DataOutputStream out, TikaReader.Result result) throws IOException {
    out.writeInt(RESULT);
    writeString(out, result.mediaType());
    writeNullable(out, result.title());
    out.writeInt(result.pages());
    out.writeBoolean(result.lineBased());
    writeNullable(out, result.declaredLang());
    out.writeInt(result.warnings().size());
    for (String warning : result.warnings()) {
      writeString(out, warning);
    }
    out.writeInt(result.ocrPages().size());
    for (int page : result.ocrPages()) {
      out.writeInt(page);
    }
    out.writeInt(result.lines().size());
    for (TextLine line : result.lines()) {
      writeString(out, line.text());
      out.writeInt(line.page());
      out.writeInt(line.blanksBefore());
      out.writeBoolean(line.blockStart());
      out.writeInt(line.hint() == null ? -1 : line.hint().ordinal());
      out.writeInt(line.line());
    }
    out.flush();
  }

  static void writeText(DataOutputStream out, String text) throws IOException {
    out.writeInt(TEXT);
    writeString(out, text);
    out.flush();
  }

  /**
   * Refuses a document.
   *
   * @param problem the one-line reason
   * @param trace the failure as the process saw it, shown only with {@code --verbose}
   * @param ending whether the process ends after this answer
   */
  static void writeRefusal(DataOutputStream out, String problem, String trace, boolean ending)
      throws IOException {
    out.writeInt(ending ? REFUSED_AND_ENDING : REFUSED);
    writeString(out, problem);
    writeString(out, trace);
    out.flush();
  }

  /**
   * One answer from a parser process.
   *
   * @param result the document, for {@link #RESULT}
   * @param text the raw text, for {@link #TEXT}, or the reason, for {@link #REFUSED} and {@link
   *     #REFUSED_AND_ENDING}
   * @param trace for a refusal, the failure's stack trace in the parser process
   */
  record Answer(int kind, TikaReader.Result result, String text, String trace) {}

  static Answer readAnswer(DataInputStream in) throws IOException {
    int kind = in.readInt();
    if (kind == OCR_PROGRESS) {
      int event = in.readInt();
      int pages = in.readInt();
      return new Answer(kind, null, event + " " + pages, null);
    }
    if (kind == TEXT) {
      return new Answer(kind, null, readString(in), null);
    }
    if (kind == REFUSED || kind == REFUSED_AND_ENDING) {
      return new Answer(kind, null, readString(in), readString(in));
    }
    if (kind != RESULT) {
      throw new IOException("unexpected answer " + kind);
    }
    String mediaType = readString(in);
    String title = readNullable(in);
    int pages = in.readInt();
    boolean lineBased = in.readBoolean();
    String declared = readNullable(in);
    int warningCount = in.readInt();
    List<String> warnings = new ArrayList<>(warningCount);
    for (int i = 0; i < warningCount; i++) {
      warnings.add(readString(in));
    }
    int ocrCount = in.readInt();
    java.util.Set<Integer> ocrPages = new java.util.TreeSet<>();
    for (int i = 0; i < ocrCount; i++) {
      ocrPages.add(in.readInt());
    }
    int lineCount = in.readInt();
    List<TextLine> lines = new ArrayList<>(lineCount);
    ParagraphKind[] kinds = ParagraphKind.values();
    for (int i = 0; i < lineCount; i++) {
      String text = readString(in);
      int page = in.readInt();
      int blanks = in.readInt();
      boolean blockStart = in.readBoolean();
      int hint = in.readInt();
      int line = in.readInt();
      lines.add(new TextLine(text, page, blanks, blockStart, hint < 0 ? null : kinds[hint], line));
    }
    return new Answer(
        RESULT,
        new TikaReader.Result(
            mediaType, title, pages, lines, lineBased, warnings, declared, ocrPages),
        null,
        null);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(out, s);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }
}
