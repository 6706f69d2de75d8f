package org.decl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.decl.manifest.DocumentNames.Convention;
import org.decl.manifest.DocumentNames.Reading;
import org.junit.jupiter.api.Test;

/** What a file name says of its work and language. */
class DocumentNamesTest {

  @Test
  void readsTheConventionsCorporaArePublishedIn() {
    assertEquals(
        Optional.of(new Reading("charter", "zh-Hant", Convention.DOTTED)),
        DocumentNames.read("charter.zh-Hant.docx"));
    assertEquals(
        Optional.of(new Reading("charter", "sr-Latn", Convention.UNDERSCORE)),
        DocumentNames.read("charter_sr-latn.pdf"));
    assertEquals(
        Optional.of(new Reading(null, "de-1996", Convention.FOLDER)),
        DocumentNames.read("de-1996.txt"));
    assertEquals(
        Optional.of(new Reading("paris-2016", "fr", Convention.DASHED)),
        DocumentNames.read("paris-2016-fr.txt"));
  }

  @Test
  void takesTheLongestTagThatEndsADashedName() {
    // pt-BR, not br (Breton)
    assertEquals(
        Optional.of(new Reading("charter", "pt-BR", Convention.DASHED)),
        DocumentNames.read("charter-pt-BR.odt"));
  }

  @Test
  void aNameWithNoKnownTagGivesNoLanguage() {
    assertEquals(Optional.empty(), DocumentNames.read("declaration.pdf"));
    assertEquals(Optional.empty(), DocumentNames.read("paris-2016.txt"));
    // well-formed BCP 47 (Burmese, variant "charter"), but no variant CLDR knows
    assertEquals(Optional.empty(), DocumentNames.read("my-charter.txt"));
    assertEquals(Optional.empty(), DocumentNames.read("final_draft.docx"));
  }

  @Test
  void aWorkIdIsMadeOfAnyNameInAnyScript() {
    assertEquals("xuan-yan", DocumentNames.workId("宣言"));
    assertEquals("declaration-de-paris", DocumentNames.workId("Déclaration de Paris"));
    assertEquals("vseobsaa-deklaracia", DocumentNames.workId("Всеобщая декларация"));
    assertEquals("work", DocumentNames.workId("«»"));
  }
}
