package org.decl.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a shell needs to complete a decl command line, read from the picocli model: the commands,
 * their options and what may follow each. The bash, zsh and fish scripts are written from it, so a
 * new command or option is completed without a change here.
 *
 * @param name the command's name ({@code decl}, {@code check}, …)
 * @param summary its description's first sentence
 * @param options its visible options
 * @param operands what its positional parameters take; null when it has none
 * @param subcommands its visible subcommands
 */
record CompletionModel(
    String name,
    String summary,
    List<Opt> options,
    Values operands,
    List<CompletionModel> subcommands) {

  /**
   * One option.
   *
   * @param names every name, short ones first as picocli orders them
   * @param summary its description's first sentence
   * @param values what its argument may be; null for a flag
   * @param repeatable whether it may be given more than once
   */
  record Opt(List<String> names, String summary, Values values, boolean repeatable) {}

  /** What an option's argument or an operand may be. */
  enum Kind {
    /** One of the given words (enum constants, rule ids, commands). */
    WORDS,
    /** A file or folder. */
    FILES,
    /** A folder. */
    DIRECTORIES,
    /** Language tags, comma-separated: those of the nearest index, listed when asked. */
    LANGUAGES,
    /** Free text: nothing to offer. */
    TEXT
  }

  /**
   * An argument's kind, its label as in the help (FORMAT, FILE, …), and its words for {@link
   * Kind#WORDS}.
   */
  record Values(Kind kind, String label, List<String> words) {}

  /** Labels of arguments that name files or folders, and of those that are language tags. */
  private static final Set<String> FILE_LABELS = Set.of("FILE", "CORPUS", "PATH");

  private static final Set<String> DIRECTORY_LABELS = Set.of("DIR", "FOLDER");

  private static final Set<String> LANGUAGE_LABELS = Set.of("TAG", "LANG", "LANGS");

  /** The model of a command and its visible subcommands. */
  static CompletionModel of(CommandSpec spec) {
    List<CompletionModel> subcommands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                subcommands.add(of(sub.getCommandSpec()));
                names.add(name);
              }
            });
    List<Opt> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        options.add(
            new Opt(
                List.of(option.names()),
                summary(option.description(), option),
                values(option),
                option.isMultiValue()));
      }
    }
    Values operands = null;
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden() && operands == null) {
        operands = values(p);
      }
    }
    if (spec.helpCommand()) {
      // help takes the name of one of its siblings
      CommandSpec parent = spec.parent();
      List<String> siblings = new ArrayList<>();
      parent
          .subcommands()
          .forEach(
              (name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                  siblings.add(name);
                }
              });
      operands = new Values(Kind.WORDS, "COMMAND", siblings);
    } else if (!names.isEmpty()) {
      operands = new Values(Kind.WORDS, "COMMAND", names);
    }
    return new CompletionModel(
        spec.name(), HelpLayout.summary(spec), options, operands, subcommands);
  }

  /** The model of the command a command line runs. */
  static CompletionModel of(CommandLine cl) {
    return of(cl.getCommandSpec());
  }

  /** The subcommand of this name, if any. */
  CompletionModel subcommand(String name) {
    return subcommands.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
  }

  private static Values values(ArgSpec arg) {
    if (arg.arity().max() == 0) {
      return null;
    }
    String label = arg.paramLabel().replaceAll("^<|>$", "");
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null) {
      List<String> words = new ArrayList<>();
      candidates.forEach(words::add);
      if (!words.isEmpty()) {
        return new Values(Kind.WORDS, label, List.copyOf(words));
      }
    }
    List<String> parts = Arrays.asList(label.split("[,|]"));
    Class<?> type = arg.type();
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      Class<?>[] auxiliary = arg.auxiliaryTypes();
      type = auxiliary.length > 0 ? auxiliary[0] : String.class;
    }
    Kind kind;
    if (parts.stream().anyMatch(DIRECTORY_LABELS::contains)) {
      kind = Kind.DIRECTORIES;
    } else if (type == Path.class
        || type == File.class
        || parts.stream().anyMatch(FILE_LABELS::contains)) {
      kind = Kind.FILES;
    } else if (LANGUAGE_LABELS.containsAll(parts)) {
      kind = Kind.LANGUAGES;
    } else {
      kind = Kind.TEXT;
    }
    return new Values(kind, label, List.of());
  }

  /** The first sentence of a description, with picocli's variables filled in, on one line. */
  private static String summary(String[] description, OptionSpec option) {
    String text = String.join(" ", description).replaceAll("\\s+", " ").strip();
    String value = option.defaultValue() == null ? "" : option.defaultValue();
    text = text.replace("${DEFAULT-VALUE}", value);
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
