package org.decl.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.decl.DeclException;
import org.decl.manifest.Manifest;
import org.decl.manifest.ManifestReader;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * The works touched since a git revision, for {@code --changed-since}: those with a version file
 * changed, added or untracked since then. When corpus.yaml itself changed, every work is.
 */
public final class GitChanges {

  private GitChanges() {}

  /** The ids of the works to check. */
  public static Set<String> works(Manifest manifest, String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw DeclException.usage("--changed-since: '" + ref + "' is not a git revision");
    }
    Path dir = manifest.root();
    // outside a repository, git diff compares files as diff would: ask first
    if (!git(dir, ref, "rev-parse", "--is-inside-work-tree").equals(List.of("true"))) {
      throw DeclException.config(dir.toString(), "--changed-since: not in a git repository");
    }
    Set<String> changed = new LinkedHashSet<>();
    changed.addAll(git(dir, ref, "diff", "--name-only", "--relative", "--no-renames", ref, "--"));
    changed.addAll(git(dir, ref, "ls-files", "--others", "--exclude-standard"));
    Set<String> works = new LinkedHashSet<>();
    for (Work work : manifest.works()) {
      if (changed.contains(ManifestReader.FILE_NAME)) {
        works.add(work.id());
        continue;
      }
      for (Version v : work.versions()) {
        if (changed.contains(Path.of(v.path()).normalize().toString().replace('\\', '/'))) {
          works.add(work.id());
        }
      }
    }
    return works;
  }

  private static List<String> git(Path dir, String ref, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw DeclException.config(
          dir.toString(), "--changed-since needs git, which cannot be run: " + e.getMessage());
    }
    try {
      process.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain = new Thread(() -> copy(process.getErrorStream(), err));
      drain.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw DeclException.config(dir.toString(), "git " + args[0] + " took too long");
      }
      drain.join();
      if (process.exitValue() != 0) {
        String why = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (why.contains("not a git repository")) {
          throw DeclException.config(dir.toString(), "--changed-since: not in a git repository");
        }
        throw DeclException.config(
            dir.toString(), "--changed-since " + ref + ": " + why.replaceFirst("^fatal: ", ""));
      }
      return out.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw DeclException.config(dir.toString(), "cannot run git: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeclException.config(dir.toString(), "interrupted while running git");
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // only for the message
    }
  }
}
