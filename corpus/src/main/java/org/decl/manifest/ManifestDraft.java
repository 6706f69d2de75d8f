package org.decl.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.Parallel;
import org.decl.extract.DocumentTypes;
import org.decl.extract.ExtractedDocument;
import org.decl.extract.Extractor;
import org.decl.extract.Source;

/**
 * A first corpus.yaml for the documents of a folder, for {@code decl init}: every document decl
 * reads (by its extension, {@link DocumentTypes}) in the folder and the folders below it, hidden
 * ones left out; each read once, as {@code decl extract} reads it, for its language and title.
 *
 * <p>A version's language is the one its file name gives ({@link DocumentNames}), kept whole
 * ({@code zh-Hant}, {@code sr-Latn}), else the one extraction declares or detects. Versions are
 * grouped into works by the same names: {@code charter.fr.txt}, {@code charter_fr.txt} and {@code
 * charter-fr.txt} are versions of {@code charter}; {@code fr.txt}, or a file whose name gives no
 * language, is a version of the work its folder is named for (a file of the folder itself without a
 * language in its name is a work of its own). Each work's original is a guess, said to be one in
 * the manifest: the language most works of the folder have; else the paragraph count most of its
 * versions share (a translation keeps its original's paragraphs; one that does not is not the
 * original); else the first version.
 */
public final class ManifestDraft {

  /**
   * A version as the draft lists it.
   *
   * @param path relative to the manifest, with '/' between folders
   * @param note how its language was found, for its comment
   */
  public record DraftVersion(String lang, String path, String note) {}

  /**
   * A work as the draft lists it.
   *
   * @param title its original's title, or null
   * @param originalReason why that version was taken for the original
   * @param doubles versions in a language the work already has, listed commented out
   */
  public record DraftWork(
      String id,
      String title,
      String original,
      String originalReason,
      List<DraftVersion> versions,
      List<DraftVersion> doubles) {}

  /** A document not listed, and why. */
  public record Unlisted(String path, String reason) {}

  /** How deep below the folder documents are looked for. */
  private static final int DEPTH = 8;

  private final List<DraftWork> works;
  private final List<Unlisted> unlisted;
  private final List<DeclException> failures;

  private ManifestDraft(
      List<DraftWork> works, List<Unlisted> unlisted, List<DeclException> failures) {
    this.works = List.copyOf(works);
    this.unlisted = List.copyOf(unlisted);
    this.failures = List.copyOf(failures);
  }

  /** The works found, in the order of their first file. */
  public List<DraftWork> works() {
    return works;
  }

  /** Documents read but not listed: their language could not be told. */
  public List<Unlisted> unlisted() {
    return unlisted;
  }

  /** Documents that could not be read, each naming its file. */
  public List<DeclException> failures() {
    return failures;
  }

  /** The number of versions listed. */
  public int versionCount() {
    return works.stream().mapToInt(w -> w.versions().size()).sum();
  }

  /** A document read: where it is, what its name says, what extraction found. */
  private record Found(
      Path relative, Optional<DocumentNames.Reading> name, ExtractedDocument doc) {}

