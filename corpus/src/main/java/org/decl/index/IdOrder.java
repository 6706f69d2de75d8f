package org.decl.index;

import java.util.Comparator;

/** Orders clause ids as a reader would: 0.1, 1.0, 1.2, 1.10, art2, art10, art10.1.a. */
final class IdOrder {

  static final Comparator<String> COMPARATOR = IdOrder::compare;

  private IdOrder() {}

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = part(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int part(String a, String b) {
    String ap = a.replaceAll("\\d+$", "");
    String bp = b.replaceAll("\\d+$", "");
    int c = ap.compareTo(bp);
    if (c != 0) {
      return c;
    }
    String an = a.substring(ap.length());
    String bn = b.substring(bp.length());
    if (!an.isEmpty() && !bn.isEmpty()) {
      return Long.compare(Long.parseLong(an), Long.parseLong(bn));
    }
    return a.compareTo(b);
  }
}
