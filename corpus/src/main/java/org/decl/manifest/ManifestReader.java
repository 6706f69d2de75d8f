package org.decl.manifest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.Suggestions;

/**
 * Reads a corpus.yaml and checks it: its shape, its keys (with a suggestion for a mistyped one),
 * its language tags, its works and versions, and that no path leaves the corpus folder, by {@code
 * ..}, as an absolute path, or through a symbolic link. Every problem names the file, line and
 * column. Whether the version files exist is left to the commands that read them.
 */
public final class ManifestReader {

  public static final String FILE_NAME = "corpus.yaml";

  private static final Set<String> TOP_KEYS = Set.of("works", "glossary", "rules");
  private static final Set<String> WORK_KEYS = Set.of("id", "title", "original", "versions");
  private static final Set<String> VERSION_KEYS = Set.of("lang", "path");
  private static final Set<String> LEVELS = Set.of("off", "info", "warning", "error");
  private static final Pattern WORK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String name;
  private final Path root;
  private final Path shown;

  /**
   * @param root the corpus folder, absolute, for checking paths
   * @param shown the corpus folder as the user named it, for the files of versions
   */
  private ManifestReader(String name, Path root, Path shown) {
    this.name = name;
    this.root = root;
    this.shown = shown;
  }

  /** The manifest of a corpus: a folder holding corpus.yaml, or the manifest file itself. */
  public static Manifest read(Path corpus) {
    Path file = Files.isDirectory(corpus) ? corpus.resolve(FILE_NAME) : corpus;
    String name = file.toString();
    if (!Files.exists(corpus)) {
      throw DeclException.config(corpus.toString(), "no such corpus folder or manifest");
    }
    if (!Files.isRegularFile(file)) {
      throw DeclException.config(
          corpus.toString(), "no " + FILE_NAME + " here: a corpus is a folder with a " + FILE_NAME);
    }
    String yaml;
    try {
      // a UTF-8 character is at most four bytes: a file this large is too large without reading it
      if (Files.size(file) > 4L * YamlTree.MAX_CHARACTERS) {
        throw DeclException.config(
            name,
            "too large for a manifest ("
                + (Files.size(file) >> 20)
                + " MB; the limit is "
                + (YamlTree.MAX_CHARACTERS >> 20)
                + " M characters)");
      }
      yaml =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw DeclException.config(name, "not UTF-8 text");
    } catch (IOException e) {
      throw DeclException.config(name, "cannot read: " + e.getMessage(), e);
    }
    return read(file, yaml);
  }

  /**
   * The manifest in a text, read and checked as if it were the file {@code file} (which need not be
   * there yet): for a program that writes a manifest and wants it to read back.
   */
  public static Manifest read(Path file, String yaml) {
    String name = file.toString();
    Path root = file.toAbsolutePath().normalize().getParent();
    Path shown = file.getParent() == null ? Path.of("") : file.getParent();
    return new ManifestReader(name, root, shown).read(YamlTree.parse(name, yaml), file);
  }

  private Manifest read(Node tree, Path file) {
    Node.MapNode top = mapping(tree, "the manifest", "a mapping with a 'works' list");
    checkKeys(top, TOP_KEYS);
    Node worksNode = top.entries().get("works");
    if (worksNode == null) {
      throw error(top, "'works' is missing: a manifest lists its works");
    }
    Node.ListNode worksList = list(worksNode, "'works'");
    if (worksList.items().isEmpty()) {
      throw error(worksList, "'works' is empty");
    }
    List<Work> works = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<Path, Node> paths = new HashMap<>();
    for (Node item : worksList.items()) {
      Work work = work(item, paths);
      if (!ids.add(work.id())) {
        throw error(item, "work '" + work.id() + "' is listed twice");
      }
      works.add(work);
    }
    List<Map<String, String>> glossary = glossary(top.entries().get("glossary"));
    Map<String, int[]> ruleLines = new LinkedHashMap<>();
    Map<String, String> rules = rules(top.entries().get("rules"), ruleLines);
    return new Manifest(file, root, works, glossary, rules, ruleLines);
  }

  private Work work(Node node, Map<Path, Node> paths) {
    Node.MapNode map = mapping(node, "a work", "a mapping with id and versions");
    checkKeys(map, WORK_KEYS);
    String id = requiredString(map, "id", "a work");
    if (!WORK_ID.matcher(id).matches()) {
      throw error(
          map.entries().get("id"), "work id '" + id + "': use letters, digits, '.', '-', '_'");
    }
    String title = optionalString(map, "title");
    Node versionsNode = map.entries().get("versions");
    if (versionsNode == null) {
      throw error(map, "work '" + id + "' has no 'versions'");
    }
    Node.ListNode list = list(versionsNode, "'versions' of work '" + id + "'");
    if (list.items().isEmpty()) {
      throw error(list, "work '" + id + "' has no versions");
    }
    List<Version> versions = new ArrayList<>();
    // by the whole tag: zh-Hans and zh-Hant, pt-PT and pt-BR are two versions, zh-hant and
    // zh-Hant one
    Map<String, Node> langs = new LinkedHashMap<>();
    for (Node item : list.items()) {
      Version version = version(item, id);
      Node first = langs.putIfAbsent(version.lang(), item);
      if (first != null) {
        throw error(
            item,
            "work '"
                + id
                + "' has two versions in "
                + version.lang()
                + " (the first on line "
                + first.line()
                + ")");
      }
      Node earlier = paths.putIfAbsent(version.file().normalize(), item);
      if (earlier != null) {
        throw error(
            item, "'" + version.path() + "' is already a version (line " + earlier.line() + ")");
      }
      versions.add(version);
    }
    String original = optionalString(map, "original");
    if (original != null) {
      original = tag(map.entries().get("original"), original);
      if (!langs.containsKey(original)) {
        throw error(
            map.entries().get("original"),
            "original '"
                + original
                + "' is not one of the versions of '"
                + id
                + "' "
                + langs.keySet()
                + Suggestions.didYouMean(original, langs.keySet()));
      }
    }
    return new Work(id, title, original, versions);
  }

