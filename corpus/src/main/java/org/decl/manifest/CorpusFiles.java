package org.decl.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import org.decl.DeclException;

/**
 * Reads the files of a corpus without leaving its folder: the boundary is checked when a file is
 * opened, not when corpus.yaml was read, so a version swapped for a link in between is caught.
 *
 * <p>The path is walked from the corpus folder one name at a time, each looked at and opened
 * without following links ({@code openat} with {@code O_NOFOLLOW} through a {@link
 * SecureDirectoryStream} where the platform has one, as Linux does). A link met on the way is
 * followed only if it points inside the corpus folder, and then the walk starts again from the
 * folder with the link's target: a link inside the corpus to another file of it is fine, one that
 * leaves it is refused. Only regular files are read; a named pipe or a device is refused from its
 * attributes, before it is opened, so that reading can never block on it.
 */
public final class CorpusFiles {

  /** Links followed in one path before giving up, as the kernel does (ELOOP). */
  private static final int MAX_LINKS = 40;

  private final Path root;

  private CorpusFiles(Path root) {
    this.root = root;
  }

  /**
   * The files of the corpus in this folder.
   *
   * @throws DeclException when the folder cannot be resolved
   */
  public static CorpusFiles of(Path folder) {
    try {
      return new CorpusFiles(folder.toRealPath());
    } catch (IOException e) {
      throw DeclException.config(folder.toString(), "cannot resolve the corpus folder: " + e);
    }
  }

  /** The corpus folder, its real path. */
  public Path root() {
    return root;
  }

