package org.decl.cli;

import java.util.List;
import org.decl.cli.CompletionModel.Opt;
import org.decl.cli.CompletionModel.Values;

/**
 * decl's completion script for bash: a table of what each command's options take, written from the
 * model, and one function that finds the command, the option before the cursor and the word being
 * completed. Bash cuts {@code --format=json} and {@code --rule id=off} into pieces at the {@code =}
 * (COMP_WORDBREAKS); the function puts them together again, so that {@code --opt=VALUE} and {@code
 * ID=LEVEL} values complete as whole words, and answers only the piece bash replaces.
 */
final class BashCompletion {

  private BashCompletion() {}

  static String script(CompletionModel root) {
    StringBuilder s = new StringBuilder();
    s.append("# bash completion for ")
        .append(root.name())
        .append(", written by '")
        .append(root.name())
        .append(" generate-completion bash' from its options.\n")
        .append("# Load it with: source <(")
        .append(root.name())
        .append(" generate-completion bash)\n\n");
    s.append("# What an option of a command takes, or its operands (@): KIND [WORDS...]\n");
    s.append("_decl_values() {\n  case \"$1 $2\" in\n");
    values(s, "", root);
    for (CompletionModel c : root.subcommands()) {
      values(s, c.name(), c);
    }
    s.append("  esac\n}\n\n");
    s.append("# The options of a command\n_decl_options() {\n  case \"$1\" in\n");
    options(s, "", root);
    for (CompletionModel c : root.subcommands()) {
      options(s, c.name(), c);
    }
    s.append("  esac\n}\n\n");
    s.append(RUNTIME);
    s.append("complete -F _decl ").append(root.name()).append('\n');
    // the functions are named after the program, so that two such scripts do not collide
    return s.toString().replace("_decl", "_" + root.name().replaceAll("[^A-Za-z0-9_]", "_"));
  }

  private static void values(StringBuilder s, String command, CompletionModel c) {
    for (Opt o : c.options()) {
      if (o.values() != null) {
        s.append("    ");
        List<String> names = o.names();
        for (int i = 0; i < names.size(); i++) {
          s.append(i > 0 ? "|" : "").append(quote(command + " " + names.get(i)));
        }
        s.append(") echo ").append(quote(spec(o.values()))).append(" ;;\n");
      }
    }
    if (c.operands() != null) {
      s.append("    ")
          .append(quote(command + " @"))
          .append(") echo ")
          .append(quote(spec(c.operands())))
          .append(" ;;\n");
    }
  }

  private static void options(StringBuilder s, String command, CompletionModel c) {
    StringBuilder names = new StringBuilder();
    for (Opt o : c.options()) {
      for (String name : o.names()) {
        names.append(names.length() > 0 ? " " : "").append(name);
      }
    }
    s.append("    ")
        .append(quote(command))
        .append(") echo ")
        .append(quote(names.toString()))
        .append(" ;;\n");
  }

  private static String spec(Values v) {
    String kind =
        switch (v.kind()) {
          case WORDS -> "words";
          case FILES -> "files";
          case DIRECTORIES -> "dirs";
          case LANGUAGES -> "languages";
          case TEXT -> "text";
        };
    return v.words().isEmpty() ? kind : kind + " " + String.join(" ", v.words());
  }

  /** A word in single quotes, for the shell. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The part that is the same for every program. */
  private static final String RUNTIME =
      """
      # Completes the value typed so far ($2) as a KIND [WORDS...] ($1) says; $3 is what stands
      # before the value in the whole word $4 (--opt=, or the tags before a comma)
      _decl_reply() {
        local kind=${1%% *} words= val=$2 lead=$3 tok=$4 i
        [[ $1 == *' '* ]] && words=${1#* }
        if [[ $kind == languages ]]; then
          # the tags of the index the line names with --index, or else of the nearest one
          local -a index=()
          for ((i = 1; i < COMP_CWORD; i++)); do
            if [[ ${COMP_WORDS[i]} == --index ]]; then
              index=(--index "${COMP_WORDS[i+1]}")
              [[ ${COMP_WORDS[i+1]} == '=' ]] && index=(--index "${COMP_WORDS[i+2]}")
              index[1]=${index[1]/#\\~/$HOME}
            fi
          done
          words=$("${COMP_WORDS[0]}" complete-languages "${index[@]}" 2>/dev/null)
          lead+=${val%"${val##*,}"}
          val=${val##*,}
        fi
        case $kind in
          words|languages) COMPREPLY=($(compgen -W "$words" -- "$val")) ;;
          files) local IFS=$'\\n'; COMPREPLY=($(compgen -f -- "$val")); compopt -o filenames 2>/dev/null ;;
          dirs) local IFS=$'\\n'; COMPREPLY=($(compgen -d -- "$val")); compopt -o filenames 2>/dev/null ;;
          *) COMPREPLY=() ;;
        esac
        # bash replaces only the piece after the last '=': answer that piece
        local piece=${COMP_WORDS[COMP_CWORD]}
        [[ $piece == '=' ]] && piece=
        local strip=${tok%"$piece"}
        for i in "${!COMPREPLY[@]}"; do
          COMPREPLY[i]=$lead${COMPREPLY[i]}
          COMPREPLY[i]=${COMPREPLY[i]#"$strip"}
        done
      }

      _decl() {
        local -a w=()
        local i word
        # the words as typed, with the pieces bash cut at '=' joined again
        for ((i = 1; i <= COMP_CWORD; i++)); do
          word=${COMP_WORDS[i]}
          if ((i > 1)) && [[ $word == '=' || ${COMP_WORDS[i-1]} == '=' ]]; then
            w[${#w[@]}-1]+=$word
          else
            w+=("$word")
          fi
        done
        local n=$((${#w[@]} - 1)) cmd= prev= spec
        local tok=${w[n]}
        ((n > 0)) && prev=${w[n-1]}
        for word in "${w[@]:0:n}"; do
          [[ $word != -* ]] && { cmd=$word; break; }
        done
        if [[ $tok == -*=* ]]; then
          spec=$(_decl_values "$cmd" "${tok%%=*}")
          [[ -n $spec ]] && { _decl_reply "$spec" "${tok#*=}" "${tok%%=*}=" "$tok"; return; }
        fi
        if [[ $prev == -* && $prev != *=* ]]; then
          spec=$(_decl_values "$cmd" "$prev")
          [[ -n $spec ]] && { _decl_reply "$spec" "$tok" '' "$tok"; return; }
        fi
        if [[ $tok == -* ]]; then
          COMPREPLY=($(compgen -W "$(_decl_options "$cmd")" -- "$tok"))
          return
        fi
        _decl_reply "$(_decl_values "$cmd" @)" "$tok" '' "$tok"
      }

      """;
}
