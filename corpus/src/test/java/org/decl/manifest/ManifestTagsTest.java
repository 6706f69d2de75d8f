package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.decl.DeclException;
import org.decl.LanguageTags;
import org.decl.testkit.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** corpus.yaml keeps each version's language tag whole, and refuses a malformed or doubled one. */
class ManifestTagsTest {

  @TempDir Path corpus;

  private Manifest read(String yaml) throws IOException {
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    return ManifestReader.read(corpus);
  }

  private String versions(String... tags) {
    StringBuilder yaml = new StringBuilder("works:\n  - id: w\n    versions:\n");
    for (String tag : tags) {
      yaml.append("      - {lang: ").append(tag).append(", path: w/").append(tag).append(".txt}\n");
    }
    return yaml.toString();
  }

  @Test
  void versionsSharingALanguageAreTwoVersions() throws IOException {
    Manifest manifest =
        read(
            versions(
                "zh-Hans",
                "zh-hant",
                "pt-PT",
                "pt-BR",
                "sr-Cyrl",
                "sr-latn",
                "de-1996",
                "el-monoton"));

    assertEquals(
        List.of(
            "zh-Hans", "zh-Hant", "pt-PT", "pt-BR", "sr-Cyrl", "sr-Latn", "de-1996", "el-monoton"),
        manifest.works().get(0).versions().stream().map(Version::lang).toList());
    assertEquals("w/zh-hant.txt", manifest.works().get(0).version("zh-Hant").orElseThrow().path());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "zh-", "x", "123"})
  void aMalformedTagIsAConfigurationErrorWithItsLine(String tag) throws IOException {
    DeclException e = assertThrows(DeclException.class, () -> read(versions("fr", tag)));

    assertEquals(DeclException.Kind.CONFIG, e.kind());
    assertTrue(
        e.getMessage()
            .startsWith(
                corpus.resolve("corpus.yaml")
                    + ": line 5, column 16: '"
                    + tag
                    + "' is not a BCP 47 language tag"),
        e.getMessage());
  }

  /** docs/corpus.schema.json, which editors check corpus.yaml with, agrees with the reader. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "zh-Hant",
        "zh-hant-TW",
        "sr-Latn",
        "pt-BR",
        "de-1996",
        "el-monoton",
        "es-419",
        "en-u-ca-gregory",
        "zh-Hant-x-legacy",
        "yue-HK",
        "en_US",
        "zh-",
        "x",
        "123",
        "fr--CA"
      })
  void theSchemaAcceptsTheTagsTheReaderAccepts(String tag) throws IOException {
    boolean read;
    try {
      read(versions(tag));
      read = true;
    } catch (DeclException e) {
      read = false;
    }
    JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(versions(tag));
    Schema schema;
    try (InputStream in = Files.newInputStream(Repo.file("docs/corpus.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    assertEquals(read, schema.validate(yaml).isEmpty(), tag);
  }

  @Test
  void aTagGivenTwiceInOneWorkIsAnErrorWithBothLines() throws IOException {
    DeclException e =
        assertThrows(DeclException.class, () -> read(versions("zh-Hant", "fr", "zh-hant")));

    assertTrue(
        e.getMessage()
            .endsWith(
                "line 6, column 9: work 'w' has two versions in zh-Hant (the first on line 4)"),
        e.getMessage());
  }

  @Test
  void theOriginalIsNamedByItsWholeTag() throws IOException {
    DeclException e =
        assertThrows(
            DeclException.class,
            () ->
                read(
                    versions("zh-Hans", "zh-Hant")
                        .replace("    versions:", "    original: zh\n    versions:")));

    assertTrue(
        e.getMessage()
            .endsWith("original 'zh' is not one of the versions of 'w' [zh-Hans, zh-Hant]"),
        e.getMessage());
  }

  @Test
  void aLanguageFilterKeepsTheVersionsItMatchesAndTheOriginal() throws IOException {
    Manifest manifest =
        read(
            versions("en", "zh-Hans", "zh-Hant", "pt-PT", "pt-BR")
                + "  - id: other\n    versions:\n      - {lang: fr, path: o/fr.txt}\n"
                + "      - {lang: de, path: o/de.txt}\n");

    Manifest zh = manifest.withLanguages(List.of("zh"));
    Manifest hant = manifest.withLanguages(List.of("zh-Hant", "de"));

    assertEquals(List.of("w"), zh.works().stream().map(Work::id).toList());
    assertEquals(List.of("en", "zh-Hans", "zh-Hant"), zh.languages());
    assertEquals(List.of("en", "zh-Hant", "fr", "de"), hant.languages());
    assertThrows(
        LanguageTags.UnmatchedException.class, () -> manifest.withLanguages(List.of("zh-TW")));
  }
}