  private Version version(Node node, String work) {
    Node.MapNode map = mapping(node, "a version of '" + work + "'", "a mapping with lang and path");
    checkKeys(map, VERSION_KEYS);
    String lang = tag(map.entries().get("lang"), requiredString(map, "lang", "a version"));
    String path = requiredString(map, "path", "a version");
    Node pathNode = map.entries().get("path");
    Path relative;
    try {
      relative = Path.of(path);
    } catch (java.nio.file.InvalidPathException e) {
      throw error(pathNode, "'" + path + "' is not a valid path");
    }
    if (relative.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
      throw error(pathNode, "'" + path + "' is absolute; paths are relative to the manifest");
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw error(pathNode, "'" + path + "' leaves the corpus folder");
    }
    if (Files.exists(file)) {
      try {
        if (!file.toRealPath().startsWith(root.toRealPath())) {
          throw error(pathNode, "'" + path + "' is a link to a file outside the corpus folder");
        }
      } catch (IOException e) {
        throw error(pathNode, "'" + path + "' cannot be resolved: " + e.getMessage());
      }
    }
    return new Version(lang, path, shown.resolve(relative).normalize(), map.line(), map.column());
  }

  private List<Map<String, String>> glossary(Node node) {
    List<Map<String, String>> entries = new ArrayList<>();
    if (node == null) {
      return entries;
    }
    for (Node item : list(node, "'glossary'").items()) {
      Node.MapNode map = mapping(item, "a glossary entry", "a mapping of language to term");
      Map<String, String> entry = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : map.entries().entrySet()) {
        int[] at = map.keyPositions().get(e.getKey());
        String lang = tagAt(at, e.getKey());
        entry.put(lang, scalar(e.getValue(), "the term for " + lang));
      }
      if (entry.size() < 2) {
        throw error(map, "a glossary entry pairs terms in two languages or more");
      }
      entries.add(entry);
    }
    return entries;
  }

  private Map<String, String> rules(Node node, Map<String, int[]> lines) {
    Map<String, String> rules = new LinkedHashMap<>();
    if (node == null) {
      return rules;
    }
    Node.MapNode map = mapping(node, "'rules'", "a mapping of rule id to level");
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      String level = scalar(e.getValue(), "the level of rule '" + e.getKey() + "'");
      if (!LEVELS.contains(level)) {
        throw error(
            e.getValue(),
            "'"
                + level
                + "' is not a level; use off, info, warning or error"
                + Suggestions.didYouMean(level, LEVELS));
      }
      rules.put(e.getKey(), level);
      lines.put(e.getKey(), map.keyPositions().get(e.getKey()));
    }
    return rules;
  }

  private void checkKeys(Node.MapNode map, Set<String> known) {
    for (String key : map.entries().keySet()) {
      if (!known.contains(key)) {
        int[] at = map.keyPositions().get(key);
        throw DeclException.config(
            name,
            "line "
                + at[0]
                + ", column "
                + at[1]
                + ": unknown key '"
                + key
                + "'"
                + Suggestions.didYouMean(key, known));
      }
    }
  }

  private String tag(Node node, String value) {
    try {
      return LanguageTags.canonical(value);
    } catch (IllegalArgumentException e) {
      throw error(node, e.getMessage());
    }
  }

  private String tagAt(int[] at, String value) {
    try {
      return LanguageTags.canonical(value);
    } catch (IllegalArgumentException e) {
      throw DeclException.config(
          name, "line " + at[0] + ", column " + at[1] + ": " + e.getMessage());
    }
  }

  private String requiredString(Node.MapNode map, String key, String what) {
    Node node = map.entries().get(key);
    if (node == null) {
      throw error(map, what + " needs '" + key + "'");
    }
    return scalar(node, "'" + key + "'");
  }

  private String optionalString(Node.MapNode map, String key) {
    Node node = map.entries().get(key);
    return node == null ? null : scalar(node, "'" + key + "'");
  }

  private String scalar(Node node, String what) {
    if (node instanceof Node.Scalar s && s.value() != null && !s.value().isBlank()) {
      return s.value().strip();
    }
    throw error(node, what + " should be a single value, not " + Node.kindOf(node));
  }

  private Node.MapNode mapping(Node node, String what, String expected) {
    if (node instanceof Node.MapNode map) {
      return map;
    }
    throw error(node, what + " should be " + expected + ", not " + Node.kindOf(node));
  }

  private Node.ListNode list(Node node, String what) {
    if (node instanceof Node.ListNode list) {
      return list;
    }
    throw error(node, what + " should be a list, not " + Node.kindOf(node));
  }

  private DeclException error(Node node, String problem) {
    return DeclException.config(
        name, "line " + node.line() + ", column " + node.column() + ": " + problem);
  }
}
