package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each language's analyzer, as the index and the searcher get it. */
class AnalyzersTest {

  private final Analyzers analyzers = new Analyzers();

  @Test
  void everyRegisteredTagMakesItsAnalyzer() {
    assertEquals(45, Analyzers.stemmed().size());
    for (Analyzers.Entry e : Analyzers.entries()) {
      Analyzer a = analyzers.forLanguage(e.key());
      assertEquals(e, Analyzers.entry(e.key()), "a key resolves to its own entry");
      if (e.method() == Analyzers.Method.LUCENE) {
        assertEquals(e.analyzer(), a.getClass().getName(), e.key());
      }
    }
  }

  @Test
  void theAnalyzerIsChosenByLanguageAndScript() {
    assertEquals("zh", Analyzers.entry("zh").key());
    assertEquals("zh", Analyzers.entry("zh-Hans-CN").key());
    assertEquals("zh-Hant", Analyzers.entry("zh-Hant").key());
    assertEquals("zh-Hant", Analyzers.entry("zh-TW").key(), "Taiwan writes Traditional Chinese");
    assertEquals("zh-Hant", Analyzers.entry("zh-Hant-HK").key());
    assertEquals("sr", Analyzers.entry("sr-Latn").key());
    assertEquals("sr", Analyzers.entry("sr-Cyrl").key());
    assertEquals("pt-BR", Analyzers.entry("pt-BR").key());
    assertEquals("pt", Analyzers.entry("pt-PT").key());
    assertEquals("de", Analyzers.entry("de-1996").key());
    assertEquals("text_zh-Hant", Analyzers.field("zh-Hant"));
  }

  @Test
  void aScriptNoEntryHandlesFallsBackToUnicodeWordsInAFieldOfItsOwn() throws IOException {
    Analyzers.Entry latinRussian = Analyzers.entry("ru-Latn");
    assertEquals(Analyzers.Method.UNICODE, latinRussian.method());
    assertEquals("text_ru-Latn", Analyzers.field("ru-Latn"));
    assertFalse(Analyzers.hasStemmer("ru-Latn"));
    assertTrue(Analyzers.hasStemmer("ru"));
    assertEquals(List.of("prava", "cheloveka"), words("ru-Latn", "Prava cheloveka"));
  }

  @Test
  void aMalformedTagIsRefusedNotReadAsAnotherLanguage() {
    assertThrows(IllegalArgumentException.class, () -> Analyzers.entry("not a tag"));
    assertEquals("und", Analyzers.entry("").key());
  }

  @Test
  void traditionalChineseIsCutIntoDictionaryWords() throws IOException {
    assertEquals(List.of("開放", "政府"), words("zh-Hant", "開放政府"));
  }

  @Test
  void serbianInEitherScriptGivesTheSameWords() throws IOException {
    assertEquals(words("sr-Latn", "ljudska prava"), words("sr-Cyrl", "људска права"));
  }

  @Test
  void stemmersConflateTheInflectionsAReaderTakesForOneWord() throws IOException {
    // verb forms in Romance languages: Snowball, where Lucene's light stemmers kept them apart
    same("fr", "protéger", "protégerons", "protègerons", "protégeront");
    same("es", "libertad", "libertades"); // Spanish keeps its light stemmer: Snowball parts these
    same("it", "proteggere", "proteggeremo", "protegge");
    same("pt", "proteger", "protegeremos", "protegemos");
    // cases in Slavic and Finno-Ugric languages
    same("ru", "право", "права", "правам");
    same("pl", "prawo", "prawa", "prawem");
    same("pl", "chronić", "chronią", "chronimy");
    same("fi", "hallituksen", "hallitukset", "hallituksia");
    same("hu", "jogok", "jogokat", "jogai");
    same("de", "Regierung", "Regierungen");
  }

  private void same(String lang, String... forms) throws IOException {
    for (String form : forms) {
      assertEquals(words(lang, forms[0]), words(lang, form), lang + ": " + form);
    }
  }

  @Test
  void stemmersJoinInflectedForms() throws IOException {
    assertEquals(words("fr", "liberté"), words("fr", "libertés"));
    assertEquals(words("ru", "управление"), words("ru", "управления"));
    assertEquals(words("el", "διαφάνεια"), words("el", "διαφάνειας"));
  }

  @Test
  void chineseAndJapaneseAreCutIntoWords() throws IOException {
    assertEquals(List.of("开放", "政府"), words("zh", "开放政府"));
    assertTrue(words("ja", "開かれた政府").contains("政府"));
  }

  @Test
  void otherLanguagesFallBackToUnicodeWordsFoldedNotStemmed() throws IOException {
    assertFalse(Analyzers.hasStemmer("he"));
    assertEquals(List.of("ממשלה", "פתוחה"), words("he", "ממשלה פתוחה"));
    assertEquals(List.of("ምክር", "ቤት"), words("am", "ምክር ቤት"));
  }

  @Test
  void theExactFieldFoldsCaseAndAccents() throws IOException {
    assertEquals(List.of("liberte", "d", "expression"), exact("LIBERTÉ d’expression"));
  }

  private List<String> words(String lang, String text) throws IOException {
    return tokens(analyzers.forLanguage(lang), Analyzers.field(lang), text);
  }

  private List<String> exact(String text) throws IOException {
    return tokens(analyzers.forField(ClauseDocuments.EXACT), ClauseDocuments.EXACT, text);
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
