package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OcrLanguagesTest {

  private final OcrLanguages installed =
      new OcrLanguages(
          Set.of(
              "eng",
              "fra",
              "deu",
              "rus",
              "ara",
              "chi_sim",
              "chi_tra",
              "chi_sim_vert",
              "srp",
              "srp_latn",
              "uzb",
              "uzb_cyrl",
              "aze",
              "aze_cyrl",
              "osd",
              "kat",
              "kat_old"));

  @Test
  void takesTheIso639DataOfALanguage() {
    assertEquals("fra", installed.choose("fr").codes());
    assertEquals("deu", installed.choose("de-CH").codes());
    assertEquals("fra", installed.choose("fr-CA").codes());
  }

  @Test
  void addsEnglishBesideALanguageInAnotherSpacedScript() {
    assertEquals("rus+eng", installed.choose("ru").codes());
    assertEquals("ara+eng", installed.choose("ar").codes());
    assertEquals("kat+eng", installed.choose("ka").codes());
    assertEquals("eng", installed.choose("en").codes());
  }

  @Test
  void readsChineseInTheFormOfHanItsTagOrRegionImplies() {
    assertEquals("chi_sim", installed.choose("zh").codes());
    assertEquals("chi_sim", installed.choose("zh-Hans").codes());
    assertEquals("chi_tra", installed.choose("zh-Hant").codes());
    assertEquals("chi_tra", installed.choose("zh-TW").codes());
    assertEquals("chi_tra", installed.choose("zh-HK").codes());
    assertEquals("chi_sim", installed.choose("zh-SG").codes());
  }

  @Test
  void takesTheDataOfTheTagsScriptWhereALanguageHasSeveral() {
    assertEquals("srp+eng", installed.choose("sr").codes());
    assertEquals("srp+eng", installed.choose("sr-Cyrl").codes());
    assertEquals("srp_latn", installed.choose("sr-Latn").codes());
    assertEquals("uzb", installed.choose("uz").codes());
    assertEquals("uzb_cyrl+eng", installed.choose("uz-Cyrl").codes());
    assertEquals("aze_cyrl+eng", installed.choose("az-Cyrl").codes());
    assertEquals("aze", installed.choose("az").codes());
  }

  @Test
  void saysSoWhenNoDataForTheLanguageIsInstalled() {
    assertNull(installed.choose("km").codes());
    assertNull(new OcrLanguages(Set.of("eng")).choose("zh-Hant").codes());
  }
}
