package org.decl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A command's manual page in the man(7) macros, written from the picocli model: the same
 * description, options, exit codes and examples as its {@code --help}.
 *
 * <p>picocli-codegen's ManPageGenerator writes AsciiDoc, which becomes a man page only through
 * Asciidoctor, a Ruby tool (or its JRuby build, tens of megabytes); the man macros needed here are
 * a dozen, so decl writes them itself and the build needs nothing more.
 */
final class ManPage {

  private ManPage() {}

  /** The page's file name: {@code decl.1}, {@code decl-check.1}. */
  static String fileName(CommandSpec spec) {
    return spec.qualifiedName("-") + ".1";
  }

  /** The commands that have a page: this one and its visible subcommands but help. */
  static List<CommandSpec> pages(CommandSpec root) {
    List<CommandSpec> pages = new ArrayList<>();
    pages.add(root);
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden() && !spec.helpCommand()) {
        pages.add(spec);
      }
    }
    return pages;
  }

  /** The page of a command, for decl of this version. */
  static String of(CommandSpec spec, String version) {
    UsageMessageSpec usage = spec.usageMessage();
    StringBuilder s = new StringBuilder();
    String name = spec.qualifiedName("-");
    s.append(".TH \"")
        .append(roff(name.toUpperCase(Locale.ROOT)))
        .append("\" \"1\" \"\" \"")
        .append(roff(spec.root().name() + " " + version))
        .append("\" \"")
        .append(roff(spec.root().name()))
        .append(" manual\"\n");
    // no hyphenation or justification: options and file names must stay whole to be copied
    s.append(".nh\n.ad l\n");
    List<String> description = List.of(usage.description());
    s.append(".SH NAME\n")
        .append(roff(name))
        .append(" \\- ")
        .append(roff(HelpLayout.summary(spec)))
        .append('\n');
    s.append(".SH SYNOPSIS\n.B ").append(roff(spec.qualifiedName())).append('\n');
    s.append(synopsis(spec)).append('\n');
    // the summary is the description's first line unless the command has a header
    List<String> more =
        usage.header().length > 0
            ? description
            : description.subList(Math.min(1, description.size()), description.size());
    if (more.stream().anyMatch(line -> !HelpLayout.format(line).isBlank())) {
      s.append(".SH DESCRIPTION\n");
      lines(s, more);
    }
    List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
    if (!options.isEmpty()) {
      s.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        s.append(".TP\n");
        String[] names = o.names();
        for (int i = 0; i < names.length; i++) {
          s.append(i > 0 ? ", " : "").append("\\fB").append(roff(names[i])).append("\\fR");
        }
        if (o.arity().max() > 0) {
          s.append("=\\fI").append(roff(label(o))).append("\\fR");
        }
        s.append('\n').append(roff(description(o))).append('\n');
      }
    }
    List<PositionalParamSpec> operands =
        spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!operands.isEmpty()) {
      s.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : operands) {
        s.append(".TP\n\\fI").append(roff(label(p))).append("\\fR\n");
        s.append(roff(description(p))).append('\n');
      }
    }
    List<CommandSpec> commands = pages(spec).subList(1, pages(spec).size());
    if (!commands.isEmpty()) {
      s.append(".SH COMMANDS\n");
      for (CommandSpec c : commands) {
        s.append(".TP\n\\fB").append(roff(c.name())).append("\\fR\n");
        s.append(roff(HelpLayout.summary(c)))
            .append(" See \\fB")
            .append(roff(c.qualifiedName("-")))
            .append("\\fR(1).\n");
      }
    }
    Map<String, String> exitCodes = usage.exitCodeList();
    if (!exitCodes.isEmpty()) {
      s.append(".SH EXIT STATUS\n");
      exitCodes.forEach(
          (code, meaning) ->
              s.append(".TP\n\\fB")
                  .append(roff(code.strip()))
                  .append("\\fR\n")
                  .append(roff(meaning))
                  .append('\n'));
    }
    if (usage.footer().length > 0) {
      String heading = HelpLayout.format(usage.footerHeading()).strip().replaceAll(":$", "");
      s.append(".SH ")
          .append(roff(heading.isEmpty() ? "NOTES" : heading.toUpperCase(Locale.ROOT)))
          .append("\n.PP\n.nf\n");
      for (String line : usage.footer()) {
        s.append(roff(HelpLayout.format(line))).append('\n');
      }
      s.append(".fi\n");
    }
    s.append(".SH SEE ALSO\n");
    List<String> related = new ArrayList<>();
    for (CommandSpec page : pages(spec.root())) {
      if (page != spec) {
        related.add("\\fB" + roff(page.qualifiedName("-")) + "\\fR(1)");
      }
    }
    s.append(String.join(",\n", related)).append('\n');
    return s.toString();
  }

  /** {@code [OPTIONS] [CORPUS]}, {@code FILE...}, {@code COMMAND}: what the command takes. */
  private static String synopsis(CommandSpec spec) {
    List<String> parts = new ArrayList<>();
    if (spec.options().stream().anyMatch(o -> !o.hidden())) {
      parts.add("[\\fIOPTIONS\\fR]");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        String operand = "\\fI" + roff(label(p)) + "\\fR" + (p.arity().max() > 1 ? "\\&..." : "");
        parts.add(p.arity().min() == 0 ? "[" + operand + "]" : operand);
      }
    }
    if (!pages(spec).subList(1, pages(spec).size()).isEmpty()) {
      parts.add("\\fI" + roff(spec.usageMessage().synopsisSubcommandLabel()) + "\\fR");
    }
    return String.join(" ", parts);
  }

  private static String label(ArgSpec arg) {
    return arg.paramLabel().replaceAll("^<|>$", "");
  }

  /** An option's or operand's description, with picocli's variables filled in. */
  private static String description(ArgSpec arg) {
    String text = String.join(" ", arg.description()).replaceAll("\\s+", " ").strip();
    String value = arg.defaultValue() == null ? "" : arg.defaultValue();
    text = text.replace("${DEFAULT-VALUE}", value);
    if (arg.completionCandidates() != null) {
      List<String> words = new ArrayList<>();
      arg.completionCandidates().forEach(words::add);
      text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", words));
    }
    return text;
  }

  /** Lines of text; an empty one starts a new paragraph. */
  private static void lines(StringBuilder s, List<String> lines) {
    boolean started = false;
    for (String line : lines) {
      if (!started && HelpLayout.format(line).isBlank()) {
        continue;
      }
      started = true;
      String text = HelpLayout.format(line).strip();
      s.append(text.isEmpty() ? ".PP" : roff(text)).append('\n');
    }
  }

  /**
   * Text as roff reads it: backslashes and hyphens escaped (a bare hyphen may become a dash, and
   * copying {@code --help} from the page would fail), characters beyond ASCII as {@code \[uXXXX]}
   * so that any groff reads them, and a line that starts with a control character kept as text.
   */
  static String roff(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\\') {
                s.append("\\e");
              } else if (cp == '-') {
                s.append("\\-");
              } else if (cp < 0x80) {
                s.appendCodePoint(cp);
              } else {
                s.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
              }
            });
    if (s.length() > 0 && (s.charAt(0) == '.' || s.charAt(0) == '\'')) {
      s.insert(0, "\\&");
    }
    return s.toString();
  }
}
