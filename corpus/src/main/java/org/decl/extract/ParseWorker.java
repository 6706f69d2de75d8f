package org.decl.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.decl.DeclException;

/**
 * The parser process started by {@link ParserPool}: reads requests on standard input, parses each
 * document with {@link TikaReader} and answers on standard output, one document after another,
 * until its input ends. It is not an API: its protocol is {@link WorkerProtocol}'s.
 *
 * <p>A document that exhausts the heap is answered with its reason and the process then ends, so
 * that the next document gets a fresh JVM; the parent enforces the time limit by killing the
 * process, and this process ends by itself when its parent is gone.
 */
public final class ParseWorker {

  /** The parent kills the process on its own time limit; the reader's own is only a backstop. */
  private static final Duration NO_LIMIT_HERE = Duration.ofDays(1);

  private ParseWorker() {}

  public static void main(String[] args) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    // a library that prints to System.out must not corrupt the frames
    System.setOut(System.err);
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    Map<Settings, TikaReader> readers = new HashMap<>();
    OcrOptions.Listener progress = progress(out);
    out.writeInt(WorkerProtocol.READY);
    out.flush();
    try {
      for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in);
          request != null && request.op() != WorkerProtocol.QUIT;
          request = WorkerProtocol.readRequest(in)) {
        Settings settings =
            new Settings(request.maxChars(), request.ocr(), request.ocrPageMillis(), request.dpi());
        TikaReader reader =
            readers.computeIfAbsent(
                settings,
                s ->
                    new TikaReader(
                        NO_LIMIT_HERE,
                        s.maxChars(),
                        new OcrOptions(
                            s.ocr(), Duration.ofMillis(s.ocrPageMillis()), s.dpi(), progress)));
        if (!answer(out, reader, request)) {
          Runtime.getRuntime().halt(WorkerProtocol.OUT_OF_MEMORY_EXIT);
        }
      }
    } catch (OutOfMemoryError e) {
      Runtime.getRuntime().halt(WorkerProtocol.OUT_OF_MEMORY_EXIT);
    }
    readers.values().forEach(TikaReader::close);
  }

  /** What a reader is made with: one reader for each, kept for the next document. */
  private record Settings(long maxChars, OcrMode ocr, long ocrPageMillis, int dpi) {}

  /** OCR's progress, written to the parent as frames before the answer. */
  private static OcrOptions.Listener progress(DataOutputStream out) {
    return new OcrOptions.Listener() {
      @Override
      public void started(String document, int pages) {
        send(WorkerProtocol.OCR_STARTED, pages);
      }

      @Override
      public void pageDone(String document) {
        send(WorkerProtocol.OCR_PAGE_DONE, 0);
      }

      @Override
      public void finished(String document) {
        send(WorkerProtocol.OCR_FINISHED, 0);
      }

      private void send(int event, int pages) {
        try {
          WorkerProtocol.writeProgress(out, event, pages);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }

  /** Answers one request; false when this process must end (its heap was exhausted). */
  private static boolean answer(
      DataOutputStream out, TikaReader reader, WorkerProtocol.Request request) throws IOException {
    try {
      if (request.op() == WorkerProtocol.READ) {
        WorkerProtocol.writeResult(
            out, reader.read(request.name(), request.bytes(), request.lang()));
      } else {
        WorkerProtocol.writeText(out, reader.raw(request.name(), request.bytes()));
      }
      return true;
    } catch (DeclException e) {
      boolean exhausted = causedBy(e, OutOfMemoryError.class);
      WorkerProtocol.writeRefusal(out, e.problem(), trace(e), exhausted);
      return !exhausted;
    } catch (OutOfMemoryError e) {
      WorkerProtocol.writeRefusal(out, outOfMemory(), "", true);
      return false;
    } catch (StackOverflowError e) {
      WorkerProtocol.writeRefusal(out, DepthLimits.reason(e, request.bytes()), "", false);
      return true;
    }
  }

  /** The reason given for a document that exhausted this process's heap. */
  static String outOfMemory() {
    return String.format(
        java.util.Locale.ROOT,
        "ran out of memory while parsing (the limit is %,d MB per document; see"
            + " docs/reliability.md)",
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String trace(Throwable t) {
    java.io.StringWriter text = new java.io.StringWriter();
    Throwable shown = t.getCause() == null ? t : t.getCause();
    shown.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
