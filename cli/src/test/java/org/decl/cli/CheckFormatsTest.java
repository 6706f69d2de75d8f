package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The CI formats of decl check, validated against their schemas. */
class CheckFormatsTest {

  @TempDir static Path corpus;

  /** Two text versions, two faults: an error with a line, a warning with a line. */
  @BeforeAll
  static void damagedCorpus() throws IOException {
    Path w = corpus.resolve("paris 2016");
    Files.createDirectories(w);
    Files.copy(Repo.file("examples/paris-2016/fr.txt"), w.resolve("fr.txt"));
    String de = Files.readString(Repo.file("examples/paris-2016/de.txt"));
    de = de.replace("Interaktion zwischen", "InteraktiÃ³n zwischen");
    de = de.replace("unbeirrbar", "unbe- irrbar");
    Files.writeString(w.resolve("de.txt"), de);
    Files.writeString(
        corpus.resolve("corpus.yaml"),
        "works:\n  - id: paris-2016\n    original: fr\n    versions:\n"
            + "      - {lang: fr, path: paris 2016/fr.txt}\n"
            + "      - {lang: de, path: paris 2016/de.txt}\n"
            + "      - {lang: en, path: paris 2016/en.txt}\n");
  }

  private static Decl.Run check(String format) {
    return Decl.run("check", "--format", format, corpus.toString());
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws IOException {
    Decl.Run run = check("sarif");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode sarif = new ObjectMapper().readTree(run.out());

    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    assertEquals(List.of(), schema.validate(sarif));

    JsonNode results = sarif.at("/runs/0/results");
    assertEquals(3, results.size(), run.out());
    JsonNode mojibake = results.get(0);
    assertEquals("mojibake", mojibake.get("ruleId").asText());
    assertEquals("error", mojibake.get("level").asText());
    JsonNode location = mojibake.at("/locations/0/physicalLocation");
    assertTrue(location.at("/artifactLocation/uri").asText().endsWith("paris%202016/de.txt"));
    assertEquals(21, location.at("/region/startLine").asInt());
    assertEquals(
        "mojibake",
        sarif
            .at("/runs/0/tool/driver/rules/" + mojibake.get("ruleIndex").asInt() + "/id")
            .asText());
  }

  @Test
  void sarifMeetsWhatGithubCodeScanningAsksOfAnUpload() throws Exception {
    // the corpus in a git repository: file URIs relative to its root, as GitHub resolves them
    Process git =
        new ProcessBuilder("git", "init", "-q", corpus.toString())
            .redirectErrorStream(true)
            .start();
    assertEquals(0, git.waitFor());
    try {
      Decl.Run run =
          Decl.run(
              "check",
              "--format",
              "sarif",
              "--docs-url",
              "https://decl.example/docs",
              corpus.toString());
      JsonNode sarifRun = new ObjectMapper().readTree(run.out()).at("/runs/0");

      assertEquals(
          corpus.toUri().toASCIIString(), // a folder: ends in a slash
          sarifRun.at("/originalUriBaseIds/SRCROOT/uri").asText());
      for (JsonNode rule : sarifRun.at("/tool/driver/rules")) {
        for (String field :
            List.of(
                "/id", "/name", "/shortDescription/text", "/fullDescription/text", "/help/text")) {
          assertTrue(!rule.at(field).asText().isBlank(), field + " of " + rule);
        }
        assertTrue(
            rule.at("/helpUri")
                .asText()
                .matches("https://decl\\.example/docs/(check|diff)\\.md#.+"),
            rule.toString());
      }
      JsonNode results = sarifRun.at("/results");
      assertEquals(3, results.size());
      for (JsonNode result : results) {
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertTrue(location.at("/region/startLine").asInt() >= 1, result.toString());
        assertEquals("SRCROOT", location.at("/artifactLocation/uriBaseId").asText());
        String uri = location.at("/artifactLocation/uri").asText();
        assertTrue(!uri.startsWith("/") && !uri.contains(":"), uri);
        assertTrue(!result.at("/message/text").asText().isBlank());
      }
      assertEquals(
          "paris%202016/de.txt",
          results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
      // the missing version is reported at its manifest line, the others at their clause's line
      assertEquals(
          List.of("corpus.yaml", "paris%202016/de.txt", "paris%202016/de.txt"),
          results.findValues("uri").stream().map(JsonNode::asText).sorted().toList());
    } finally {
      org.junit.jupiter.api.Assertions.assertTrue(
          java.nio.file.Files.walk(corpus.resolve(".git"))
              .sorted(java.util.Comparator.reverseOrder())
              .map(Path::toFile)
              .allMatch(java.io.File::delete));
    }
  }

  @Test
  void junitHasOneTestCasePerVersionAndRule() throws Exception {
    Decl.Run run = check("junit");
    assertEquals(1, run.exitCode(), run.err());

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
    Element suites = xml.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    NodeList suiteList = suites.getElementsByTagName("testsuite");
    assertEquals(3, suiteList.getLength());
    Element de = (Element) suiteList.item(1);
    assertEquals("paris-2016/de", de.getAttribute("name"));
    int cases = de.getElementsByTagName("testcase").getLength();
    assertEquals(String.valueOf(cases), de.getAttribute("tests"));
    assertEquals("1", de.getAttribute("failures"));
    NodeList failures = de.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    Element failure = (Element) failures.item(0);
    assertEquals("mojibake", failure.getAttribute("type"));
    assertEquals("mojibake", ((Element) failure.getParentNode()).getAttribute("name"));
    assertEquals("2", suites.getAttribute("failures"), "mojibake in de, missing-file in en");
    assertTrue(de.getTextContent().contains("unbe- irrbar"), "warnings in system-out");

    validateAgainstJunitXsd(run.out());
  }

  /**
   * Validates against junit-report.xsd, the JUnit XML format as Jenkins and GitLab document that
   * they read it, written for these tests (no artifact on Maven Central ships a JUnit schema, and
   * the project commits no copy of a standard it did not write); and, when one is named by the
   * decl.junit.xsd system property or the DECL_JUNIT_XSD environment variable, against that one
   * too, for example Jenkins' own junit-10.xsd.
   */
  private static void validateAgainstJunitXsd(String xml) throws Exception {
    SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schemas
        .newSchema(CheckFormatsTest.class.getResource("junit-report.xsd"))
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
    String xsd = System.getProperty("decl.junit.xsd", System.getenv("DECL_JUNIT_XSD"));
    if (xsd != null && Files.isRegularFile(Path.of(xsd))) {
      schemas
          .newSchema(Path.of(xsd).toFile())
          .newValidator()
          .validate(new StreamSource(new StringReader(xml)));
    }
  }

  @Test
  void junitSchemaRejectsAReportCiSystemsCouldNotRead() {
    String noName =
        "<testsuites><testsuite tests=\"1\"><testcase name=\"x\"/></testsuite></testsuites>";
    String badCount =
        "<testsuites><testsuite name=\"s\" tests=\"one\"><testcase name=\"x\"/></testsuite></testsuites>";
    for (String report : List.of(noName, badCount)) {
      assertThrows(org.xml.sax.SAXException.class, () -> validateAgainstJunitXsd(report), report);
    }
  }

  @Test
  void githubWritesOneWorkflowCommandPerFinding() {
    Decl.Run run = check("github");

    assertEquals(1, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals(4, lines.size(), run.out());
    assertTrue(
        lines.get(2).startsWith("::error file=" + corpus.resolve("corpus.yaml") + ",line=7,"),
        lines.get(2));
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "::error file="
                    + corpus.resolve("paris 2016/de.txt")
                    + ",line=21,title=mojibake (paris-2016 de)::1.4: \"Ã³\" in"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("::warning file="), lines.get(1));
    assertTrue(lines.get(3).startsWith("3 files checked: 2 errors, 1 warning"), lines.get(3));
  }

  @Test
  void jsonFollowsTheContract() throws IOException {
    Decl.Run run = check("json");
    JsonNode report = new ObjectMapper().readTree(run.out());

    for (JsonNode f : report.get("findings")) {
      List<String> fields = new java.util.ArrayList<>();
      f.fieldNames().forEachRemaining(fields::add);
      assertEquals(
          List.of("rule", "level", "work", "lang", "file", "line", "clause", "message"), fields);
    }
    assertEquals(2, report.at("/summary/errors").asInt());
    assertEquals(1, report.at("/summary/warnings").asInt());
    assertEquals(0, report.at("/summary/infos").asInt());
    assertEquals(3, report.at("/summary/files").asInt());
    assertTrue(
        run.err().startsWith("decl check: 3 files checked: 2 errors, 1 warning, 0 info; fails"),
        run.err());
  }
}
