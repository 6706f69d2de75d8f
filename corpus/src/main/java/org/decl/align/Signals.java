package org.decl.align;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.text.Punctuation;
import org.decl.text.Tokens;

/**
 * What the aligner knows of one unit, worked out once: its length and the evidence that survives
 * translation (numbers, addresses, names), its end punctuation, its kind and its numbering.
 *
 * @param length the characters of its text, spaces aside
 * @param numbers its numbers, normalised and sorted
 * @param addresses its web and e-mail addresses, sorted
 * @param names its acronyms and capitalised names, sorted
 * @param words hashes of its lower-cased words, sorted and distinct, for comparing versions in the
 *     same language
 * @param end how it ends
 * @param heading whether it is a heading
 * @param numbered whether it prints a number (its id then comes from that number)
 * @param id its structural id
 * @param section the first part of its id ({@code 2} of {@code 2.7}, {@code art5} of {@code
 *     art5.2})
 */
record Signals(
    int length,
    String[] numbers,
    String[] addresses,
    String[] names,
    int[] words,
    Punctuation.End end,
    boolean heading,
    boolean numbered,
    String id,
    String section) {

  static Signals of(Clause unit) {
    String text = unit.text();
    int dot = unit.id().indexOf('.');
    return new Signals(
        length(Tokens.withoutAddresses(text)),
        sorted(Tokens.numbers(text)),
        sorted(Tokens.addresses(text)),
        sorted(Tokens.names(text)),
        words(text),
        Punctuation.endOf(text),
        unit.kind() == Kind.HEADING,
        unit.label() != null,
        unit.id(),
        dot < 0 ? unit.id() : unit.id().substring(0, dot));
  }

  static int length(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        length++;
      }
    }
    return length;
  }

  private static String[] sorted(List<String> values) {
    String[] array = values.toArray(String[]::new);
    Arrays.sort(array);
    return array;
  }

  private static int[] words(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    return Arrays.stream(words)
        .filter(w -> !w.isEmpty())
        .mapToInt(String::hashCode)
        .sorted()
        .distinct()
        .toArray();
  }

  /** How many values two sorted arrays share, counting repeats as often as both have them. */
  static int shared(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The Dice coefficient of two sorted, distinct word sets: 1 when the same, 0 when disjoint. */
  static double dice(int[] a, int[] b) {
    if (a.length + b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / (a.length + b.length);
  }
}
