package org.decl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.decl.AtomicFiles;
import org.decl.index.IndexLocation;
import org.decl.search.ClauseSearcher;
import org.decl.search.SearchRequest;
import org.decl.search.WorkCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code decl search}: the clauses that match a query, with their translations. The options become
 * a {@link SearchRequest}, the index answers it once, and a {@link SearchFormat} writes the answer.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the clauses that match a query, best first, with the matching words marked.",
      "",
      "The query is in Lucene's syntax: words (all required), \"a phrase\", OR, NOT or -word,"
          + " wildcards (liber*), fuzzy words (expresion~), proximity (\"open government\"~3),"
          + " groups in brackets, and the fields exact: (case and accents folded, no stemming),"
          + " work:, lang:, id:, kind:, role: and label:. Words are matched in each language's"
          + " own stemmed form, so freedoms finds freedom and libertés finds liberté.",
    },
    exitCodeListHeading = "%nExit codes (as grep's):%n",
    exitCodeList = {
      "  0:one clause or more matches",
      "  1:no clause matches (with --count too: every count is 0)",
      "  2:usage or configuration error (bad option, bad query, no index)",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  decl search 'freedom of expression'",
      "  decl search --lang fr --show en,es '\"gouvernement ouvert\"'",
      "  decl search --format kwic 'transparen*'",
      "  decl search --count 'participation OR participación'",
      "  decl search --format jsonl --limit 0 'exact:societe' | jq -r .id",
      "  decl search --format json -o hits.json 'role:recital AND lang:fr'",
      "  decl search --kind commitment --work paris-2016 'corruption~1'",
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin SearchOptions options;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (whole or not at all) instead of standard output.")
  Path output;

  @Mixin ColorOption color;

  @Mixin LogOptions log;

  @ParentCommand DeclCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Context context = root.context();
    SearchRequest request = options.request();
    Path dir = options.index != null ? options.index : IndexLocation.find(Path.of(""));
    List<Path> inputs = Outputs.inFolder(dir); // -o never replaces a file of the index
    try (ClauseSearcher searcher = ClauseSearcher.open(dir)) {
      if (options.count) {
        List<WorkCount> counts = searcher.count(request);
        write(inputs, w -> options.format.counts(options.header).write(w, counts));
        return counts.isEmpty() ? 1 : 0;
      }
      ClauseSearcher.Results found = searcher.find(request);
      SearchLayout layout = layout(context, searcher.shownLanguages(request));
      write(inputs, w -> options.format.hits(layout).write(w, found.hits()));
      note(context, request, found);
      return found.hits().isEmpty() ? 1 : 0;
    }
  }

  /** Colour and wrapping only on a terminal, never into a file. */
  private SearchLayout layout(Context context, List<String> shown) {
    boolean terminal = output == null && context.terminal().stdoutIsTty();
    return new SearchLayout(
        SearchLayout.inAskedOrder(options.show(), shown),
        output == null && context.terminal().colorsOut(color.color),
        terminal ? context.terminal().columns() : 0,
        options.header);
  }

  private void write(List<Path> inputs, AtomicFiles.Content content) {
    Outputs.write(spec.commandLine().getOut(), output, inputs, content);
  }

  /** Nothing matching is told a person at a terminal; a script has the exit code, as grep's. */
  private void note(Context context, SearchRequest request, ClauseSearcher.Results found) {
    Messages messages = Messages.of(spec, log, context);
    if (found.hits().isEmpty() && context.terminal().stderrIsTty()) {
      messages.note("No clause matches " + request.query() + ".");
    } else if (found.total() > found.hits().size()) {
      messages.note(
          found.total()
              + " clauses match; the best "
              + found.hits().size()
              + " shown (--limit N for more, --limit 0 for all).");
    }
  }
}