  /**
   * Reads the documents of a folder and drafts its manifest.
   *
   * @param folder the corpus folder, as the user named it (documents are named from it)
   * @param extractor reads each document, detecting its language
   * @param jobs documents read at once
   * @throws DeclException (configuration) when the folder holds no document decl reads
   */
  public static ManifestDraft survey(Path folder, Extractor extractor, int jobs) {
    List<Path> files = documents(folder);
    if (files.isEmpty()) {
      throw DeclException.config(
          folder.toString(),
          "no document here or in the folders below (PDF, DOCX, DOC, ODT, RTF, HTML, EPUB or"
              + " text files)");
    }
    List<DeclException> failures = new ArrayList<>();
    List<Optional<Found>> read =
        Parallel.map(
            files,
            jobs,
            "decl-init",
            relative -> {
              Path file = folder.resolve(relative);
              try {
                ExtractedDocument doc = extractor.extract(Source.file(file));
                return Optional.of(
                    new Found(
                        relative, DocumentNames.read(relative.getFileName().toString()), doc));
              } catch (DeclException e) {
                synchronized (failures) {
                  failures.add(e);
                }
                return Optional.empty();
              }
            });
    String folderName = folderName(folder.toAbsolutePath().normalize());
    Map<String, List<Found>> byWork = new LinkedHashMap<>();
    Map<Found, String> langs = new HashMap<>();
    Map<Found, String> notes = new HashMap<>();
    List<Unlisted> unlisted = new ArrayList<>();
    for (Optional<Found> maybe : read) {
      if (maybe.isEmpty()) {
        continue;
      }
      Found f = maybe.get();
      String detected = f.doc().lang();
      String known = detected == null || detected.equals("und") ? null : detected;
      Optional<DocumentNames.Reading> name =
          f.name()
              .filter(
                  n ->
                      n.convention() != DocumentNames.Convention.DASHED
                          || known == null
                          || sameLanguage(n.lang(), known));
      String lang;
      String note;
      String workName;
      if (name.isPresent()) {
        lang = name.get().lang();
        note = "from the file name";
        if (known != null && !sameLanguage(lang, known)) {
          note += "; check: the text reads as " + known + confidence(f.doc());
        } else if (known != null) {
          note += ", as the text reads";
        }
        workName = name.get().work() != null ? name.get().work() : parentName(f, folderName);
      } else if (known != null) {
        lang = known;
        note = "detected" + confidence(f.doc());
        workName =
            f.relative().getParent() != null
                ? parentName(f, folderName)
                : DocumentNames.stem(f.relative().getFileName().toString());
      } else {
        unlisted.add(
            new Unlisted(
                slashed(f.relative()),
                "its language cannot be told from its text; name it NAME.LANG"
                    + extension(f.relative())
                    + " (NAME.fr"
                    + extension(f.relative())
                    + ") or list it by hand"));
        continue;
      }
      langs.put(f, lang);
      notes.put(f, note);
      byWork.computeIfAbsent(DocumentNames.workId(workName), k -> new ArrayList<>()).add(f);
    }
    Map<String, Integer> worksPerLang = new HashMap<>();
    byWork.values().stream()
        .map(fs -> fs.stream().map(langs::get).distinct().toList())
        .forEach(ls -> ls.forEach(l -> worksPerLang.merge(l, 1, Integer::sum)));
    List<DraftWork> works = new ArrayList<>();
    for (Map.Entry<String, List<Found>> e : byWork.entrySet()) {
      List<Found> versions = new ArrayList<>();
      List<DraftVersion> doubles = new ArrayList<>();
      Map<String, Found> firstIn = new HashMap<>();
      for (Found f : e.getValue()) {
        Found first = firstIn.putIfAbsent(langs.get(f), f);
        if (first == null) {
          versions.add(f);
        } else {
          doubles.add(
              new DraftVersion(
                  langs.get(f),
                  slashed(f.relative()),
                  "a second "
                      + langs.get(f)
                      + " version, beside "
                      + slashed(first.relative())
                      + ": list one of them"));
        }
      }
      Guess guess = original(versions, langs, worksPerLang, byWork.size());
      List<DraftVersion> listed =
          versions.stream()
              .map(f -> new DraftVersion(langs.get(f), slashed(f.relative()), notes.get(f)))
              .toList();
      works.add(
          new DraftWork(
              e.getKey(),
              title(guess.original().doc()),
              langs.get(guess.original()),
              guess.reason(),
              listed,
              doubles));
    }
    return new ManifestDraft(works, unlisted, failures);
  }

  private record Guess(Found original, String reason) {}

  private static Guess original(
      List<Found> versions, Map<Found, String> langs, Map<String, Integer> worksPerLang, int all) {
    if (versions.size() == 1) {
      return new Guess(versions.get(0), "its only version");
    }
    int most = versions.stream().mapToInt(f -> worksPerLang.get(langs.get(f))).max().orElse(0);
    List<Found> shared =
        versions.stream().filter(f -> worksPerLang.get(langs.get(f)) == most).toList();
    if (shared.size() == 1) {
      return new Guess(
          shared.get(0),
          String.format(
              Locale.ROOT,
              "the language most works here have (%s: %d of %d)",
              langs.get(shared.get(0)),
              most,
              all));
    }
    Map<Integer, Integer> counts = new HashMap<>();
    versions.forEach(f -> counts.merge(paragraphs(f), 1, Integer::sum));
    int best = shared.stream().mapToInt(f -> counts.get(paragraphs(f))).max().orElse(0);
    List<Found> agreeing = shared.stream().filter(f -> counts.get(paragraphs(f)) == best).toList();
    if (agreeing.size() < shared.size()) {
      return new Guess(
          agreeing.get(0),
          String.format(
              Locale.ROOT,
              "%sthe paragraph count most versions share (%d, in %d of %d)",
              agreeing.size() > 1 ? "the first version with " : "",
              paragraphs(agreeing.get(0)),
              best,
              versions.size()));
    }
    return new Guess(shared.get(0), "the first version: nothing here tells which is the original");
  }

