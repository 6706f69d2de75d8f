package org.decl.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.decl.diff.Ends.End;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Toute personne a le droit.|TERMINAL",
        "کلیه افراد حق دارند۔|TERMINAL",
        "هل يحق لكل شخص؟|TERMINAL",
        "Յուրաքանչյուր ոք իրավունք ունի։|TERMINAL",
        "प्रत्येक व्यक्ति को अधिकार है।|TERMINAL",
        "প্রত্যেকের অধিকার আছে॥|TERMINAL",
        "ማንኛውም ሰው መብት አለው።|TERMINAL",
        "人人有权获取信息。|TERMINAL",
        "ប្រជាជនគ្រប់រូបមានសិទ្ធិ។|TERMINAL",
        "လူတိုင်းတွင် အခွင့်အရေး ရှိသည်။|TERMINAL",
        "Έχει κάθε πρόσωπο δικαίωμα;|TERMINAL",
        "Considérant que le gouvernement ouvert,|CLAUSE",
        "ومع مراعاة ذلك،|CLAUSE",
        "考虑到开放的政府，|CLAUSE",
        "ማንኛውም ሰው፣|CLAUSE",
        "Հաշվի առնելով՝|CLAUSE",
        "ομοίως ισχύει·|CLAUSE",
        "Les États doivent notamment :|COLON",
        "各国应当：|COLON",
        "የሚከተሉትን፦|COLON",
        "โดยที่รัฐบาลที่เปิดกว้างเป็นเงื่อนไขสำคัญ|NONE",
        "Article 5|NONE",
        "« Gouvernement ouvert ».|TERMINAL",
        "(voir l’article 5.)|TERMINAL"
      })
  void readsTheClassOfAClausesEndInEveryScript(String text, End end) {
    assertEquals(end, Ends.of(text));
  }

  @Test
  void neverFindsATranslationsOwnHabitOdd() {
    // French recitals end with commas, their Urdu translation with ۔: every time, so never odd
    List<End[]> pairs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pairs.add(new End[] {End.CLAUSE, End.TERMINAL});
    }
    Ends.Conventions urdu = new Ends.Conventions(pairs);

    assertFalse(urdu.odd(End.CLAUSE, End.TERMINAL));
  }

  @Test
  void findsAnEndingRareInTheTranslationOdd() {
    List<End[]> pairs = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      pairs.add(new End[] {End.TERMINAL, End.TERMINAL});
    }
    pairs.add(new End[] {End.TERMINAL, End.CLAUSE});
    Ends.Conventions russian = new Ends.Conventions(pairs);

    assertTrue(russian.odd(End.TERMINAL, End.CLAUSE));
    assertFalse(russian.odd(End.TERMINAL, End.TERMINAL));
  }

  @Test
  void tellsNothingFromTooFewClauses() {
    Ends.Conventions few =
        new Ends.Conventions(
            List.of(
                new End[] {End.TERMINAL, End.TERMINAL},
                new End[] {End.TERMINAL, End.TERMINAL},
                new End[] {End.TERMINAL, End.NONE}));

    assertFalse(few.odd(End.TERMINAL, End.NONE));
  }
}
