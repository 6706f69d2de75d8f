package org.decl.align;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decl.DeclException;
import org.decl.clause.ClauseDocument;

/**
 * A reference alignment: beads in the {@code decl align --format jsonl} form, one object per line,
 * of which only {@code source} and {@code target} are read. It must fit the two documents: every
 * {@code n} one of their units, no unit in two beads.
 */
public final class GoldFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFile() {}

  /** The reference beads for two documents, or a configuration error naming the line. */
  public static List<Bead> read(Path file, ClauseDocument source, ClauseDocument target) {
    String name = file.toString();
    List<Bead> beads = new ArrayList<>();
    Set<Integer> sourceSeen = new HashSet<>();
    Set<Integer> targetSeen = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode bead = parse(name, line, text);
        beads.add(
            new Bead(
                units(name, line, bead, "source", source, sourceSeen),
                units(name, line, bead, "target", target, targetSeen),
                1));
      }
    } catch (NoSuchFileException e) {
      throw DeclException.config(name, "no such gold file");
    } catch (CharacterCodingException e) {
      throw DeclException.config(name, "not UTF-8 text");
    } catch (IOException e) {
      throw DeclException.config(name, "cannot read: " + e.getMessage(), e);
    }
    if (beads.isEmpty()) {
      throw DeclException.config(name, "no beads: the gold file is empty");
    }
    return beads;
  }

  private static JsonNode parse(String name, int line, String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw DeclException.config(
            name + ":" + line, "not a bead: expected {\"source\": [n], \"target\": [n]}");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw DeclException.config(name + ":" + line, "not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<Integer> units(
      String name, int line, JsonNode bead, String side, ClauseDocument doc, Set<Integer> seen) {
    JsonNode list = bead.get(side);
    if (list == null || !list.isArray()) {
      throw DeclException.config(
          name + ":" + line, "'" + side + "' must be a list of unit numbers");
    }
    List<Integer> ns = new ArrayList<>();
    for (JsonNode n : list) {
      if (!n.canConvertToInt() || !n.isIntegralNumber()) {
        throw DeclException.config(
            name + ":" + line, "'" + side + "' must hold unit numbers, not " + n);
      }
      int value = n.intValue();
      int size = doc.units().size();
      if (value < 1 || value > size) {
        throw DeclException.config(
            name + ":" + line,
            side
                + " unit "
                + value
                + " does not exist: "
                + doc.path()
                + " has units 1 to "
                + size
                + " (does the gold file belong to these documents?)");
      }
      if (!seen.add(value)) {
        throw DeclException.config(name + ":" + line, side + " unit " + value + " is in two beads");
      }
      ns.add(value);
    }
    return ns;
  }
}
