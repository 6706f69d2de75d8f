package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void everyLanguageNamedHasItsLuceneAnalyzer() {
    assertEquals(43, Analyzers.stemmed().size());
    for (String lang : Analyzers.stemmed()) {
      Analyzer a = analyzers.forLanguage(lang);
      assertTrue(
          a.getClass().getName().startsWith("org.apache.lucene.analysis."),
          lang + " got " + a.getClass().getName());
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
