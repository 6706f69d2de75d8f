package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/corpus.schema.json, the schema editors validate corpus.yaml with, against real manifests.
 */
class ManifestSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Schema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Repo.file("docs/corpus.schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Error> validate(String yaml) throws IOException {
    return schema().validate(YAML.readTree(yaml));
  }

  @Test
  void acceptsTheBundledManifest() throws IOException {
    JsonNode manifest = YAML.readTree(Repo.file("examples/corpus.yaml").toFile());

    assertEquals(List.of(), schema().validate(manifest));
  }

  @Test
  void acceptsRulesGlossaryAndRegionalTags() throws IOException {
    assertEquals(
        List.of(),
        validate(
            """
            works:
              - id: udhr
                title: Universal Declaration of Human Rights
                original: en
                versions:
                  - {lang: en, path: udhr/en.pdf}
                  - {lang: zh-Hant, path: udhr/zh-Hant.docx}
                  - {lang: pt-BR, path: udhr/pt.txt}
            glossary:
              - {en: OGP, pt-BR: PGA}
            rules:
              length-ratio: off
              mojibake: warning
            """));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "work: []",
        "works: []",
        "works:\n  - id: a\n    versions:\n      - {lang: fr, path: ../outside.txt}",
        "works:\n  - id: a\n    versions:\n      - {lang: fr, path: /etc/passwd}",
        "works:\n  - id: a\n    versions:\n      - {lang: fr, path: a/fr.txt, format: pdf}",
        "works:\n  - id: a\n    versions:\n      - {lang: french, path: a/fr.txt}",
        "works:\n  - id: a\n    versions: a/fr.txt",
        "works:\n  - id: a\n    versions:\n      - {lang: fr, path: a.txt}\nrules:\n  mojibak: error",
        "works:\n  - id: a\n    versions:\n      - {lang: fr, path: a.txt}\nrules:\n  mojibake: fatal",
      })
  void refusesBrokenManifests(String yaml) throws IOException {
    assertFalse(validate(yaml).isEmpty(), yaml);
  }

  @Test
  void knowsEveryRuleAndNoOther() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Repo.file("docs/corpus.schema.json").toFile());
    Set<String> ids = new HashSet<>();
    schema.at("/$defs/rule/enum").forEach(n -> ids.add(n.asText()));

    assertEquals(Rules.ids(), ids);
    assertTrue(ids.contains("inconsistent-translation"));
  }
}
