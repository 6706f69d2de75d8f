package org.decl.cli;

import java.nio.file.Path;
import java.util.List;
import org.decl.DeclException;
import org.decl.search.SearchRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code decl search} asks the index and how it prints the answer, as the user gave them. */
final class SearchOptions {

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query; several words are one query (quote it for the shell).")
  List<String> query;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index. Default: the nearest .decl/index, here or in a folder above.")
  Path index;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      split = ",",
      description =
          "Search only these languages (repeat or separate with commas): zh is every zh-* tag"
              + " held, zh-Hant only zh-Hant and its extensions such as zh-Hant-TW.")
  List<String> langs;

  @Option(
      names = "--work",
      paramLabel = "ID",
      split = ",",
      description = "Search only these works.")
  List<String> works;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description =
          "Keep only these kinds: heading, clause, or the roles title, article, recital,"
              + " formula, commitment, paragraph, item, closing.")
  List<String> kinds;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Show the N best hits; 0 for all. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--show",
      paramLabel = "LANGS",
      split = ",",
      description =
          "Show the corresponding clause in these languages under each hit, in this order, or"
              + " all; matched as --lang is, so --show pt shows pt-PT and pt-BR.")
  List<String> show;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, jsonl (one object per hit), json (one array of them), tsv, or kwic (a line per"
              + " match, centred on it). Default: ${DEFAULT-VALUE}.")
  SearchFormat format;

  @Option(names = "--count", description = "Print how many clauses match, per work and language.")
  boolean count;

  @Option(names = "--header", description = "Begin tsv with a line naming its columns.")
  boolean header;

  /** The request these options make, once they are checked. */
  SearchRequest request() {
    if (limit < 0) {
      throw DeclException.usage("--limit must be 0 (all) or more");
    }
    if (header && format != SearchFormat.tsv) {
      throw DeclException.usage("--header goes with --format tsv");
    }
    boolean showAll = show().stream().anyMatch(s -> s.equalsIgnoreCase("all"));
    return new SearchRequest(
        String.join(" ", query),
        orNone(langs),
        orNone(works),
        orNone(kinds),
        limit,
        showAll ? List.of() : show(),
        showAll);
  }

  /** The --show filters, in the order given. */
  List<String> show() {
    return orNone(show);
  }

  private static List<String> orNone(List<String> values) {
    return values == null ? List.of() : values;
  }
}
