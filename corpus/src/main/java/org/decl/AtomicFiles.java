package org.decl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files whole or not at all (command output, cache entries): into a temporary file beside
 * the target, synced to disk, then renamed over it, and the folder synced. A failure, a crash or a
 * power cut never leaves a half-written file under the target's name.
 *
 * <p>The temporary file is named {@code .NAME.decl-PID-N.part}, after the target and the process
 * writing it, so that one left by a killed run is recognised and deleted by the next run that
 * writes in the same folder: a part whose process is gone, or older than the process that now has
 * its number.
 */
public final class AtomicFiles {

  /** Writes text to a writer; may fail with an IOException. */
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static final Pattern PART = Pattern.compile("\\..*\\.decl-(\\d+)-\\d+\\.part");

  /**
   * The folders this process has cleaned of stale parts already: once per folder, so that a cache
   * folder of 10,000 entries is listed once rather than once per entry written. Only a memo: a
   * folder cleaned twice is cleaned the same.
   */
  private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /**
   * Refuses to write over one of a command's inputs: decl never destroys what it did not write. The
   * target is compared with each input by real path and by file identity (device and inode, so a
   * hard link or a path through a link is caught too).
   *
   * @param target the file about to be written
   * @param inputs the files the command reads (documents, manifest, baseline, ...)
   * @throws DeclException (configuration, exit 2) naming the target when it is one of them
   */
  public static void refuseInputs(Path target, Collection<Path> inputs) {
    if (!Files.exists(target)) {
      return; // a new file overwrites nothing
    }
    for (Path input : inputs) {
      if (input != null && Files.exists(input) && same(target, input)) {
        throw DeclException.config(
            target.toString(),
            "is an input of this command"
                + (input.toString().equals(target.toString()) ? "" : " (" + input + ")")
                + "; decl does not write over its inputs: give another output");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath()) || Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // gone or unreadable: not something this write can destroy
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it becomes keeps the
   * permissions of the one it replaces, or gets those of an ordinary new file (rw-r--r--).
   */
  private static void readableByAll(Path temp, Path target) throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(
        temp,
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
  }

  public static void write(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      if (CLEANED.add(dir.normalize())) {
        cleanStaleParts(dir);
      }
      temp =
          Files.createTempFile(
              dir,
              "." + target.getFileName() + ".decl-" + ProcessHandle.current().pid() + "-",
              ".part");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(
                      Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
        content.writeTo(out);
        out.flush();
        channel.force(true); // the bytes on disk before the name points at them
      }
      readableByAll(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      syncFolder(dir);
    } catch (IOException e) {
      throw DeclException.badInput(target.toString(), "cannot write: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named .part; the next run deletes it
        }
      }
    }
  }

  /**
   * Syncs a folder so that the rename in it survives a power cut. The rename itself is atomic
   * either way; the sync decides only whether, after a crash, the old file or the new one is found.
   * Where a folder cannot be opened for it (Windows), the rename is left to the system.
   */
  private static void syncFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported on this platform
    }
  }

  /**
   * Deletes the temporary files that runs killed before they could rename them left in a folder:
   * those whose process is gone, or that are older than the process now running under their number.
   * A part of a run still writing is left alone.
   */
  static void cleanStaleParts(Path dir) {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, ".*.decl-*.part")) {
      for (Path part : parts) {
        Matcher m = PART.matcher(part.getFileName().toString());
        if (m.matches() && stale(part, Long.parseLong(m.group(1)))) {
          Files.deleteIfExists(part);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // cleaning is a courtesy; the write goes on
    }
  }

  private static boolean stale(Path part, long pid) throws IOException {
    if (pid == ProcessHandle.current().pid()) {
      return false; // this process's own, being written
    }
    Optional<ProcessHandle> owner = ProcessHandle.of(pid);
    if (owner.isEmpty() || !owner.get().isAlive()) {
      return true;
    }
    // the number was given to another process since: the part is older than it
    Optional<Instant> started = owner.get().info().startInstant();
    FileTime modified = Files.getLastModifiedTime(part);
    return started.isPresent() && modified.toInstant().isBefore(started.get());
  }
}
