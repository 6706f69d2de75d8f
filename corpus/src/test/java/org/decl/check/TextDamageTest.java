package org.decl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDamageTest {

  private static List<String> rules(String text) {
    return TextDamage.of(text).stream().map(TextDamage.Damage::rule).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Le droit d’accès à l’information\uFFFD est garanti.|replacement-character",
        "Le droit dâ€™accès est garanti.|mojibake",
        "La sociÃ©tÃ© civile participe.|mojibake",
        "Die Regierung\u0007 handelt.|control-character",
        "Les États\uE012 membres s’engagent.|control-character",
        "We will support the develop- ment of open data.|broken-word",
        "Wir werden die Regie- rung stärken.|broken-word",
        "the Charter - 3 - and the principles|stray-page-number",
        "as set out in Page 3 of 12 the Charter|stray-page-number",
        "12|stray-page-number",
        "- 7 -|stray-page-number",
      })
  void findsDamage(String text, String rule) {
    assertEquals(List.of(rule), rules(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vor- und Nachteile der Verwaltung",
        "pre- and post-war arrangements",
        "la micro- et la macro-économie",
        "Nous co-construirons, sur la page 5 du rapport, des politiques.",
        "À São Paulo, a ação do Governo é Ãmbito? no: Ão",
        "Das Åland-Abkommen und Ärzte",
        "Пусть каждый имеет право на жизнь, свободу и личную неприкосновенность.",
        "在 2016 年 12 月 7 日至 9 日于巴黎举行的会议上",
        "Article 5 – 2 of the Charter",
        "1. Everyone has the right to take part in the government of his country.",
      })
  void leavesSoundTextAlone(String text) {
    assertEquals(List.of(), rules(text));
  }
}
