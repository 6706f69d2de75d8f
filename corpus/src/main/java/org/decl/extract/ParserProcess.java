package org.decl.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One parser process: a child JVM running {@link ParseWorker}, and the pipes to it. */
final class ParserProcess {

  /**
   * The parent's JVM options a parser process shares: the class-data archive or AOT cache (the same
   * JVM and jar, so the same archive applies), the silencing of its messages, and the options
   * decl's launcher sets for every run, the module ones too (the JVM refuses an archive made with
   * other module options than the run's). Heap and agents are left out: the child has its own heap
   * cap.
   */
  private static final List<String> INHERITED =
      List.of(
          "-XX:SharedArchiveFile=",
          "-XX:AOTCache=",
          "-Xshare:",
          "-XX:+UseSerialGC",
          "-XX:-UsePerfData",
          "--enable-native-access=",
          "-Xlog:cds",
          "-Xlog:aot",
          "-Dfile.encoding=");

  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream answers;

  private ParserProcess(Process process) {
    this.process = process;
    this.requests =
        new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
  }

  /**
   * Starts a parser process with the given heap cap ({@code -Xmx} syntax, such as 1g) and waits
   * until it is ready.
   */
  static ParserProcess start(String heap) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (INHERITED.stream().anyMatch(option::startsWith)) {
        command.add(option);
      }
    }
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ParseWorker.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command);
    // the child's stderr (library logging, a JVM's last words) is never shown to the user: every
    // failure comes back as a reason in the protocol, or as the child's exit
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    ParserProcess process = new ParserProcess(builder.start());
    // the time limit of a document starts when its process is ready, not while the JVM starts
    if (process.answers.readInt() != WorkerProtocol.READY) {
      process.kill();
      throw new IOException("the parser process did not start");
    }
    return process;
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Sends a request and waits for its answer; an IOException when the process is gone. */
  WorkerProtocol.Answer exchange(WorkerProtocol.Request request) throws IOException {
    WorkerProtocol.writeRequest(requests, request);
    return WorkerProtocol.readAnswer(answers);
  }

  /** The next answer to the same request, after word of progress. */
  WorkerProtocol.Answer next() throws IOException {
    return WorkerProtocol.readAnswer(answers);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Kills the process at once and waits until it is gone, so that its core and memory are free. */
  void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** The exit code of a process that has ended or is ending, or -1 if it does not end soon. */
  int exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Asks the process to end when it has finished: it reads the request to quit, or the end of its
   * input, and exits by itself; nobody waits for that.
   */
  void stop() {
    try {
      WorkerProtocol.writeRequest(
          requests,
          new WorkerProtocol.Request(
              WorkerProtocol.QUIT, null, null, 0, null, OcrMode.NEVER, 0, 0));
      requests.close();
    } catch (IOException e) {
      // already gone
    }
  }

  private void waitFor() {
    boolean interrupted = false;
    while (true) {
      try {
        process.waitFor();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
