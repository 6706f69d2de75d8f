package org.decl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "zh-hant, zh-Hant",
    "ZH-HANT-tw, zh-Hant-TW",
    "sr-latn, sr-Latn",
    "pt-br, pt-BR",
    "de-1996, de-1996",
    "el-monoton, el-monoton",
    "es-419, es-419",
    "en-u-ca-gregory, en-u-ca-gregory",
    "iw, he",
    "i-klingon, tlh",
    "und, und"
  })
  void keepsEverySubtagInItsCanonicalCase(String tag, String canonical) {
    assertEquals(canonical, LanguageTags.canonical(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "zh-", "x", "123", "fr--CA", "french", "en-GB!"})
  void refusesMalformedTags(String tag) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical(tag));
    assertTrue(
        e.getMessage().startsWith("'" + tag + "' is not a BCP 47 language tag"), e.getMessage());
  }

  @Test
  void saysWhichTagALocaleNameMeant() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("pt_BR"));
    assertTrue(e.getMessage().endsWith("subtags are joined by '-': pt-BR"), e.getMessage());
  }

  @Test
  void refusesATagWithoutLanguage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("x-private"));
    assertEquals("'x-private' has no language subtag", e.getMessage());
  }

  @Test
  void aFilterMatchesTheTagsThatExtendIt() {
    assertTrue(LanguageTags.matches("zh", "zh"));
    assertTrue(LanguageTags.matches("zh", "zh-Hant"));
    assertTrue(LanguageTags.matches("zh", "zh-Hans-CN"));
    assertTrue(LanguageTags.matches("zh-Hant", "zh-Hant-TW"));
    assertTrue(LanguageTags.matches("zh-hant", "zh-Hant"));
    assertTrue(LanguageTags.matches("*", "sr-Latn"));
    assertFalse(LanguageTags.matches("zh-Hant", "zh"));
    assertFalse(LanguageTags.matches("zh-Hant", "zh-Hans"));
    assertFalse(LanguageTags.matches("pt-PT", "pt-BR"));
    assertFalse(LanguageTags.matches("de", "dsb"));
    assertFalse(LanguageTags.matches("de-1996", "de-CH-1996"));
  }

  @Test
  void selectsTheHeldTagsEachFilterMatchesInTheirOrder() {
    List<String> held = List.of("en", "pt-BR", "pt-PT", "zh-Hans", "zh-Hant", "de-1996");

    assertEquals(List.of("zh-Hans", "zh-Hant"), LanguageTags.select(List.of("zh"), held));
    assertEquals(List.of("zh-Hant"), LanguageTags.select(List.of("zh-Hant"), held));
    assertEquals(
        List.of("pt-BR", "pt-PT", "de-1996"), LanguageTags.select(List.of("de", "pt"), held));
    LanguageTags.UnmatchedException e =
        assertThrows(
            LanguageTags.UnmatchedException.class,
            () -> LanguageTags.select(List.of("pt", "zh-TW"), held));
    assertEquals("zh-TW", e.filter());
  }
}
