package org.decl.extract;

import java.util.List;

/** Page numbers for people: 2, 4–6, 9. */
final class Pages {

  private Pages() {}

  /** The pages, in order, with runs of consecutive pages joined: {@code 1–3, 7}. */
  static String ranges(List<Integer> pages) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pages.size(); ) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(pages.get(i));
      if (j > i) {
        s.append('–').append(pages.get(j));
      }
      i = j + 1;
    }
    return s.toString();
  }
}
