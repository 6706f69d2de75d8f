package org.decl.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.decl.check.CheckFinding;
import org.decl.check.CheckReport;
import org.decl.check.Rule;
import org.decl.check.Rules;

/**
 * {@code --format junit}: JUnit XML as Jenkins, GitLab and most CI systems read it. One test suite
 * per version ({@code work/lang}), one test case per rule run on it; a test case fails with the
 * findings that fail the run, and lists the others (below --fail-on, or in the baseline) in its
 * system-out.
 */
final class CheckJunit {

  private CheckJunit() {}

  static void write(CheckReport report, ReportOptions options, Writer out) throws IOException {
    List<Rule> rules = Rules.all().stream().filter(r -> options.levels().on(r.id())).toList();
    Map<String, List<CheckFinding>> byVersion = new LinkedHashMap<>();
    report.checked().forEach(v -> byVersion.put(v, new ArrayList<>()));
    for (CheckFinding f : report.findings()) {
      byVersion.computeIfAbsent(f.work() + "/" + f.lang(), k -> new ArrayList<>()).add(f);
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "decl check");
      xml.writeAttribute("tests", String.valueOf((long) rules.size() * byVersion.size()));
      xml.writeAttribute("failures", String.valueOf(failedCases(byVersion, rules, options)));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", "0");
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<CheckFinding>> version : byVersion.entrySet()) {
        suite(xml, version.getKey(), version.getValue(), rules, options);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static long failedCases(
      Map<String, List<CheckFinding>> byVersion, List<Rule> rules, ReportOptions options) {
    long failed = 0;
    for (List<CheckFinding> findings : byVersion.values()) {
      for (Rule rule : rules) {
        if (findings.stream().anyMatch(f -> f.rule().equals(rule.id()) && options.fails(f))) {
          failed++;
        }
      }
    }
    return failed;
  }

  private static void suite(
      XMLStreamWriter xml,
      String version,
      List<CheckFinding> findings,
      List<Rule> rules,
      ReportOptions options)
      throws XMLStreamException {
    String classname = version.replace('/', '.');
    long failures =
        rules.stream()
            .filter(
                r -> findings.stream().anyMatch(f -> f.rule().equals(r.id()) && options.fails(f)))
            .count();
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", version);
    xml.writeAttribute("tests", String.valueOf(rules.size()));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", "0");
    xml.writeCharacters("\n");
    for (Rule rule : rules) {
      List<CheckFinding> mine = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
      List<CheckFinding> failing = mine.stream().filter(options::fails).toList();
      List<CheckFinding> others = mine.stream().filter(f -> !options.fails(f)).toList();
      xml.writeCharacters("    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", classname);
      xml.writeAttribute("name", rule.id());
      if (!mine.isEmpty() && mine.get(0).file() != null) {
        xml.writeAttribute("file", mine.get(0).file());
      }
      xml.writeAttribute("time", "0");
      if (!failing.isEmpty()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", rule.id());
        xml.writeAttribute(
            "message",
            failing.size() == 1
                ? failing.get(0).message()
                : failing.size() + " findings: " + failing.get(0).message() + " …");
        xml.writeCharacters(lines(failing, options));
        xml.writeEndElement();
      }
      if (!others.isEmpty()) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(lines(others, options));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String lines(List<CheckFinding> findings, ReportOptions options) {
    StringBuilder s = new StringBuilder();
    for (CheckFinding f : findings) {
      s.append(f.level().label())
          .append(' ')
          .append(f.file())
          .append(f.line() == null ? "" : ":" + f.line())
          .append(f.clause() == null ? "" : " " + f.clause())
          .append(": ")
          .append(f.message())
          .append(options.known(f) ? " (in the baseline)" : "")
          .append('\n');
    }
    return s.toString();
  }
}
