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
 * @param numbers its numbers, normalised, as sorted hashes (the search compares hashes, not text)
 * @param addresses its web and e-mail addresses, as sorted hashes
 * @param names its acronyms and capitalised names, as sorted hashes
 * @param words hashes of its lower-cased words, sorted and distinct, for comparing versions in the
 *     same language
 * @param end how it ends
 * @param heading whether it is a heading
 * @param numbered whether it prints a number (its id then comes from that number)
 * @param id a hash of its structural id
 * @param section a hash of the first part of its id ({@code 2} of {@code 2.7}, {@code art5} of
 *     {@code art5.2})
 */
record Signals(
    int length,
    long[] numbers,
    long[] addresses,
    long[] names,
    long[] words,
    Punctuation.End end,
    boolean heading,
    boolean numbered,
    long id,
    long section) {

  /**
   * @param words whether to hash the unit's words: only versions in the same language compare them
   */
  static Signals of(Clause unit, boolean words) {
    String text = unit.text();
    int dot = unit.id().indexOf('.');
    List<String> addresses = Tokens.addresses(text);
    String plain = addresses.isEmpty() ? text : Tokens.withoutAddresses(text);
    return new Signals(
        length(plain),
        sorted(Tokens.numbersOutsideAddresses(plain)),
        sorted(addresses),
        sorted(Tokens.names(text)),
        words ? words(text) : NONE,
        Punctuation.endOf(text),
        unit.kind() == Kind.HEADING,
        unit.label() != null,
        hash(unit.id()),
        hash(dot < 0 ? unit.id() : unit.id().substring(0, dot)));
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

  private static final long[] NONE = {};

  private static long[] sorted(List<String> values) {
    if (values.isEmpty()) {
      return NONE;
    }
    long[] hashes = new long[values.size()];
    for (int k = 0; k < hashes.length; k++) {
      hashes[k] = hash(values.get(k));
    }
    Arrays.sort(hashes);
    return hashes;
  }

  /** A 64-bit FNV-1a hash: collisions between a clause's few values are out of the question. */
  static long hash(String value) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      hash ^= value.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static long[] words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .mapToLong(Signals::hash)
        .sorted()
        .distinct()
        .toArray();
  }

  /** How many values two sorted arrays share, counting repeats as often as both have them. */
  static int shared(long[] a, long[] b) {
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
    return shared;
  }

  /** The Dice coefficient of two sorted, distinct word sets: 1 when the same, 0 when disjoint. */
  static double dice(long[] a, long[] b) {
    return a.length + b.length == 0 ? 1 : 2.0 * shared(a, b) / (a.length + b.length);
  }
}