  private static int paragraphs(Found f) {
    return f.doc().paragraphs().size();
  }

  /** The documents decl reads in a folder and below, relative to it, in path order. */
  private static List<Path> documents(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw DeclException.config(
          folder.toString(), Files.exists(folder) ? "not a folder" : "no such folder");
    }
    try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(folder::relativize)
          .filter(p -> !hidden(p))
          .filter(p -> DocumentTypes.isDocument(p.getFileName().toString()))
          .sorted(Comparator.comparing(ManifestDraft::slashed))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw DeclException.config(folder.toString(), "cannot list the folder: " + e.getMessage());
    }
  }

  /** A file inside a hidden folder ({@code .decl}, {@code .git}), or hidden itself. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameLanguage(String a, String b) {
    return LanguageTags.language(a).equals(LanguageTags.language(b));
  }

  private static String confidence(ExtractedDocument doc) {
    return doc.langConfidence() == null
        ? ""
        : String.format(Locale.ROOT, " (confidence %.2f)", doc.langConfidence());
  }

  private static String parentName(Found f, String folderName) {
    Path parent = f.relative().getParent();
    return parent == null ? folderName : parent.getFileName().toString();
  }

  private static String folderName(Path absolute) {
    return absolute.getFileName() == null ? "work" : absolute.getFileName().toString();
  }

  private static String extension(Path relative) {
    String name = relative.getFileName().toString();
    return name.substring(name.lastIndexOf('.'));
  }

  private static String slashed(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /** The title on one line, or null. */
  private static String title(ExtractedDocument doc) {
    if (doc.title() == null || doc.title().isBlank()) {
      return null;
    }
    return doc.title().strip().replaceAll("\\s+", " ");
  }

  /** The manifest, with a comment on every field and on every guess, in YAML. */
  public String yaml() {
    StringBuilder s = new StringBuilder();
    s.append("# corpus.yaml for the documents of this folder, written by decl init.\n")
        .append("# Check the lines marked 'check:', then run decl check (see docs/init.md).\n")
        .append("#\n")
        .append("# works: each work is one text; its versions are its language versions.\n")
        .append("#   id        the work's name in decl's output and for --work:")
        .append(" letters, digits, . - _\n")
        .append("#   title     its title (optional)\n")
        .append("#   original  the language of the version the others are checked and")
        .append(" aligned against\n")
        .append("#   versions  lang: the version's BCP 47 tag, kept whole")
        .append(" (zh-Hant and zh-Hans are two versions)\n")
        .append("#             path: its file, relative to this manifest and inside its folder\n")
        .append("works:\n");
    for (DraftWork work : works) {
      s.append("  - id: ").append(work.id()).append('\n');
      if (work.title() != null) {
        s.append("    title: ").append(quoted(work.title())).append('\n');
      }
      s.append("    original: ")
          .append(work.original())
          .append("  # check: a guess, ")
          .append(work.originalReason())
          .append('\n');
      s.append("    versions:\n");
      work.versions().forEach(v -> version(s, "      - ", v));
      // a second file in a language the work has: listed for the user to choose, commented out
      work.doubles().forEach(v -> version(s, "      # - ", v));
    }
    for (Unlisted u : unlisted) {
      s.append("# not listed: ").append(quoted(u.path())).append(": ").append(u.reason());
      s.append('\n');
    }
    for (DeclException f : failures) {
      s.append("# not listed: ").append(oneLine(f.getMessage())).append('\n');
    }
    s.append("# glossary:  terms that must correspond, one entry per term (optional)\n")
        .append("#   - {en: budget, fr: budget}\n")
        .append("# rules:     a rule's level in this corpus: off, info, warning or error")
        .append(" (decl check --list-rules)\n")
        .append("#   length-ratio: warning\n");
    return s.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  /** A YAML double-quoted scalar: every character kept, the ones YAML reads otherwise escaped. */
  private static void version(StringBuilder s, String start, DraftVersion v) {
    s.append(start)
        .append("{lang: ")
        .append(v.lang())
        .append(", path: ")
        .append(quoted(v.path()))
        .append("}  # ")
        .append(v.note())
        .append('\n');
  }

  static String quoted(String text) {
    StringBuilder s = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                s.append('\\').appendCodePoint(cp);
              } else if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                s.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                s.appendCodePoint(cp);
              }
            });
    return s.append('"').toString();
  }
}
