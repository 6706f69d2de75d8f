package org.decl.clause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.decl.text.Markers;
import org.decl.text.Punctuation;

/**
 * Says what each clause does in the declaration. The preamble is the first section, when it is
 * headed as one or its clauses mostly end in commas or semicolons and something follows it; its
 * clauses are recitals, and a last one ending in a colon is the enacting formula ("Have agreed as
 * follows:"). The operative part follows: articles and their numbered paragraphs, or unnumbered
 * commitments. Sections after it are closing. Clauses under a clause are items.
 */
final class Roles {

  private Roles() {}

  static void assign(List<Clause> units, List<Integer> sectionOf) {
    Map<Integer, List<Integer>> sections = new LinkedHashMap<>();
    int firstArticle = -1;
    int lastArticle = -1;
    for (int i = 0; i < units.size(); i++) {
      Clause u = units.get(i);
      if (u.id().startsWith("art")) {
        firstArticle = firstArticle < 0 ? i : firstArticle;
        lastArticle = i;
      } else if (sectionOf.get(i) > 0) {
        sections.computeIfAbsent(sectionOf.get(i), s -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> order = new ArrayList<>(sections.keySet());
    int preamble = preamble(units, sections, order, firstArticle);
    int operative = -1;
    if (firstArticle < 0) {
      int after = preamble < 0 ? 0 : order.indexOf(preamble) + 1;
      operative = after < order.size() ? order.get(after) : -1;
    }
    for (int i = 0; i < units.size(); i++) {
      Clause u = units.get(i);
      if (u.kind() != Kind.CLAUSE) {
        continue;
      }
      int s = sectionOf.get(i);
      boolean item = u.id().indexOf('.') != u.id().lastIndexOf('.');
      String role;
      if (item) {
        role = "item";
      } else if (u.id().startsWith("art")) {
        role = "paragraph";
      } else if (s == preamble) {
        boolean last = sections.get(s).get(sections.get(s).size() - 1) == i;
        String text = u.text().strip();
        boolean colon = Punctuation.endsWithColon(text);
        role =
            last && (colon || endsUnlikeTheRecitals(units, sections.get(s), i))
                ? "formula"
                : "recital";
      } else if (firstArticle >= 0 ? i > lastArticle : operative >= 0 && s > operative) {
        role = "closing";
      } else if (u.label() != null) {
        role = "paragraph";
      } else {
        role = preamble >= 0 ? "commitment" : "paragraph";
      }
      units.set(i, new Clause(u.n(), u.id(), u.kind(), role, u.label(), u.text(), u.span()));
    }
  }

  /**
   * The preamble's last clause announces what follows when it ends with a full stop where the
   * recitals before it end with commas: Japanese {@code 次のとおり合意した。}, Korean {@code 합의하였다.} write no
   * colon there. (Thai, which ends neither, keeps it a recital.)
   */
  private static boolean endsUnlikeTheRecitals(
      List<Clause> units, List<Integer> members, int last) {
    String text = units.get(last).text();
    if (Punctuation.endOf(text) != Punctuation.End.TERMINAL) {
      return false;
    }
    long clauses = 0;
    long commas = 0;
    long longer = 0;
    for (int i : members) {
      Clause u = units.get(i);
      if (i != last && u.kind() == Kind.CLAUSE) {
        clauses++;
        commas += Punctuation.endOf(u.text()) == Punctuation.End.CLAUSE ? 1 : 0;
        longer += u.text().length() > 2 * text.length() ? 1 : 0;
      }
    }
    // and it is short beside them: a last recital that ends the preamble with a full stop is not
    return clauses >= 2 && commas * 4 >= clauses * 3 && longer * 2 >= clauses;
  }

  /** The section that is the preamble, or -1. */
  private static int preamble(
      List<Clause> units,
      Map<Integer, List<Integer>> sections,
      List<Integer> order,
      int firstArticle) {
    if (order.isEmpty()) {
      return -1;
    }
    int first = order.get(0);
    List<Integer> members = sections.get(first);
    // headed as a preamble: by its word, or by any heading when articles follow it
    boolean articlesFollow = firstArticle > members.get(members.size() - 1);
    boolean headed =
        members.stream()
            .map(units::get)
            .anyMatch(
                u ->
                    u.kind() == Kind.HEADING
                        && (articlesFollow || Markers.isSectionHeading(u.text())));
    if (headed) {
      return first;
    }
    boolean followed = order.size() > 1 || firstArticle > members.get(members.size() - 1);
    if (firstArticle >= 0 && firstArticle < members.get(0)) {
      return -1;
    }
    long clauses = members.stream().filter(i -> units.get(i).kind() == Kind.CLAUSE).count();
    long commas =
        members.stream()
            .map(units::get)
            .filter(
                u ->
                    u.kind() == Kind.CLAUSE
                        && Punctuation.endOf(u.text()) == Punctuation.End.CLAUSE)
            .count();
    return followed && clauses > 0 && commas * 2 >= clauses ? first : -1;
  }
}
