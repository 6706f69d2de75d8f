package org.decl.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Compares paragraph lists and, when they differ, says where in a few readable lines. */
final class ParagraphAssert {

  private ParagraphAssert() {}

  static void assertParagraphs(List<String> expected, List<String> actual) {
    if (expected.equals(actual)) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message
        .append("expected ")
        .append(expected.size())
        .append(" paragraphs, got ")
        .append(actual.size())
        .append('\n');
    int shown = 0;
    for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 3; i++) {
      String want = i < expected.size() ? expected.get(i) : "(none)";
      String got = i < actual.size() ? actual.get(i) : "(none)";
      if (!want.equals(got)) {
        message.append("paragraph ").append(i + 1).append(":\n  want: ").append(want);
        message.append("\n  got:  ").append(got).append('\n');
        shown++;
      }
    }
    fail(message.toString());
  }
}
