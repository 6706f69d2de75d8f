package org.decl.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.decl.DeclException;

/**
 * Why the index could not be written, in a person's words: a full disk, a read-only or missing
 * folder, a failing device, and whether the index as the last run left it is still there.
 */
final class WriteFailure {

  private WriteFailure() {}

  /**
   * The one-line error for a failed write.
   *
   * @param dir the index folder
   * @param failure what the writer threw (an I/O error, or the writer closed by a tragic event)
   * @param intact true if the last commit before this run is still the index's last commit
   */
  static DeclException of(String dir, Throwable failure, boolean intact, boolean existed) {
    String after =
        !existed
            ? " (no index was written)"
            : intact
                ? " (the previous index is intact)"
                : " (the index may be damaged: run decl index again with space to spare)";
    return DeclException.badInput(
        dir, "cannot write the index: " + reason(failure) + after, failure);
  }

  /**
   * The operating system's reason, from the first I/O error in the chain. Java gives no error
   * number, only the system's message ({@code strerror}), which is what a person needs anyway: "No
   * space left on device", "Read-only file system", "Input/output error".
   */
  static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException fs && fs.getReason() != null) {
        return lower(fs.getReason());
      }
      if (t instanceof IOException && t.getMessage() != null && !t.getMessage().isBlank()) {
        String message = t.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
          return "no space left on device";
        }
        if (t.getCause() == null) {
          return lower(message.lines().findFirst().orElse(message).strip());
        }
      }
    }
    return "an input/output error";
  }

  private static String lower(String reason) {
    return reason.isEmpty()
        ? reason
        : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
