package org.decl.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.decl.DeclException;
import org.decl.Level;

/**
 * Known findings: a previous {@code decl check --format json} output. A finding counts against the
 * run only if the baseline does not hold it; findings match on rule, work, language, clause and
 * message, not on the line, which moves with every edit above it.
 */
public final class Baseline {

  private Baseline() {}

  /** The baseline's findings, as {@link CheckFinding#baselineKey()}s. */
  public static Set<String> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw DeclException.config(file.toString(), "no such baseline file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? "is not valid JSON"
              : "is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw DeclException.config(
          file.toString(), "not a decl check --format json output: it " + where, e);
    } catch (IOException e) {
      throw DeclException.config(
          file.toString(), "cannot read the baseline: " + firstLine(e.getMessage()), e);
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw DeclException.config(
          file.toString(),
          "not a decl check --format json output: no \"findings\" list (make one with"
              + " decl check --format json -o "
              + file
              + ")");
    }
    Set<String> keys = new HashSet<>();
    int i = 0;
    for (JsonNode f : findings) {
      i++;
      if (!f.hasNonNull("rule") || !f.hasNonNull("work") || !f.hasNonNull("message")) {
        throw DeclException.config(
            file.toString(), "finding " + i + " lacks rule, work or message");
      }
      keys.add(
          new CheckFinding(
                  f.get("rule").asText(),
                  Level.INFO,
                  f.get("work").asText(),
                  text(f, "lang"),
                  null,
                  null,
                  text(f, "clause"),
                  f.get("message").asText())
              .baselineKey());
    }
    return keys;
  }

  private static String text(JsonNode f, String field) {
    return f.hasNonNull(field) ? f.get(field).asText() : null;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
