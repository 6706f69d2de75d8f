package org.decl.cli;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.decl.text.Scripts;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How the examples under a command's help are laid out. picocli wraps them at the help width like
 * prose, at any line-break opportunity, so a piped {@code --help} could show half an option ({@code
 * --changed-} on one line, {@code since} on the next) and a copied example would not run. Here an
 * example line is never cut inside a word: on a terminal it wraps at spaces, its continuation
 * indented further; elsewhere (a pipe, a file, a man page) it is not wrapped at all.
 */
final class HelpLayout {

  /** How much further a continuation of a wrapped example line is indented. */
  private static final int CONTINUATION = 4;

  private static final Pattern WORD = Pattern.compile("\\S+");

  private HelpLayout() {}

  /** Lays out the footer of this command and of its subcommands, for a terminal or not. */
  static void install(CommandLine cl, boolean terminal) {
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(help, terminal));
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    for (CommandLine sub : cl.getSubcommands().values()) {
      install(sub, terminal);
    }
  }

  private static String footer(Help help, boolean terminal) {
    UsageMessageSpec usage = help.commandSpec().usageMessage();
    StringBuilder s = new StringBuilder();
    for (String line : usage.footer()) {
      String text = format(line);
      int indent = text.length() - text.stripLeading().length();
      for (String piece : lines(text, terminal ? usage.width() : 0, indent + CONTINUATION)) {
        s.append(help.colorScheme().text(piece)).append(System.lineSeparator());
      }
    }
    return s.toString();
  }

  /**
   * The list of commands, each with the first line of its description, wrapped at spaces under it
   * (picocli would cut {@code corpus.yaml} after the dot).
   */
  private static String commands(Help help) {
    Map<String, Help> commands = new LinkedHashMap<>();
    help.subcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.commandSpec().usageMessage().hidden()) {
                commands.put(name, sub);
              }
            });
    int column = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    StringBuilder s = new StringBuilder();
    commands.forEach(
        (name, sub) -> {
          String line =
              "  " + name + " ".repeat(column - 2 - name.length()) + summary(sub.commandSpec());
          List<String> pieces = lines(line, help.commandSpec().usageMessage().width(), column);
          for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i == 0) { // the name as picocli shows a command's name, bold on a terminal
              s.append("  ")
                  .append(help.colorScheme().commandText(name))
                  .append(help.colorScheme().text(piece.substring(2 + name.length())));
            } else {
              s.append(help.colorScheme().text(piece));
            }
            s.append(System.lineSeparator());
          }
        });
    return s.toString();
  }

  /**
   * What a command does, in a line: the first of its header, or else of its description, as
   * picocli's own list of commands shows.
   */
  static String summary(CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
    return lines.length > 0 ? format(lines[0]).strip() : "";
  }

  /** A footer line as picocli reads it: a format string, or the text itself if it is none. */
  static String format(String line) {
    try {
      return String.format(line);
    } catch (IllegalFormatException e) {
      return line;
    }
  }

  /**
   * A line wrapped at spaces to a width in columns (0: not at all), the lines after the first
   * indented by so many spaces. A word longer than the width stays whole on a line of its own.
   */
  static List<String> lines(String line, int width, int continued) {
    List<String> lines = new ArrayList<>();
    if (width <= 0 || Scripts.width(line) <= width) {
      lines.add(line);
      return lines;
    }
    int indent = line.length() - line.stripLeading().length();
    String continuation = " ".repeat(Math.min(continued, width / 2));
    StringBuilder current = new StringBuilder(line.substring(0, indent));
    int lineStart = current.length();
    Matcher word = WORD.matcher(line);
    for (int end = indent; word.find(); end = word.end()) {
      // the spaces before a word stay as written (aligned comments), unless the line breaks there
      String gap = line.substring(end, word.start());
      if (current.length() > lineStart && Scripts.width(current + gap + word.group()) > width) {
        lines.add(current.toString());
        current.setLength(0);
        current.append(continuation);
        lineStart = current.length();
        gap = "";
      }
      current.append(gap).append(word.group());
    }
    lines.add(current.toString());
    return lines;
  }
}
