package org.decl.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.decl.Level;
import org.decl.check.CheckFinding;
import org.decl.check.CheckReport;

/**
 * {@code --format json}, as the design brief fixes it: {@code {"findings": [{"rule", "level",
 * "work", "lang", "file", "line", "clause", "message"}], "summary": {"errors", "warnings", "infos",
 * "files"}}}. Fields without a value are null, never left out. The same file serves as a baseline.
 */
final class CheckJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CheckJson() {}

  static void write(CheckReport report, Writer out) throws IOException {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (CheckFinding f : report.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("level", f.level().label());
        json.writeStringField("work", f.work());
        json.writeStringField("lang", f.lang());
        json.writeStringField("file", f.file());
        if (f.line() == null) {
          json.writeNullField("line");
        } else {
          json.writeNumberField("line", f.line());
        }
        json.writeStringField("clause", f.clause());
        json.writeStringField("message", f.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", report.count(Level.ERROR));
      json.writeNumberField("warnings", report.count(Level.WARNING));
      json.writeNumberField("infos", report.count(Level.INFO));
      json.writeNumberField("files", report.files());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
