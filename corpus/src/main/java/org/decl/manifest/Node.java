package org.decl.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from YAML with where it stands in the file, so that every problem can be reported
 * with its line and column.
 */
sealed interface Node {

  int line();

  int column();

  /** A mapping; keys keep their own positions. */
  record MapNode(
      int line, int column, LinkedHashMap<String, Node> entries, Map<String, int[]> keyPositions)
      implements Node {}

  /** A sequence. */
  record ListNode(int line, int column, List<Node> items) implements Node {}

  /** A scalar: a string, number, boolean, or null (value null). */
  record Scalar(int line, int column, String value) implements Node {}

  /** What a person calls this kind of value, for messages. */
  static String kindOf(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    return ((Scalar) node).value() == null ? "nothing" : "a single value";
  }
}
