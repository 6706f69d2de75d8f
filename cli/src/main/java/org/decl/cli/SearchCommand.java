package org.decl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.decl.index.IndexLocation;
import org.decl.search.ClauseSearcher;
import org.decl.search.Hit;
import org.decl.search.SearchRequest;
import org.decl.search.WorkCount;
import org.decl.text.Scripts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code decl search}: the clauses that match a query, with their translations. Its options are
 * built with picocli's programmatic API, for start-up time: see {@link DeclCommand}.
 */
final class SearchCommand implements Callable<Integer> {

  enum Format {
    text,
    jsonl,
    tsv,
    kwic
  }

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  SearchCommand() {
    spec.name("search").versionProvider(new VersionProvider());
    spec.usageMessage()
        .description(
            "Print the clauses that match a query, best first, with the matching words marked.",
            "",
            "The query is in Lucene's syntax: words (all required), \"a phrase\", OR, NOT or -word,"
                + " wildcards (liber*), fuzzy words (expresion~), proximity (\"open government\"~3),"
                + " groups in brackets, and the fields exact: (case and accents folded, no stemming),"
                + " work:, lang:, id:, kind:, role: and label:. Words are matched in each language's"
                + " own stemmed form, so freedoms finds freedom and libertés finds liberté.")
        .footerHeading("%nExamples:%n")
        .footer(
            "  decl search 'freedom of expression'",
            "  decl search --lang fr --show en,es '\"gouvernement ouvert\"'",
            "  decl search --format kwic 'transparen*'",
            "  decl search --count 'participation OR participación'",
            "  decl search --format jsonl --limit 0 'exact:societe' | jq -r .id",
            "  decl search --kind commitment --work paris-2016 'corruption~1'");
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("QUERY")
            .arity("1..*")
            .required(true)
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("The query; several words are one query (quote it for the shell).")
            .build());
    spec.addOption(
        OptionSpec.builder("--index")
            .paramLabel("DIR")
            .type(Path.class)
            .description("The index. Default: the nearest .decl/index, here or in a folder above.")
            .build());
    spec.addOption(
        list(
            "--lang",
            "TAG",
            "Search only these languages (repeat or separate with commas): zh is every zh-* tag"
                + " held, zh-Hant only zh-Hant and its extensions such as zh-Hant-TW."));
    spec.addOption(list("--work", "ID", "Search only these works."));
    spec.addOption(
        list(
            "--kind",
            "KIND",
            "Keep only these kinds: heading, clause, or the roles title, article, recital,"
                + " formula, commitment, paragraph, item, closing."));
    spec.addOption(
        OptionSpec.builder("--limit")
            .paramLabel("N")
            .type(int.class)
            .defaultValue("10")
            .description("Show the N best hits; 0 for all. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        list(
            "--show",
            "LANGS",
            "Show the corresponding clause in these languages under each hit, or all; matched"
                + " as --lang is, so --show pt shows pt-PT and pt-BR."));
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(Format.class)
            .defaultValue("text")
            .description(
                "text, jsonl (one object per hit), tsv, or kwic (a line per match, centred on"
                    + " it). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        OptionSpec.builder("--count")
            .type(boolean.class)
            .description("Print how many clauses match, per work and language.")
            .build());
    ColorOption.addTo(spec);
    LogOptions.addTo(spec);
    DeclCommand.standardHelpOptions(spec);
  }

  /** A list option, repeated or comma-separated. */
  private static OptionSpec list(String name, String label, String description) {
    return OptionSpec.builder(name)
        .paramLabel(label)
        .splitRegex(",")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description(description)
        .build();
  }

  /** The command as picocli runs it. */
  CommandSpec spec() {
    return spec;
  }

  /** The value of an option after parsing: given, or its default. */
  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  /** Whether a flag was given. */
  private boolean flag(String option) {
    return Boolean.TRUE.equals(value(option));
  }

  /** The values of a list option, or none. */
  private List<String> values(String option) {
    List<String> values = value(option);
    return values == null ? List.of() : values;
  }

  @Override
  public Integer call() {
    Context context = ((DeclCommand) spec.parent().userObject()).context();
    Messages messages = Messages.of(spec, LogOptions.of(spec), context);
    int limit = value("--limit");
    List<String> show = values("--show");
    Format format = value("--format");
    Path index = value("--index");
    List<String> query = spec.positionalParameters().get(0).getValue();
    if (limit < 0) {
      throw org.decl.DeclException.usage("--limit must be 0 (all) or more");
    }
    boolean showAll = show.stream().anyMatch(s -> s.equalsIgnoreCase("all"));
    SearchRequest request =
        new SearchRequest(
            String.join(" ", query),
            values("--lang"),
            values("--work"),
            values("--kind"),
            limit,
            showAll ? List.of() : show,
            showAll);
    Path dir = index != null ? index : IndexLocation.find(Path.of(""));
    PrintWriter out = spec.commandLine().getOut();
    boolean colors = context.terminal().colorsOut(ColorOption.of(spec));
    try (ClauseSearcher searcher = ClauseSearcher.open(dir)) {
      if (flag("--count")) {
        writeCounts(out, searcher.count(request), format);
        return 0;
      }
      ClauseSearcher.Results found = searcher.find(request);
      List<Hit> hits = found.hits();
      int total = found.total();
      int columns = context.terminal().stdoutIsTty() ? context.terminal().columns() : 0;
      switch (format) {
        case text -> new HitText(colors, columns).write(out, hits);
        case jsonl -> hits.forEach(h -> out.println(JsonLines.hit(h, request)));
        case tsv -> writeTsv(out, hits, searcher.shownLanguages(request));
        case kwic -> new Kwic(colors, columns).write(out, hits);
      }
      out.flush();
      if (hits.isEmpty()) {
        messages.note("No clause matches " + request.query() + ".");
      } else if (total > hits.size()) {
        // joined rather than formatted: %d loads the JDK's locale data, 20 ms of a search
        messages.note(
            total
                + " clauses match; the best "
                + hits.size()
                + " shown (--limit N for more, --limit 0 for all).");
      }
      return 0;
    }
  }

  private static void writeCounts(PrintWriter out, List<WorkCount> counts, Format format) {
    int total = counts.stream().mapToInt(WorkCount::hits).sum();
    switch (format) {
      case jsonl -> counts.forEach(c -> out.println(JsonLines.count(c)));
      case tsv -> counts.forEach(c -> out.println(c.work() + "\t" + c.lang() + "\t" + c.hits()));
      default -> {
        int width = Math.max(5, counts.stream().mapToInt(c -> c.work().length()).max().orElse(0));
        int langs = Math.max(6, counts.stream().mapToInt(c -> c.lang().length()).max().orElse(0));
        String row = "%-" + width + "s  %-" + langs + "s %6s%n"; // zh-Hant-TW as wide as it is
        out.printf(Locale.ROOT, row, "work", "lang", "hits");
        counts.forEach(c -> out.printf(Locale.ROOT, row, c.work(), c.lang(), c.hits()));
        out.printf(Locale.ROOT, row, "total", "", total);
      }
    }
    out.flush();
  }

  /**
   * Tab-separated: work, lang, n, id, kind, score, text, then per language shown (every tag held
   * that a --show filter matches: two for zh-Hans and zh-Hant with --show zh) the counterpart's id,
   * link score and text (three empty columns where there is none), so that columns stay put.
   */
  private static void writeTsv(PrintWriter out, List<Hit> hits, List<String> shown) {
    for (Hit h : hits) {
      StringBuilder line =
          new StringBuilder(
              String.join(
                  "\t",
                  h.work(),
                  h.lang(),
                  String.valueOf(h.n()),
                  h.id(),
                  h.kind(),
                  String.format(Locale.ROOT, "%.3f", h.score()),
                  h.text()));
      for (String lang : shown) {
        Hit.Translation t = h.translations().get(lang);
        if (t == null) {
          line.append("\t\t\t");
        } else {
          line.append('\t')
              .append(t.id())
              .append('\t')
              .append(String.format(Locale.ROOT, "%.3f", t.score()))
              .append('\t')
              .append(t.text());
        }
      }
      out.println(line);
    }
  }

  /**
   * The {@code --format jsonl} lines: a hit with the fields of the design brief, then role and
   * label; a count. Written field by field with Jackson's streaming writer, which starts in a
   * fraction of the time its object mapper takes, for a command that runs for half a second.
   */
  static final class JsonLines {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {}

    static String hit(Hit h, SearchRequest request) {
      return line(
          g -> {
            g.writeStringField("work", h.work());
            g.writeStringField("lang", h.lang());
            g.writeNumberField("n", h.n());
            g.writeStringField("id", h.id());
            g.writeStringField("kind", h.kind());
            g.writeStringField("text", h.text());
            g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
            g.writeStringField("highlight", h.highlight("<em>", "</em>"));
            if (request.showAll() || !request.show().isEmpty()) {
              g.writeObjectFieldStart("translations");
              for (Map.Entry<String, Hit.Translation> t : h.translations().entrySet()) {
                Hit.Translation tr = t.getValue();
                if (tr == null) {
                  g.writeNullField(t.getKey());
                  continue;
                }
                g.writeObjectFieldStart(t.getKey());
                g.writeNumberField("n", tr.n());
                g.writeStringField("id", tr.id());
                g.writeStringField("text", tr.text());
                g.writeNumberField("score", tr.score());
                g.writeBooleanField("weak", tr.weak());
                g.writeEndObject();
              }
              g.writeEndObject();
            }
            g.writeStringField("role", h.role());
            g.writeStringField("label", h.label());
          });
    }

    static String count(WorkCount c) {
      return line(
          g -> {
            g.writeStringField("work", c.work());
            g.writeStringField("lang", c.lang());
            g.writeNumberField("hits", c.hits());
          });
    }

    private interface Fields {
      void write(JsonGenerator g) throws IOException;
    }

    private static String line(Fields fields) {
      StringWriter line = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(line)) {
        g.writeStartObject();
        fields.write(g);
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      return line.toString();
    }
  }

  /** The people's format: where each hit is, its text with the matches marked, translations. */
  record HitText(boolean color, int columns) {

    void write(PrintWriter out, List<Hit> hits) {
      boolean first = true;
      for (Hit h : hits) {
        if (!first) {
          out.println();
        }
        first = false;
        String where =
            h.work()
                + "  "
                + h.lang()
                + "  "
                + h.id()
                + (h.label() == null ? "" : "  " + h.label());
        out.println(color ? "\u001B[36m" + where + "\u001B[0m" : where);
        String marked = color ? h.highlight("\u001B[1;31m", "\u001B[0m") : h.highlight("[", "]");
        wrap(out, marked, "    ", "    ");
        h.translations()
            .forEach(
                (lang, t) -> {
                  String tag = String.format("  %-4s", lang + " ") /* zh-Hant is longer */;
                  String text =
                      t == null
                          ? "(no counterpart in " + lang + ")"
                          : (t.weak() ? "(weak link " + score(t) + ") " : "") + t.text();
                  wrap(out, text, color ? "\u001B[2m" + tag + "\u001B[0m" : tag, " ".repeat(6));
                });
      }
    }

    private static String score(Hit.Translation t) {
      return String.format(Locale.ROOT, "%.2f", t.score());
    }

    private void wrap(PrintWriter out, String text, String first, String rest) {
      int width = columns > 0 ? Math.max(20, columns - rest.length()) : 0;
      List<String> lines = TextWrap.lines(text, width);
      for (int i = 0; i < lines.size(); i++) {
        out.println((i == 0 ? first : rest) + lines.get(i));
      }
    }
  }

  /** Keyword in context: one line per match, the matches lined up in one column. */
  record Kwic(boolean color, int columns) {

    void write(PrintWriter out, List<Hit> hits) {
      List<String[]> rows = new ArrayList<>();
      for (Hit h : hits) {
        String marked = h.highlight();
        String plain = h.text();
        int offset = 0; // marks seen so far, to map positions in marked onto plain
        for (int start = marked.indexOf(Hit.START);
            start >= 0;
            start = marked.indexOf(Hit.START, start + 1)) {
          int end = marked.indexOf(Hit.END, start);
          int from = start - offset;
          int to = end - offset - 1;
          offset += 2;
          rows.add(
              new String[] {
                h.work() + " " + h.lang() + " " + h.id(),
                plain.substring(0, from),
                plain.substring(from, to),
                plain.substring(to)
              });
        }
      }
      int where = rows.stream().mapToInt(r -> Scripts.width(r[0])).max().orElse(0);
      int context = columns > 0 ? Math.max(10, (columns - where - 24) / 2) : 40;
      for (String[] r : rows) {
        String left = tail(r[1], context);
        String right = head(r[3], context);
        String hit = color ? "\u001B[1;31m" + r[2] + "\u001B[0m" : r[2];
        out.println(
            pad(r[0], where)
                + "  "
                + " ".repeat(Math.max(0, context - Scripts.width(left)))
                + left
                + (color ? "" : "[")
                + hit
                + (color ? "" : "]")
                + right);
      }
    }

    private static String pad(String s, int width) {
      return s + " ".repeat(Math.max(0, width - Scripts.width(s)));
    }

    /** The end of a text, at most this many columns. */
    private static String tail(String s, int width) {
      int i = s.length();
      int w = 0;
      while (i > 0) {
        int cp = s.codePointBefore(i);
        if (w + Scripts.width(cp) > width) {
          break;
        }
        w += Scripts.width(cp);
        i -= Character.charCount(cp);
      }
      return s.substring(i);
    }

    /** The start of a text, at most this many columns. */
    private static String head(String s, int width) {
      int i = 0;
      int w = 0;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (w + Scripts.width(cp) > width) {
          break;
        }
        w += Scripts.width(cp);
        i += Character.charCount(cp);
      }
      return s.substring(0, i);
    }
  }
}
