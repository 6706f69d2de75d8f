package org.decl.manifest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Reads YAML into {@link Node}s that remember their line and column, from SnakeYAML's events.
 *
 * <p>Events rather than Jackson's YAML parser, which drops the anchor of a scalar ({@code id: &o
 * fr}) and gives an alias ({@code lang: *o}) as the anchor's name: here an alias is the node its
 * anchor marks, shared, not copied, so that aliases of aliases cost nothing.
 *
 * <p>Limits, each its own one-line error: {@link #MAX_DEPTH} levels of nesting, {@link
 * #MAX_CHARACTERS} characters, lines of at most {@link #MAX_LINE} characters. The last is there
 * because SnakeYAML's reader copies its whole window each time it reads 1,024 more characters of
 * one token, quadratic in the token's length: a 16 MB comment line took minutes.
 */
final class YamlTree {

  /** Nesting deeper than a manifest's four levels needs, and far short of a stack overflow. */
  static final int MAX_DEPTH = 64;

  /** A manifest of ten thousand versions is under 1 MB. */
  static final int MAX_CHARACTERS = 3 << 20;

  /** A line longer than a title or a path could be. */
  static final int MAX_LINE = 1 << 16;

  private YamlTree() {}

  static Node parse(String file, String yaml) {
    checkSize(file, yaml);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE); // checked above, with its own message
    try {
      Iterator<Event> events = new Yaml(options).parse(new StringReader(yaml)).iterator();
      events.next(); // the stream's start
      Event next = events.next();
      if (next.is(Event.ID.StreamEnd)) {
        throw DeclException.config(
            file,
            "empty file: a manifest lists works (docs/index.md#corpusyaml); decl init writes"
                + " one for the documents in its folder");
      }
      Map<String, Node> anchors = new HashMap<>();
      Node root = read(file, events.next(), events, anchors, 1);
      events.next(); // the document's end
      Event after = events.next();
      if (!after.is(Event.ID.StreamEnd)) {
        throw DeclException.config(
            file, at(after.getStartMark()) + "a second YAML document; a manifest is one document");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() == null ? "cannot parse" : e.getProblem();
      if (e.getContextMark() != null
          && e.getContext() != null
          && problem.contains("<stream end>")) {
        // the file ended inside a bracket or a block: name where that was opened, not the end
        mark = e.getContextMark();
        problem = e.getContext() + " opened here, " + problem;
      }
      throw DeclException.config(
          file, (mark == null ? "" : at(mark)) + "not valid YAML: " + firstLine(problem), e);
    } catch (YAMLException e) {
      throw DeclException.config(file, "not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private static void checkSize(String file, String yaml) {
    if (yaml.length() > MAX_CHARACTERS) {
      throw DeclException.config(
          file,
          "too large for a manifest ("
              + yaml.length() / (1 << 20)
              + " M characters; the limit is "
              + (MAX_CHARACTERS >> 20)
              + " M)");
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= yaml.length(); i++) {
      if (i == yaml.length() || yaml.charAt(i) == '\n') {
        if (i - start > MAX_LINE) {
          throw DeclException.config(
              file,
              "line "
                  + line
                  + " is "
                  + (i - start)
                  + " characters long; a manifest's lines are at most "
                  + MAX_LINE);
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static Node read(
      String file, Event event, Iterator<Event> events, Map<String, Node> anchors, int depth) {
    Mark start = event.getStartMark();
    int line = start.getLine() + 1;
    int column = start.getColumn() + 1;
    if (event instanceof CollectionStartEvent && depth > MAX_DEPTH) {
      throw DeclException.config(
          file, at(start) + "YAML nested deeper than " + MAX_DEPTH + " levels");
    }
    Node node;
    if (event instanceof AliasEvent alias) {
      node = anchors.get(alias.getAnchor());
      if (node == null) {
        throw DeclException.config(
            file, at(start) + "the alias *" + alias.getAnchor() + " names no anchor above it");
      }
      return node;
    } else if (event instanceof MappingStartEvent) {
      LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
      Map<String, int[]> keys = new HashMap<>();
      for (Event k = events.next(); !k.is(Event.ID.MappingEnd); k = events.next()) {
        Node keyNode = read(file, k, events, anchors, depth + 1);
        if (!(keyNode instanceof Node.Scalar scalar) || scalar.value() == null) {
          throw DeclException.config(file, at(k.getStartMark()) + "a key must be a word");
        }
        String key = scalar.value();
        if (entries.containsKey(key)) {
          throw DeclException.config(file, at(k.getStartMark()) + "'" + key + "' is given twice");
        }
        keys.put(key, new int[] {k.getStartMark().getLine() + 1, k.getStartMark().getColumn() + 1});
        entries.put(key, read(file, events.next(), events, anchors, depth + 1));
      }
      node = new Node.MapNode(line, column, entries, keys);
    } else if (event instanceof SequenceStartEvent) {
      List<Node> items = new ArrayList<>();
      for (Event i = events.next(); !i.is(Event.ID.SequenceEnd); i = events.next()) {
        items.add(read(file, i, events, anchors, depth + 1));
      }
      node = new Node.ListNode(line, column, items);
    } else if (event instanceof ScalarEvent scalar) {
      node = new Node.Scalar(line, column, isNull(scalar) ? null : scalar.getValue());
    } else {
      throw DeclException.config(
          file, at(start) + "not valid YAML: unexpected " + event.getEventId());
    }
    String anchor = ((NodeEvent) event).getAnchor();
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  /** YAML's null: an unquoted {@code null}, {@code ~} or nothing at all. */
  private static boolean isNull(ScalarEvent scalar) {
    if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
      return false;
    }
    String v = scalar.getValue();
    return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
  }

  private static String firstLine(String message) {
    return message == null ? "cannot parse" : message.lines().findFirst().orElse(message).strip();
  }

  static String at(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
  }
}
