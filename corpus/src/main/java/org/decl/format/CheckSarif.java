package org.decl.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
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
 * the rules of this run in the tool's driver, each with its name, descriptions, help and a link to
 * its documentation; one result per finding, with the file relative to the source root and a region
 * (the line where known, else line 1). With a baseline, each result says whether it is new or
 * unchanged.
 */
final class CheckSarif {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The base the artifact URIs are relative to, described in the run's originalUriBaseIds. */
  static final String SOURCE_ROOT = "SRCROOT";

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
        json.writeStringField("name", rule.name());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        String docs = options.docsUrl() == null ? null : options.docsUrl() + rule.docs();
        json.writeObjectFieldStart("help");
        String silence = "Silence it with --rule " + rule.id() + "=off or in corpus.yaml rules:.";
        json.writeStringField(
            "text",
            rule.description()
                + ". "
                + silence
                + (docs == null ? " See docs/" + rule.docs() + "." : " See " + docs + "."));
        json.writeStringField(
            "markdown",
            "**"
                + rule.id()
                + "**: "
                + rule.description()
                + ".\n\n"
                + silence
                + (docs == null ? "" : "\n\n[Documentation](" + docs + ")"));
        json.writeEndObject();
        if (docs != null) {
          json.writeStringField("helpUri", docs);
        }
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
      if (options.sourceRoot() != null) {
        // file URIs are relative to this base, as GitHub code scanning wants them
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SOURCE_ROOT);
        json.writeStringField("uri", directoryUri(options.sourceRoot()));
        json.writeEndObject();
        json.writeEndObject();
      }
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
      Path root = options.sourceRoot();
      Path file = Path.of(f.file()).toAbsolutePath().normalize();
      if (root != null && file.startsWith(root)) {
        json.writeStringField("uri", uri(root.relativize(file).toString()));
        json.writeStringField("uriBaseId", SOURCE_ROOT);
      } else if (root != null) {
        json.writeStringField("uri", file.toUri().toASCIIString());
      } else {
        json.writeStringField("uri", uri(f.file()));
      }
      json.writeEndObject();
      // every result has a region: line 1 when decl knows no better place (a PDF, a whole file)
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", f.line() == null || f.line() < 1 ? 1 : f.line());
      json.writeEndObject();
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

  /** A folder as an absolute file URI ending in a slash, as SARIF wants a base URI. */
  private static String directoryUri(Path dir) {
    String uri = dir.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
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
