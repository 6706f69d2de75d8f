package org.decl;

/**
 * A failure the user can act on: a bad option, a broken manifest, a document that cannot be read.
 *
 * <p>The message is one line, already phrased for a person. When the failure concerns a file, the
 * file is named by {@link #file()} and prefixed to {@link #getMessage()}. The exit code follows the
 * design brief: 1 for a document that could not be processed, 2 for usage and configuration errors.
 */
public final class DeclException extends RuntimeException {

  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** A bad option, query or argument: exit 2. */
    USAGE(2),
    /** A broken manifest or configuration file: exit 2. */
    CONFIG(2),
    /** A document that could not be read or processed: exit 1. */
    BAD_INPUT(1);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;
  private final String file;
  private final String problem;

  private DeclException(Kind kind, String file, String problem, Throwable cause) {
    super(file == null ? problem : file + ": " + problem, cause);
    this.kind = kind;
    this.file = file;
    this.problem = problem;
  }

  public static DeclException usage(String problem) {
    return new DeclException(Kind.USAGE, null, problem, null);
  }

  public static DeclException config(String file, String problem) {
    return new DeclException(Kind.CONFIG, file, problem, null);
  }

  public static DeclException config(String file, String problem, Throwable cause) {
    return new DeclException(Kind.CONFIG, file, problem, cause);
  }

  public static DeclException badInput(String file, String problem) {
    return new DeclException(Kind.BAD_INPUT, file, problem, null);
  }

  public static DeclException badInput(String file, String problem, Throwable cause) {
    return new DeclException(Kind.BAD_INPUT, file, problem, cause);
  }

  public Kind kind() {
    return kind;
  }

  /** The file concerned, or null. */
  public String file() {
    return file;
  }

  /** The problem without the file name. */
  public String problem() {
    return problem;
  }

  public int exitCode() {
    return kind.exitCode();
  }
}
