package org.decl.cli;

import org.decl.cli.CompletionModel.Opt;
import org.decl.cli.CompletionModel.Values;

/**
 * decl's completion script for fish: one {@code complete} line per command and option, each with
 * its description, conditioned on the subcommand already typed.
 */
final class FishCompletion {

  private FishCompletion() {}

  static String script(CompletionModel root) {
    String name = root.name();
    String fn = "__" + name.replaceAll("[^A-Za-z0-9_]", "_");
    StringBuilder s = new StringBuilder();
    s.append("# fish completion for ")
        .append(name)
        .append(", written by '")
        .append(name)
        .append(" generate-completion fish' from its options.\n")
        .append("# Save it as ~/.config/fish/completions/")
        .append(name)
        .append(".fish, or load it with: ")
        .append(name)
        .append(" generate-completion fish | source\n\n");
    s.append(
        """
        # the language tags of the index named with --index, or else of the nearest one; the tags
        # before a comma stay as typed
        function FN_languages
            set -l value (string replace -r -- '^-[^=]*=' '' (commandline -ct))
            set -l lead (string replace -r -- '[^,]*$' '' $value)
            set -l tokens (commandline -opc)
            set -l index
            for i in (seq 2 (count $tokens))
                if test "$tokens[$i]" = --index; and test $i -lt (count $tokens)
                    set index --index $tokens[(math $i + 1)]
                else if string match -q -- '--index=*' $tokens[$i]
                    set index --index (string replace -- '--index=' '' $tokens[$i])
                end
            end
            for tag in (command $tokens[1] complete-languages $index 2>/dev/null)
                printf '%s%s\\n' $lead $tag
            end
        end

        complete -c PROGRAM -f
        """
            .replace("FN", fn)
            .replace("PROGRAM", name));
    String top = "__fish_use_subcommand";
    for (Opt o : root.options()) {
      s.append(option(name, top, o, fn)).append('\n');
    }
    for (CompletionModel c : root.subcommands()) {
      s.append("complete -c ")
          .append(name)
          .append(" -n ")
          .append(top)
          .append(" -a ")
          .append(quote(c.name()))
          .append(" -d ")
          .append(quote(c.summary()))
          .append('\n');
    }
    for (CompletionModel c : root.subcommands()) {
      String condition = quote("__fish_seen_subcommand_from " + c.name());
      s.append('\n');
      for (Opt o : c.options()) {
        s.append(option(name, condition, o, fn)).append('\n');
      }
      if (c.operands() != null) {
        s.append("complete -c ")
            .append(name)
            .append(" -n ")
            .append(condition)
            .append(argument(c.operands(), fn))
            .append('\n');
      }
    }
    return s.toString();
  }

  private static String option(String program, String condition, Opt o, String fn) {
    StringBuilder s = new StringBuilder("complete -c ").append(program).append(" -n ");
    s.append(condition);
    for (String n : o.names()) {
      if (n.startsWith("--")) {
        s.append(" -l ").append(n.substring(2));
      } else if (n.length() == 2) {
        s.append(" -s ").append(n.substring(1));
      } else {
        s.append(" -o ").append(n.substring(1));
      }
    }
    if (o.values() != null) {
      s.append(" -r").append(argument(o.values(), fn));
    }
    return s.append(" -d ").append(quote(o.summary())).toString();
  }

  /** What fish offers for a value: words, files, tags, or nothing. */
  private static String argument(Values v, String fn) {
    return switch (v.kind()) {
      case WORDS -> " -f -a " + quote(String.join(" ", v.words()));
      case FILES -> " -F";
      case DIRECTORIES -> " -f -a " + quote("(__fish_complete_directories)");
      case LANGUAGES -> " -f -a " + quote("(" + fn + "_languages)");
      case TEXT -> " -f";
    };
  }

  /** A word in fish's single quotes, where only the quote and the backslash are special. */
  private static String quote(String word) {
    return "'" + word.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
