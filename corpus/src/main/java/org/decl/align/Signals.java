package org.decl.align;

import java.util.Arrays;
import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.text.Punctuation;
import org.decl.text.Tokens;

/**
 * What the aligner knows of one unit, worked out once: its length and the evidence that survives
 * translation (numbers, addresses, names, cognates, punctuation), its end punctuation, its kind and
 * its numbering, and, once a lexicon is known, the words its own words translate to.
 *
 * @param length the characters of its text, spaces aside
 * @param numbers its numbers, normalised, as sorted hashes (the search compares hashes, not text)
 * @param addresses its web and e-mail addresses, as sorted hashes
 * @param names its acronyms and capitalised names, as sorted hashes
 * @param words hashes of its lower-cased words (see {@link Words}), sorted and distinct, for
 *     comparing versions in the same language and for the lexicon
 * @param cognates hashes of the Latin prefixes of its longer words (see {@link Words#cognates}),
 *     sorted and distinct
 * @param punctuation its counts of punctuation marks by kind (see {@link Words#punctuation})
 * @param translations hashes of the other side's words its words translate to by the lexicon,
 *     sorted and distinct; empty while no lexicon is known
 * @param known how many of its words the lexicon knows a translation of
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
    long[] cognates,
    int punctuation,
    long[] translations,
    int known,
    Punctuation.End end,
    boolean heading,
    boolean numbered,
    long id,
    long section) {

  /**
   * @param words whether to read the unit's words, cognates and punctuation: only the evidence of
   *     words, or versions in the same language, compare them
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
        words ? Words.hashes(plain) : NONE,
        words ? Words.cognates(plain) : NONE,
        words ? Words.punctuation(plain) : 0,
        NONE,
        0,
        Punctuation.endOf(text),
        unit.kind() == Kind.HEADING,
        unit.label() != null,
        hash(unit.id()),
        hash(dot < 0 ? unit.id() : unit.id().substring(0, dot)));
  }

  /** The same unit with the words a lexicon translates its words to. */
  Signals withTranslations(long[] translations, int known) {
    return new Signals(
        length,
        numbers,
        addresses,
        names,
        words,
        cognates,
        punctuation,
        translations,
        known,
        end,
        heading,
        numbered,
        id,
        section);
  }

  /**
   * The same unit without structure: the ids of a segmented text are its line numbers, and equal
   * line numbers say nothing of a translation (they would only pull the path to the diagonal).
   */
  Signals withoutStructure() {
    return new Signals(
        length,
        numbers,
        addresses,
        names,
        words,
        cognates,
        punctuation,
        translations,
        known,
        end,
        heading,
        false,
        0,
        0);
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

  static final long[] NONE = {};

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
