package org.decl.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level changes between two texts, as {@code git diff --word-diff} shows them: the text
 * cut into words, spaces and punctuation (ideographs one by one, since Chinese and Japanese write
 * no spaces), diffed with java-diff-utils, and put back as runs kept, deleted and inserted.
 */
public final class WordDiff {

  /** A run of text: kept as it was, deleted from the first text, or inserted in the second. */
  public record Run(Kind kind, String text) {

    public enum Kind {
      KEPT,
      DELETED,
      INSERTED
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{M}\\p{N}]+|\\s+|[^\\p{L}\\p{M}\\p{N}\\s]");

  private WordDiff() {}

  /** The runs that turn {@code before} into {@code after}. */
  public static List<Run> of(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Run> runs = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(runs, Run.Kind.KEPT, a.subList(at, start));
      add(runs, Run.Kind.DELETED, delta.getSource().getLines());
      add(runs, Run.Kind.INSERTED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(runs, Run.Kind.KEPT, a.subList(at, a.size()));
    return runs;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static void add(List<Run> runs, Run.Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
      text = runs.remove(runs.size() - 1).text() + text;
    }
    runs.add(new Run(kind, text));
  }
}
