package org.decl.cli;

import java.util.List;
import org.decl.cli.CompletionModel.Opt;
import org.decl.cli.CompletionModel.Values;

/**
 * decl's completion script for zsh, native: a {@code #compdef} function per command over zsh's
 * {@code _arguments}, so that options show their descriptions, aliases exclude each other and
 * values complete as zsh users expect, without bash's compatibility layer.
 */
final class ZshCompletion {

  private ZshCompletion() {}

  static String script(CompletionModel root) {
    String name = root.name();
    String fn = "_" + name.replaceAll("[^A-Za-z0-9_]", "_");
    StringBuilder s = new StringBuilder();
    s.append("#compdef ").append(name).append('\n');
    s.append("# zsh completion for ")
        .append(name)
        .append(", written by '")
        .append(name)
        .append(" generate-completion zsh' from its options.\n")
        .append("# Save it as _")
        .append(name)
        .append(" in a folder of $fpath, or load it after compinit with: source <(")
        .append(name)
        .append(" generate-completion zsh)\n\n");
    s.append(
        """
        # the language tags of the index named with --index, or else of the nearest one
        FN_languages() {
          local -a tags index
          [[ -n $opt_args[--index] ]] && index=(--index ${opt_args[--index]/#\\~/$HOME})
          tags=(${(f)"$(${FN_program:-PROGRAM} complete-languages $index 2>/dev/null)"})
          (( $#tags )) && _values -s , 'language tag' $tags
        }

        FN() {
          local FN_program=$words[1] curcontext=$curcontext state line ret=1
          typeset -A opt_args
          _arguments -C \\
        """
            .replace("FN", fn)
            .replace("PROGRAM", name));
    for (Opt o : root.options()) {
      s.append("    ").append(option(o, fn)).append(" \\\n");
    }
    s.append("    '1: :->command' \\\n    '*:: :->arguments' && ret=0\n");
    s.append("  case $state in\n    command)\n      local -a commands\n      commands=(\n");
    for (CompletionModel c : root.subcommands()) {
      s.append("        ").append(quote(c.name() + ":" + c.summary())).append('\n');
    }
    s.append("      )\n      _describe -t commands command commands && ret=0 ;;\n");
    s.append("    arguments)\n      curcontext=${curcontext%:*:*}:")
        .append(name)
        .append("-$words[1]:\n      case $words[1] in\n");
    for (CompletionModel c : root.subcommands()) {
      s.append("        ")
          .append(c.name())
          .append(") ")
          .append(fn)
          .append('_')
          .append(c.name().replace('-', '_'))
          .append(" && ret=0 ;;\n");
    }
    s.append("      esac ;;\n  esac\n  return ret\n}\n");
    for (CompletionModel c : root.subcommands()) {
      s.append('\n').append(fn).append('_').append(c.name().replace('-', '_')).append("() {\n");
      s.append("  _arguments -s -S");
      for (Opt o : c.options()) {
        s.append(" \\\n    ").append(option(o, fn));
      }
      if (c.operands() != null) {
        s.append(" \\\n    ")
            .append(quote("*:" + escape(c.operands().label()) + ":" + action(c.operands(), fn)));
      }
      s.append("\n}\n");
    }
    // autoloaded from $fpath, the file is the function's body; sourced, it registers itself
    s.append("\nif [[ $funcstack[1] == ")
        .append(fn)
        .append(" ]]; then\n  ")
        .append(fn)
        .append(" \"$@\"\nelse\n  compdef ")
        .append(fn)
        .append(' ')
        .append(name)
        .append("\nfi\n");
    return s.toString();
  }

  /** One option for _arguments: exclusions, names, description, argument. */
  private static String option(Opt o, String fn) {
    List<String> names = o.names();
    String description = "[" + escape(o.summary()) + "]";
    String argument = "";
    if (o.values() != null) {
      argument = ":" + escape(o.values().label()) + ":" + action(o.values(), fn);
    }
    String exclusion = "";
    if (o.names().stream().anyMatch(n -> n.equals("--help") || n.equals("--version"))) {
      exclusion = "(- *)"; // nothing else after them
    } else if (names.size() > 1 && !o.repeatable()) {
      exclusion = "(" + String.join(" ", names) + ")";
    }
    String repeat = o.repeatable() ? "*" : "";
    StringBuilder s = new StringBuilder();
    if (names.size() == 1) {
      s.append(quote(exclusion + repeat + spelling(names.get(0), o) + description + argument));
    } else {
      s.append(quote(exclusion + repeat)).append('{');
      for (int i = 0; i < names.size(); i++) {
        s.append(i > 0 ? "," : "").append(spelling(names.get(i), o));
      }
      s.append('}').append(quote(description + argument));
    }
    return s.toString();
  }

  /** An option's name as _arguments wants it: how its value may be attached. */
  private static String spelling(String name, Opt o) {
    if (o.values() == null) {
      return name;
    }
    return name.startsWith("--") ? name + "=" : name + "+";
  }

  private static String action(Values v, String fn) {
    return switch (v.kind()) {
      case WORDS ->
          "(" + String.join(" ", v.words().stream().map(ZshCompletion::word).toList()) + ")";
      case FILES -> "_files";
      case DIRECTORIES -> "_files -/";
      case LANGUAGES -> fn + "_languages";
      case TEXT -> " ";
    };
  }

  /** A word of a (…) list: spaces, parentheses and backslashes quoted. */
  private static String word(String w) {
    return w.replaceAll("([\\\\ ()])", "\\\\$1");
  }

  /** Text inside an _arguments spec: brackets and colons mean something there. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\\\[\\]:])", "\\\\$1");
  }

  private static String quote(String word) {
    return BashCompletion.quote(word);
  }
}
