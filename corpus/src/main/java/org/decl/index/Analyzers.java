package org.decl.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.decl.LanguageTags;

/**
 * The analyzer for each language's text: Lucene's own for the 42 languages it ships one for
 * (stemming, stop words, script normalisation; Chinese by SmartCN, Japanese by Kuromoji, Korean by
 * Nori), and for every other language a deliberate fallback, ICU's Unicode word segmentation
 * (dictionaries for Thai, Lao, Khmer, Myanmar, CJK) with NFKC case folding and no stemming. The
 * fallback is a choice made here, not an accident: {@link #hasStemmer} says which it is.
 */
public final class Analyzers {

  /** The field prefix of the analysed text of one language: {@code text_fr}. */
  public static final String TEXT_PREFIX = "text_";

  /**
   * Lucene's analyzer for each language, by class name: loaded only for the languages an index
   * holds, so that a search in French does not load Japanese dictionaries.
   */
  private static final Map<String, String> LANGUAGES =
      Map.ofEntries(
          Map.entry("ar", "org.apache.lucene.analysis.ar.ArabicAnalyzer"),
          Map.entry("bg", "org.apache.lucene.analysis.bg.BulgarianAnalyzer"),
          Map.entry("bn", "org.apache.lucene.analysis.bn.BengaliAnalyzer"),
          Map.entry("ca", "org.apache.lucene.analysis.ca.CatalanAnalyzer"),
          Map.entry("ckb", "org.apache.lucene.analysis.ckb.SoraniAnalyzer"),
          Map.entry("cs", "org.apache.lucene.analysis.cz.CzechAnalyzer"),
          Map.entry("da", "org.apache.lucene.analysis.da.DanishAnalyzer"),
          Map.entry("de", "org.apache.lucene.analysis.de.GermanAnalyzer"),
          Map.entry("el", "org.apache.lucene.analysis.el.GreekAnalyzer"),
          Map.entry("en", "org.apache.lucene.analysis.en.EnglishAnalyzer"),
          Map.entry("es", "org.apache.lucene.analysis.es.SpanishAnalyzer"),
          Map.entry("et", "org.apache.lucene.analysis.et.EstonianAnalyzer"),
          Map.entry("eu", "org.apache.lucene.analysis.eu.BasqueAnalyzer"),
          Map.entry("fa", "org.apache.lucene.analysis.fa.PersianAnalyzer"),
          Map.entry("fi", "org.apache.lucene.analysis.fi.FinnishAnalyzer"),
          Map.entry("fr", "org.apache.lucene.analysis.fr.FrenchAnalyzer"),
          Map.entry("ga", "org.apache.lucene.analysis.ga.IrishAnalyzer"),
          Map.entry("gl", "org.apache.lucene.analysis.gl.GalicianAnalyzer"),
          Map.entry("hi", "org.apache.lucene.analysis.hi.HindiAnalyzer"),
          Map.entry("hu", "org.apache.lucene.analysis.hu.HungarianAnalyzer"),
          Map.entry("hy", "org.apache.lucene.analysis.hy.ArmenianAnalyzer"),
          Map.entry("id", "org.apache.lucene.analysis.id.IndonesianAnalyzer"),
          Map.entry("it", "org.apache.lucene.analysis.it.ItalianAnalyzer"),
          Map.entry("ja", "org.apache.lucene.analysis.ja.JapaneseAnalyzer"),
          Map.entry("ko", "org.apache.lucene.analysis.ko.KoreanAnalyzer"),
          Map.entry("lt", "org.apache.lucene.analysis.lt.LithuanianAnalyzer"),
          Map.entry("lv", "org.apache.lucene.analysis.lv.LatvianAnalyzer"),
          Map.entry("nb", "org.apache.lucene.analysis.no.NorwegianAnalyzer"),
          Map.entry("ne", "org.apache.lucene.analysis.ne.NepaliAnalyzer"),
          Map.entry("nl", "org.apache.lucene.analysis.nl.DutchAnalyzer"),
          Map.entry("nn", "org.apache.lucene.analysis.no.NorwegianAnalyzer"),
          Map.entry("no", "org.apache.lucene.analysis.no.NorwegianAnalyzer"),
          Map.entry("pt", "org.apache.lucene.analysis.pt.PortugueseAnalyzer"),
          Map.entry("pt-BR", "org.apache.lucene.analysis.br.BrazilianAnalyzer"),
          Map.entry("ro", "org.apache.lucene.analysis.ro.RomanianAnalyzer"),
          Map.entry("ru", "org.apache.lucene.analysis.ru.RussianAnalyzer"),
          Map.entry("sr", "org.apache.lucene.analysis.sr.SerbianAnalyzer"),
          Map.entry("sv", "org.apache.lucene.analysis.sv.SwedishAnalyzer"),
          Map.entry("ta", "org.apache.lucene.analysis.ta.TamilAnalyzer"),
          Map.entry("te", "org.apache.lucene.analysis.te.TeluguAnalyzer"),
          Map.entry("th", "org.apache.lucene.analysis.th.ThaiAnalyzer"),
          Map.entry("tr", "org.apache.lucene.analysis.tr.TurkishAnalyzer"),
          Map.entry("zh", "org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer"));

