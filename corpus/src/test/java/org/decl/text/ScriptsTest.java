package org.decl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Letters and their cases, the same way in every script. */
class ScriptsTest {

  @Test
  void headingsInCapitalsAreAllCapsInEveryCasedAlphabet() {
    assertTrue(Scripts.isAllCaps("ACTIONS COLLECTIVES"));
    assertTrue(Scripts.isAllCaps("DÉCLARATION DE PARIS"));
    assertTrue(Scripts.isAllCaps("ΟΙΚΟΥΜΕΝΙΚΗ ΔΙΑΚΗΡΥΞΗ"));
    assertTrue(Scripts.isAllCaps("ВСЕОБЩАЯ ДЕКЛАРАЦИЯ"));
    assertTrue(Scripts.isAllCaps("ǅIN ǄAR")); // titlecase digraphs count as capitals
  }

  @Test
  void oneSmallLetterAnywhereIsNotAllCaps() {
    assertFalse(Scripts.isAllCaps("ACTIONS Collectives"));
    assertFalse(Scripts.isAllCaps("DÉCLARATIOn"));
    assertFalse(Scripts.isAllCaps("ВСЕОБЩАЯ декларация"));
    assertFalse(Scripts.isAllCaps("NUMÉRO 1ª")); // ª is a small letter of its own kind
    assertFalse(Scripts.isAllCaps("UNESCO ⓐ")); // so is a circled small letter
  }

  @Test
  void scriptsWithoutCaseAreNeverAllCaps() {
    assertFalse(Scripts.isAllCaps("世界人权宣言"));
    assertFalse(Scripts.isAllCaps("الإعلان العالمي لحقوق الإنسان"));
    assertFalse(Scripts.isAllCaps("ปฏิญญาสากลว่าด้วยสิทธิมนุษยชน"));
    assertFalse(Scripts.isAllCaps("A"));
    assertTrue(Scripts.isAllCaps("世界人权宣言 UN"));
    assertFalse(Scripts.isAllCaps("世界人权宣言 Un"));
  }

  @Test
  void acronymsAmongOtherScriptsStillCount() {
    assertEquals(true, Scripts.isAllCaps("OGP — ПОП"));
  }
}
