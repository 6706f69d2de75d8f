package org.decl.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  private static Clause clause(String label, String text) {
    return new Clause(1, "art1.1", Kind.CLAUSE, "paragraph", label, text, null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "10,000 euros",
        "10 000 euros",
        "10.000 euros",
        "10'000 euros",
        "10’000 euros",
        "10\u00A0000 euros",
        "10\u202F000 euros",
        "10\u2009000 euros",
        "١٠٬٠٠٠ يورو",
        "۱۰٬۰۰۰ یورو",
        "१०,००० यूरो",
        "১০,০০০ ইউরো"
      })
  void readsThousandsSeparatorsOfEveryConventionAsOneValue(String text) {
    assertEquals(List.of("10000"), Numbers.content(clause(null, text)));
  }

  @Test
  void readsDigitsOfEveryScriptByValue() {
    for (String twelve : List.of("12", "١٢", "۱۲", "१२", "১২", "௧௨", "๑๒", "១២", "၁၂")) {
      assertEquals(List.of("12"), Numbers.content(clause(null, "within " + twelve + " days")));
    }
  }

  @Test
  void leavesOutAnOpeningLabelTheSplitterDidNotTakeOff() {
    assertEquals(List.of("30"), Numbers.content(clause(null, "‘1’ خلال 30 يوما")));
    assertEquals(List.of("30"), Numbers.content(clause(null, "２\u300030日以内に公表する。")));
  }

  @Test
  void readsALabelsNumberWhateverItsNumerals() {
    assertEquals(List.of("2"), Numbers.label(clause("b)", "text")));
    assertEquals(List.of("5"), Numbers.label(clause("Article 5", "text")));
    assertEquals(List.of("2"), Numbers.label(clause("٢.", "text")));
  }

  @Test
  void findsNumbersSpelledOutByTheLanguagesRules() {
    assertTrue(Numbers.spelled("dans les cinq prochaines années", "fr", "5"));
    assertTrue(Numbers.spelled("в течение тридцати дней", "ru", "30"));
    assertTrue(Numbers.spelled("三十日以内", "zh-Hant", "30"));
    assertFalse(Numbers.spelled("dans les cinq prochaines années", "fr", "6"));
  }

  @Test
  void findsAMonthNamedInTheOtherLanguage() {
    assertTrue(Numbers.month("Lisbon, 12 May 2021", "en", "5"));
    assertFalse(Numbers.month("Lisbon, 12 June 2021", "en", "5"));
  }

  @Test
  void findsANumberWrittenInAnotherNumeralSystem() {
    assertTrue(Numbers.otherNumerals("በዚህ አንቀጽ ንዑስ አንቀጽ ፩ የተጠቀሱት", "1"));
    assertFalse(Numbers.otherNumerals("በዚህ አንቀጽ ንዑስ አንቀጽ ፩ የተጠቀሱት", "2"));
  }
}
