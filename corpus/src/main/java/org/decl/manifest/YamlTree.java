package org.decl.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.DeclException;

/** Reads YAML into {@link Node}s that remember their line and column. */
final class YamlTree {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  static Node parse(String file, String yaml) {
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw DeclException.config(
            file, "empty file: a manifest lists works (see docs/manifest.md)");
      }
      Node root = read(parser, file);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw DeclException.config(
            file, at(at) + "a second YAML document; a manifest is one document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("not valid YAML").strip();
      throw DeclException.config(
          file, (at == null ? "" : at(at)) + "not valid YAML: " + message, e);
    } catch (IOException e) {
      throw DeclException.config(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static Node read(JsonParser parser, String file) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
      Map<String, int[]> keys = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        if (entries.containsKey(key)) {
          throw DeclException.config(file, at(keyAt) + "'" + key + "' is given twice");
        }
        keys.put(key, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
        parser.nextToken();
        entries.put(key, read(parser, file));
      }
      return new Node.MapNode(line, column, entries, keys);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser, file));
      }
      return new Node.ListNode(line, column, items);
    }
    return new Node.Scalar(line, column, token == JsonToken.VALUE_NULL ? null : parser.getText());
  }

  static String at(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
