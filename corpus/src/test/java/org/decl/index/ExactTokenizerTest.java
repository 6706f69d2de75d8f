package org.decl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.Test;

/** The exact field's words are ICU's, whichever tokenizer found them. */
class ExactTokenizerTest {

  private final Analyzer exact = new Analyzers().forField(ClauseDocuments.EXACT);
  private final Analyzer icuOnly = icuOnly();

  @Test
  void givesIcusWordsInEveryLanguageOfTheTestKit() throws IOException {
    for (String lang : Texts.languages()) {
      int fast = 0;
      List<String> paragraphs = Texts.paragraphs(lang);
      for (String paragraph : paragraphs) {
        assertEquals(tokens(icuOnly, paragraph), tokens(exact, paragraph), lang + ": " + paragraph);
        // the tokenizer sees the text with apostrophes made spaces
        fast += ExactTokenizer.standardAgrees(paragraph.replace('\u2019', ' ')) ? 1 : 0;
      }
      if (List.of("fr", "ru", "el", "ar").contains(lang)) {
        assertTrue(
            fast > paragraphs.size() / 2,
            lang + ": the fast path is taken for " + fast + " of " + paragraphs.size());
      }
    }
  }

  @Test
  void givesIcusWordsOnTrickyText() throws IOException {
    for (String text :
        List.of(
            "L’article 5.2 (a) : 3,5 % du PIB, 1 000 000 €, « liberté » ; l'État—et l’UE…",
            "e-mail: info@example.org, https://example.org/a?b=c; 12:30; 3.14; U.S.A.; x2; 2x",
            "Статья 19. «Свобода» — и т.д.; Άρθρο 5· «ελευθερία»; المادة ٥: «الحرية»، نعم؟",
            "snake_case, ½, ª, naïve, cœur, Øresund, İstanbul, ǅemal, ×, ÷, ‰, ‹a›, •, ‐",
            "\t tab\nnew line\r\n, trailing  ",
            "abcабв mixed αβγabc scripts, 中文 and ภาษาไทย inside Latin text",
            "a".repeat(300) + " long words " + "б".repeat(256))) {
      assertEquals(tokens(icuOnly, text), tokens(exact, text), text);
    }
  }

  @Test
  void leavesToIcuWhatOnlyItSegments() {
    assertTrue(ExactTokenizer.standardAgrees("Liberté, égalité: 1789."));
    assertFalse(ExactTokenizer.standardAgrees("开放政府"));
    assertFalse(ExactTokenizer.standardAgrees("ภาษาไทย"));
    assertFalse(ExactTokenizer.standardAgrees("abc αβγ"));
  }

  @Test
  void cutsChineseAndJapaneseIntoCharactersAndKeepsThaiWords() throws IOException {
    assertEquals(List.of("开", "放", "政", "府"), terms("开放政府"));
    assertEquals(List.of("開", "か", "れ", "た", "政", "府"), terms("開かれた政府"));
    assertEquals(List.of("ภาษา", "ไทย"), terms("ภาษาไทย"));
  }

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    for (String token : tokens(exact, text)) {
      if (!token.startsWith("end ")) {
        out.add(token.substring(0, token.indexOf(' ')));
      }
    }
    return out;
  }

  /** Each token as term, offsets and position increment. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ClauseDocuments.EXACT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + position.getPositionIncrement());
      }
      ts.end();
      out.add("end " + offset.endOffset());
    }
    return out;
  }

  /** The exact field without the fast path: ICU alone, without its Chinese-Japanese dictionary. */
  private static Analyzer icuOnly() {
    NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
    apostrophes.add("'", " ");
    apostrophes.add("\u2019", " ");
    NormalizeCharMap map = apostrophes.build();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(map, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
      }
    };
  }
}
