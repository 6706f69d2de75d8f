package org.decl.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.decl.Level;
import org.decl.check.CheckFinding;
import org.decl.check.CheckReport;
import org.decl.check.Rule;
import org.decl.check.Rules;

/**
 * {@code --format sarif}: SARIF 2.1.0, as GitHub code scanning and other viewers read it. One run;
 * the rules of this run in the tool's driver; one result per finding, with the file and, where
 * known, the line. With a baseline, each result says whether it is new or unchanged.
 */
final class CheckSarif {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CheckSarif() {}

  static void write(CheckReport report, ReportOptions options, Writer out) throws IOException {
    List<Rule> rules = Rules.all().stream().filter(r -> options.levels().on(r.id())).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "decl");
      json.writeStringField("version", options.tool());
      json.writeArrayFieldStart("rules");
      for (Rule rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.description() + " (see " + rule.docs() + ")");
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(options.levels().level(rule.id())));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString(rule.group());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (CheckFinding f : report.findings()) {
        result(json, f, index.get(f.rule()), options);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void result(
      JsonGenerator json, CheckFinding f, Integer ruleIndex, ReportOptions options)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule());
    if (ruleIndex != null) {
      json.writeNumberField("ruleIndex", ruleIndex);
    }
    json.writeStringField("level", level(f.level()));
    json.writeObjectFieldStart("message");
    String where =
        f.work()
            + (f.lang() == null ? "" : " " + f.lang())
            + (f.clause() == null ? "" : " " + f.clause());
    json.writeStringField("text", where + ": " + f.message());
    json.writeEndObject();
    if (f.file() != null) {
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", uri(f.file()));
      json.writeEndObject();
      if (f.line() != null) {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", f.line());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
    if (!options.baseline().isEmpty()) {
      json.writeStringField("baselineState", options.known(f) ? "unchanged" : "new");
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("work", f.work());
    if (f.lang() != null) {
      json.writeStringField("lang", f.lang());
    }
    if (f.clause() != null) {
      json.writeStringField("clause", f.clause());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** SARIF's levels: error, warning, note. */
  private static String level(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative URI reference for a path: forward slashes, spaces and the like escaped. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    if (slashed.startsWith("./")) {
      slashed = slashed.substring(2);
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }
}