  /**
   * Reads a file of the corpus whole.
   *
   * @param file the file, as a version names it (relative to the current folder or absolute)
   * @param maxBytes the largest file accepted
   * @throws NoSuchFileException when the file, or a folder on its way, does not exist
   * @throws DeclException (bad input) when the file leaves the corpus folder, is not a regular
   *     file, is empty or too large, or cannot be read
   */
  public byte[] read(Path file, long maxBytes) throws NoSuchFileException {
    String name = file.toString();
    Path absolute = file.toAbsolutePath().normalize();
    Path lexicalRoot = lexicalRoot(absolute);
    if (lexicalRoot == null) {
      throw DeclException.badInput(name, "is outside the corpus folder " + root);
    }
    Path relative = lexicalRoot.relativize(absolute);
    try {
      return walk(name, relative, maxBytes, 0);
    } catch (NoSuchFileException | DeclException e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw DeclException.badInput(name, "permission denied");
    } catch (IOException e) {
      throw DeclException.badInput(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The corpus folder as the absolute path names it: the real root, or the folder as named if the
   * user reached it through a link; null if the path is outside both.
   */
  private Path lexicalRoot(Path absolute) {
    if (absolute.startsWith(root)) {
      return root;
    }
    // the corpus folder reached through a link: find the ancestor whose real path is the root
    for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
      try {
        if (Files.isSameFile(dir, root)) {
          return dir;
        }
      } catch (IOException e) {
        // not this one
      }
    }
    return null;
  }

  private byte[] walk(String name, Path relative, long maxBytes, int links) throws IOException {
    if (links > MAX_LINKS) {
      throw DeclException.badInput(name, "too many links on its path");
    }
    try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
      if (top instanceof SecureDirectoryStream<Path> secure) {
        return walkSecure(name, secure, relative, maxBytes, links);
      }
    }
    return walkPlain(name, relative, maxBytes, links);
  }

  /** The walk with openat: no name on the way can be swapped for a link between look and open. */
  private byte[] walkSecure(
      String name, SecureDirectoryStream<Path> top, Path relative, long maxBytes, int links)
      throws IOException {
    SecureDirectoryStream<Path> dir = top;
    try {
      for (int i = 0; i < relative.getNameCount(); i++) {
        Path part = relative.getName(i);
        BasicFileAttributes attrs =
            dir.getFileAttributeView(part, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        if (attrs.isSymbolicLink()) {
          return walk(name, throughLink(name, relative, i), maxBytes, links + 1);
        }
        boolean last = i == relative.getNameCount() - 1;
        if (!last) {
          if (!attrs.isDirectory()) {
            throw DeclException.badInput(name, relative.subpath(0, i + 1) + " is not a folder");
          }
          SecureDirectoryStream<Path> next =
              dir.newDirectoryStream(part, LinkOption.NOFOLLOW_LINKS);
          if (dir != top) {
            dir.close();
          }
          dir = next;
          continue;
        }
        checkRegular(name, relative, attrs, maxBytes);
        try (SeekableByteChannel channel =
            dir.newByteChannel(part, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
          return readAtMost(name, Channels.newInputStream(channel), maxBytes);
        }
      }
      throw DeclException.badInput(name, "is the corpus folder, not a document");
    } finally {
      if (dir != top) {
        dir.close();
      }
    }
  }

  /**
   * The same walk where the platform has no openat: each name looked at without following links,
   * the file opened with {@code NOFOLLOW_LINKS}.
   */
  private byte[] walkPlain(String name, Path relative, long maxBytes, int links)
      throws IOException {
    Path at = root;
    for (int i = 0; i < relative.getNameCount(); i++) {
      at = at.resolve(relative.getName(i));
      BasicFileAttributes attrs =
          Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isSymbolicLink()) {
        return walk(name, throughLink(name, relative, i), maxBytes, links + 1);
      }
      if (i < relative.getNameCount() - 1) {
        if (!attrs.isDirectory()) {
          throw DeclException.badInput(name, relative.subpath(0, i + 1) + " is not a folder");
        }
        continue;
      }
      checkRegular(name, relative, attrs, maxBytes);
      try (InputStream in =
          Files.newInputStream(at, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        return readAtMost(name, in, maxBytes);
      }
    }
    throw DeclException.badInput(name, "is the corpus folder, not a document");
  }

  /**
   * The path, relative to the root, that the link at name {@code i} of a path leads to, with the
   * rest of the path after it; refused if it leaves the corpus folder.
   */
  private Path throughLink(String name, Path relative, int i) throws IOException {
    Path link = relative.subpath(0, i + 1);
    Path target = Files.readSymbolicLink(root.resolve(link));
    Path resolved = root.resolve(link).getParent().resolve(target).normalize();
    if (!resolved.startsWith(root)) {
      throw DeclException.badInput(
          name, "leaves the corpus folder: " + link + " is a link to " + target);
    }
    Path rest =
        i + 1 < relative.getNameCount() ? relative.subpath(i + 1, relative.getNameCount()) : null;
    Path inside = root.relativize(resolved);
    return rest == null ? inside : inside.resolve(rest);
  }

  private static void checkRegular(
      String name, Path relative, BasicFileAttributes attrs, long maxBytes) {
    if (attrs.isDirectory()) {
      throw DeclException.badInput(name, "is a directory, not a document");
    }
    if (!attrs.isRegularFile()) {
      throw DeclException.badInput(
          name, "is " + kind(attrs) + ", not a regular file; decl reads only regular files");
    }
    if (attrs.size() == 0) {
      throw DeclException.badInput(name, "empty file");
    }
    if (attrs.size() > maxBytes) {
      throw tooLarge(name, attrs.size(), maxBytes);
    }
  }

  /** A special file's kind, for the message: Java's attributes only say "other". */
  private static String kind(BasicFileAttributes attrs) {
    return attrs.isOther() ? "a named pipe, socket or device" : "not a file";
  }

  /** Reads up to the limit; a file that grew past it since it was looked at is refused. */
  private static byte[] readAtMost(String name, InputStream in, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw tooLarge(name, bytes.length, maxBytes);
    }
    if (bytes.length == 0) {
      throw DeclException.badInput(name, "empty file");
    }
    return bytes;
  }

  private static DeclException tooLarge(String name, long size, long maxBytes) {
    return DeclException.badInput(
        name,
        String.format(
            Locale.ROOT, "too large (%,d MB; the limit is %,d MB)", size >> 20, maxBytes >> 20));
  }

  /**
   * Reads a file named on its own, outside any corpus: links are followed (the user named it), but
   * only a regular file is read, refused from its attributes before it is opened.
   *
   * @throws NoSuchFileException when it does not exist
   */
  public static byte[] readRegular(Path file, long maxBytes) throws NoSuchFileException {
    String name = file.toString();
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      checkRegular(name, file, attrs, maxBytes);
      try (InputStream in = Files.newInputStream(file)) {
        return readAtMost(name, in, maxBytes);
      }
    } catch (NoSuchFileException | DeclException e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw DeclException.badInput(name, "permission denied");
    } catch (IOException e) {
      throw DeclException.badInput(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that a folder decl writes to inside a corpus ({@code .decl}, {@code .decl/cache}, {@code
   * .decl/index}) is a real folder there, or not there yet: each name from the corpus folder down
   * is looked at without following links, so a link cannot send decl's writes elsewhere.
   *
   * @param corpusFolder the corpus folder
   * @param inside the folder's path relative to it
   * @throws DeclException (configuration) when one of them is a link or not a folder
   */
  public static void requireRealFolders(Path corpusFolder, Path inside) {
    Path at = corpusFolder;
    for (Path part : inside) {
      at = at.resolve(part);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return; // created by decl, as a real folder
      } catch (IOException e) {
        throw DeclException.config(at.toString(), "cannot read: " + e.getMessage(), e);
      }
      if (attrs.isSymbolicLink()) {
        throw DeclException.config(
            at.toString(),
            "is a link; decl writes its own files only in a real folder inside the corpus"
                + " (remove the link, or name another folder explicitly)");
      }
      if (!attrs.isDirectory()) {
        throw DeclException.config(at.toString(), "is not a folder");
      }
    }
  }
}