  private final Map<String, Analyzer> made = new ConcurrentHashMap<>();
  private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();

  /** The language keys Lucene has an analyzer of its own for. */
  static java.util.Set<String> stemmed() {
    return LANGUAGES.keySet();
  }

  /**
   * True if Lucene has an analyzer of its own (with stemming or its equivalent) for the language.
   */
  public static boolean hasStemmer(String lang) {
    return LANGUAGES.containsKey(key(lang));
  }

  /**
   * The field a language's text is indexed in: {@code text_fr}, {@code text_pt-BR}, {@code
   * text_zh}.
   */
  public static String field(String lang) {
    return TEXT_PREFIX + key(lang);
  }

  /** The analyzer of a language's text: Lucene's, else the Unicode fallback. */
  public Analyzer forLanguage(String lang) {
    return made.computeIfAbsent(
        key(lang), k -> LANGUAGES.containsKey(k) ? make(LANGUAGES.get(k)) : fallback());
  }

  private static Analyzer make(String className) {
    try {
      return Class.forName(className)
          .asSubclass(Analyzer.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the Lucene analyzer " + className, e);
    }
  }

  /** The analyzer of a field: a language's text field, the exact field, or a keyword field. */
  public Analyzer forField(String field) {
    Analyzer known = byField.get(field); // asked for every field of every document: no parsing
    return known != null ? known : byField.computeIfAbsent(field, this::lookUp);
  }

  private Analyzer lookUp(String field) {
    if (field.startsWith(TEXT_PREFIX)) {
      return forLanguage(field.substring(TEXT_PREFIX.length()));
    }
    if (field.equals(ClauseDocuments.EXACT)) {
      return made.computeIfAbsent(ClauseDocuments.EXACT, k -> exact());
    }
    return made.computeIfAbsent(
        "keyword", k -> new org.apache.lucene.analysis.core.KeywordAnalyzer());
  }

  /**
   * The language key of a tag: its language subtag, except Brazilian Portuguese, which Lucene stems
   * apart ({@code pt-BR}); {@code und} and unknown tags fall back to {@code und}.
   */
  static String key(String lang) {
    if (lang == null || lang.isBlank()) {
      return "und";
    }
    String canonical = LanguageTags.canonical(lang);
    if (canonical.equals("pt-BR")) {
      return canonical;
    }
    return LanguageTags.language(canonical);
  }

  /** Words by Unicode rules, case-folded, no stemming: for languages Lucene has no analyzer for. */
  private static Analyzer fallback() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(
            tokenizer,
            new ICUNormalizer2Filter(
                tokenizer,
                com.ibm.icu.text.Normalizer2.getInstance(
                    null, "nfkc_cf", com.ibm.icu.text.Normalizer2.Mode.COMPOSE)));
      }
    };
  }

  /**
   * Words by Unicode rules (ICU's segmentation: see {@link ExactTokenizer}), case and accents
   * folded: the exact field, in every language. An apostrophe separates words, so that {@code
   * expression} finds French {@code d’expression} and Italian {@code dell’uomo} gives {@code uomo}.
   */
  private static Analyzer exact() {
    org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder apostrophes =
        new org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder();
    apostrophes.add("'", " ");
    apostrophes.add("\u2019", " ");
    org.apache.lucene.analysis.charfilter.NormalizeCharMap map = apostrophes.build();
    return new Analyzer() {
      @Override
      protected java.io.Reader initReaderForNormalization(String fieldName, java.io.Reader reader) {
        // the tokenizer reads apostrophes as spaces itself; a wildcard or fuzzy term is not
        // tokenized, so its apostrophes are mapped here
        return new org.apache.lucene.analysis.charfilter.MappingCharFilter(map, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ExactTokenizer(); // ICU's words, found faster where it can
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(
          String fieldName, org.apache.lucene.analysis.TokenStream in) {
        return new ICUFoldingFilter(in); // wildcard and fuzzy terms are folded as the words were
      }
    };
  }
}
