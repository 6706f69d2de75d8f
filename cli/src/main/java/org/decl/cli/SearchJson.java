package org.decl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.decl.search.Hit;
import org.decl.search.WorkCount;

/**
 * {@code decl search --format jsonl} and {@code json}: the same objects, one per line, or one JSON
 * array of them (one object a line inside it). A hit has the fields of the design brief, then role
 * and label; its translations, with {@code --show}, are keyed by language in the order asked. A
 * count is its work, language and number of hits. Written field by field with Jackson's streaming
 * writer, which starts in a fraction of the time its object mapper takes.
 */
final class SearchJson {

  private static final JsonFactory JSON = new JsonFactory();

  private SearchJson() {}

  static SearchFormat.HitWriter hits(boolean array, List<String> shown) {
    return (out, hits) -> write(out, array, hits.stream().map(h -> hit(h, shown)).toList());
  }

  static SearchFormat.CountWriter counts(boolean array) {
    return (out, counts) -> write(out, array, counts.stream().map(SearchJson::count).toList());
  }

  private static void write(Writer out, boolean array, List<String> objects) throws IOException {
    if (!array) {
      for (String object : objects) {
        out.write(object + "\n");
      }
      return;
    }
    out.write(objects.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", objects) + "\n]\n");
  }

  /** A hit; translations only if a language is shown, each shown that the hit has a key for. */
  static String hit(Hit h, List<String> shown) {
    return object(
        g -> {
          g.writeStringField("work", h.work());
          g.writeStringField("lang", h.lang());
          g.writeNumberField("n", h.n());
          g.writeStringField("id", h.id());
          g.writeStringField("kind", h.kind());
          g.writeStringField("text", h.text());
          g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
          g.writeStringField("highlight", h.highlight("<em>", "</em>"));
          if (!shown.isEmpty()) {
            g.writeObjectFieldStart("translations");
            for (String lang : shown) {
              if (h.translations().containsKey(lang)) {
                translation(g, lang, h.translations().get(lang));
              }
            }
            g.writeEndObject();
          }
          g.writeStringField("role", h.role());
          g.writeStringField("label", h.label());
        });
  }

  private static void translation(JsonGenerator g, String lang, Hit.Translation t)
      throws IOException {
    if (t == null) {
      g.writeNullField(lang);
      return;
    }
    g.writeObjectFieldStart(lang);
    g.writeNumberField("n", t.n());
    g.writeStringField("id", t.id());
    g.writeStringField("text", t.text());
    g.writeNumberField("score", t.score());
    g.writeBooleanField("weak", t.weak());
    g.writeEndObject();
  }

  static String count(WorkCount c) {
    return object(
        g -> {
          g.writeStringField("work", c.work());
          g.writeStringField("lang", c.lang());
          g.writeNumberField("hits", c.hits());
        });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String object(Fields fields) {
    StringWriter object = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(object)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return object.toString();
  }
}
