package org.decl.clause;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a clause into sentences with ICU's sentence breaks, filtered by CLDR's abbreviations for the
 * language ("Mr.", "p. ex.", "z. B." do not end a sentence).
 */
final class Sentences {

  private final BreakIterator breaks;

  Sentences(String lang) {
    ULocale locale = lang == null ? ULocale.ROOT : ULocale.forLanguageTag(lang);
    BreakIterator plain = BreakIterator.getSentenceInstance(locale);
    this.breaks = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(plain);
  }

  /** The [start, end) offsets of each sentence, trailing spaces excluded. */
  List<int[]> of(String text) {
    List<int[]> spans = new ArrayList<>();
    breaks.setText(text);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      int e = end;
      while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > start) {
        spans.add(new int[] {start, e});
      }
    }
    return spans;
  }
}
