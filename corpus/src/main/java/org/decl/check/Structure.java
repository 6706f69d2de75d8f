package org.decl.check;

import java.util.ArrayList;
import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.manifest.Version;
import org.decl.manifest.Work;
import org.decl.text.Plural;

/**
 * A version's structure against its original's: how many clauses, and which sections (the first
 * part of the ids: {@code 2} of {@code 2.7}, {@code art5} of {@code art5.2.a}) with which headings.
 * One finding per rule and version, naming the first difference; none when the translation check
 * explains the difference clause by clause.
 */
final class Structure {

  /** The mark of a section that opens with a heading. */
  private static final String HEADED = " (heading)";

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
          Plural.of(b.size(), "clause")
              + " where the original ("
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
          first == null ? null : name(first),
          "sections differ from the original ("
              + originalVersion.lang()
              + "): "
              + differences(sa, sb));
    }
  }

  /** How many sections a list names before it says how many more there are. */
  private static final int FEW = 5;

  /**
   * Each section that differs, named once: the original's sections the version lacks, the version's
   * the original lacks, those that open with a heading on one side only; or, when the sections are
   * the same, where their order starts to differ.
   */
  private static String differences(List<String> original, List<String> version) {
    List<String> a = original.stream().map(Structure::name).toList();
    List<String> b = version.stream().map(Structure::name).toList();
    List<String> parts = new ArrayList<>();
    part(parts, "missing", a.stream().filter(x -> !b.contains(x)).toList());
    part(parts, "not in the original", b.stream().filter(x -> !a.contains(x)).toList());
    List<String> headingLost = new ArrayList<>();
    List<String> headingAdded = new ArrayList<>();
    for (String section : original) {
      int k = b.indexOf(name(section));
      if (k >= 0 && headed(section) != headed(version.get(k))) {
        (headed(section) ? headingLost : headingAdded).add(name(section));
      }
    }
    part(parts, "without the original's heading", headingLost);
    part(parts, "with a heading the original has not", headingAdded);
    if (parts.isEmpty()) {
      int i = 0;
      while (i < a.size() && a.get(i).equals(b.get(i))) {
        i++;
      }
      return "the same sections in another order, from " + b.get(i);
    }
    return String.join("; ", parts);
  }

  private static void part(List<String> parts, String what, List<String> sections) {
    if (sections.isEmpty()) {
      return;
    }
    String named = String.join(", ", sections.subList(0, Math.min(FEW, sections.size())));
    parts.add(
        what
            + " "
            + named
            + (sections.size() > FEW ? " … and " + (sections.size() - FEW) + " more" : ""));
  }

  private static String name(String section) {
    return section.replace(HEADED, "");
  }

  private static boolean headed(String section) {
    return section.endsWith(HEADED);
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
          && !headed(sections.get(sections.size() - 1))) {
        sections.set(sections.size() - 1, section + HEADED);
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
