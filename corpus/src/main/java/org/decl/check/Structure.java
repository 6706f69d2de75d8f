package org.decl.check;

import java.util.ArrayList;
import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * A version's structure against its original's: how many clauses, and which sections (the first
 * part of the ids: {@code 2} of {@code 2.7}, {@code art5} of {@code art5.2.a}) with which headings.
 * One finding per rule and version, naming the first difference; none when the translation check
 * explains the difference clause by clause.
 */
final class Structure {

  private Structure() {}

  static void check(
      Work work,
      Version originalVersion,
      VersionText original,
      Version version,
      VersionText text,
      boolean explained,
      CorpusChecker.Findings findings) {
    if (explained) {
      return;
    }
    String file = version.file().toString();
    List<Clause> a = clauses(original);
    List<Clause> b = clauses(text);
    if (a.size() != b.size()) {
      findings.add(
          Rules.CLAUSE_COUNT,
          work.id(),
          version.lang(),
          file,
          null,
          null,
          b.size()
              + " clauses where the original ("
              + originalVersion.lang()
              + ") has "
              + a.size());
    }
    List<String> sa = sections(original);
    List<String> sb = sections(text);
    if (!sa.equals(sb)) {
      int i = 0;
      while (i < sa.size() && i < sb.size() && sa.get(i).equals(sb.get(i))) {
        i++;
      }
      String first = i < sb.size() ? sb.get(i) : null;
      findings.add(
          Rules.SECTION_STRUCTURE,
          work.id(),
          version.lang(),
          file,
          null,
          first == null ? null : first.replace(" (heading)", ""),
          "sections "
              + String.join(", ", sb)
              + " where the original ("
              + originalVersion.lang()
              + ") has "
              + String.join(", ", sa));
    }
  }

  private static List<Clause> clauses(VersionText text) {
    return text.units().stream().filter(u -> u.kind() == Kind.CLAUSE).toList();
  }

  /** The sections in order, each marked when it opens with a heading. */
  private static List<String> sections(VersionText text) {
    List<String> sections = new ArrayList<>();
    String current = null;
    for (Clause unit : text.units()) {
      String section = section(unit.id());
      if (!section.equals(current)) {
        current = section;
        sections.add(section);
      }
      if (unit.kind() == Kind.HEADING
          && !section.equals("0")
          && !sections.get(sections.size() - 1).endsWith(" (heading)")) {
        sections.set(sections.size() - 1, section + " (heading)");
        current = section;
      }
    }
    return sections;
  }

  private static String section(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }
}
