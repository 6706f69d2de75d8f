package org.decl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What survives translation, read the same way in every script. */
class TokensTest {

  @Test
  void readsNumbersTheSameWhateverTheirSeparatorsAndDigits() {
    assertEquals(
        List.of("1000", "2.5", "1948"), Tokens.numbers("1 000 personnes, 2,5 %, en 1948."));
    assertEquals(List.of("1000", "2.5"), Tokens.numbers("1,000 people, 2.5%"));
    assertEquals(List.of("12", "2021"), Tokens.numbers("١٢ أيار/مايو ٢٠٢١"));
    assertEquals(List.of("40"), Tokens.numbers("不到４０%"));
  }

  @Test
  void leavesMonthsWrittenAsNumbersToTheLanguagesThatNameThem() {
    assertEquals(List.of("2021", "12"), Tokens.numbers("2021年5月12日"));
  }

  @Test
  void tellsOrdinalsApart() {
    assertEquals(List.of("4"), Tokens.ordinals("4e Sommet"));
    assertEquals(List.of("4"), Tokens.ordinals("4th Global Summit"));
    assertEquals(List.of("3"), Tokens.ordinals("第3回会議"));
    assertEquals(List.of(), Tokens.ordinals("en 2021, 40 %"));
  }

  @Test
  void findsAddressesInTextsWithAndWithoutSpaces() {
    assertEquals(
        List.of("https://example.org/open-gov"),
        Tokens.addresses("门户网站（https://example.org/open-gov）向所有国家"));
    assertEquals(
        List.of("paris-declaration.ogpsummit.org", "info@ogp.org"),
        Tokens.addresses("Les actions : paris-declaration.ogpsummit.org, écrire à info@ogp.org."));
    assertEquals(List.of(), Tokens.addresses("Fin de phrase.Début sans espace, e.g. une faute."));
    assertEquals("Voir  pour tout", Tokens.withoutAddresses("Voir www.ogp.org pour tout"));
  }

  @Test
  void findsAcronymsAndNamesInsideSentences() {
    assertEquals(
        List.of("PGO", "ONU", "Lisbonne"),
        Tokens.names("Le PGO et l’ONU se réunissent à Lisbonne. Nous"));
  }
}
