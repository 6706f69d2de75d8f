package org.decl.diff;

import java.util.Arrays;
import java.util.List;
import org.decl.align.Bead;

/** Which beads break the target's order: the fewest that, left out, leave the rest in order. */
final class Order {

  private Order() {}

  /** For each bead, whether its target comes out of order (a longest increasing run excluded). */
  static boolean[] outOfOrder(List<Bead> beads) {
    int size = beads.size();
    boolean[] moved = new boolean[size];
    int[] tails = new int[size];
    int[] tailBead = new int[size];
    int[] previous = new int[size];
    Arrays.fill(previous, -1);
    int length = 0;
    for (int k = 0; k < size; k++) {
      Bead bead = beads.get(k);
      if (bead.isGap()) {
        continue;
      }
      int value = bead.target().get(0);
      int at = Arrays.binarySearch(tails, 0, length, value);
      at = at < 0 ? -at - 1 : at;
      tails[at] = value;
      tailBead[at] = k;
      previous[k] = at > 0 ? tailBead[at - 1] : -1;
      length = Math.max(length, at + 1);
    }
    boolean[] inOrder = new boolean[size];
    for (int k = length == 0 ? -1 : tailBead[length - 1]; k >= 0; k = previous[k]) {
      inOrder[k] = true;
    }
    for (int k = 0; k < size; k++) {
      moved[k] = !beads.get(k).isGap() && !inOrder[k];
    }
    return moved;
  }
}
