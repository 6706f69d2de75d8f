package org.decl.index;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.decl.LanguageTags;

/**
 * The registry of how each language's text is analysed, chosen by a tag's language <em>and</em>
 * script (and, for one stemmer, its region): Lucene's own analyzer for most languages it ships one
 * for (stop words, stemmer, script normalisation; Chinese by SmartCN, Japanese by Kuromoji, Korean
 * by Nori, Polish by Stempel), a Snowball stemmer where Lucene's light stemmer keeps the verb
 * endings a user expects conflated (French, Italian, Portuguese), ICU's dictionary segmentation for
 * Traditional Chinese (SmartCN's model is of Simplified Chinese), and for every other tag a
 * deliberate fallback: ICU's Unicode word segmentation (dictionaries for Thai, Lao, Khmer, Myanmar,
 * CJK) with NFKC case folding, not stemmed.
 *
 * <p>A tag is matched whole: its script subtag, or the script its region implies ({@code zh-TW} is
 * written in Han Traditional), must be one the entry handles, so {@code zh-Hant} is never given the
 * Simplified Chinese analyzer and {@code ru-Latn} (transliterated Russian) is never stemmed as
 * Cyrillic Russian: it falls back, and {@link #hasStemmer} says so. A malformed tag is refused
 * ({@link IllegalArgumentException}), never read as some other language.
 */
public final class Analyzers {

  /** The field prefix of the analysed text of one language: {@code text_fr}. */
  public static final String TEXT_PREFIX = "text_";

  /** How an entry analyses its text. */
  public enum Method {
    /** Lucene's analyzer for the language, as it ships. */
    LUCENE,
    /** The language's Lucene tokenizing, elision and stop words, then its Snowball stemmer. */
    SNOWBALL,
    /** ICU's Unicode words, NFKC case-folded, not stemmed. */
    UNICODE
  }

  /**
   * One entry of the registry.
   *
   * @param key the tag it is for, and the suffix of its text field: a language ({@code fr}), with a
   *     script where a language's scripts are analysed apart ({@code zh-Hant}), with a region where
   *     a stemmer is a region's ({@code pt-BR})
   * @param scripts the ISO 15924 scripts it handles
   * @param method how it analyses
   * @param analyzer Lucene's analyzer class of the language (for {@code SNOWBALL}, the one whose
   *     stop words it takes); null for {@code UNICODE}
   * @param stemmer the Snowball stemmer's name, for {@code SNOWBALL}
   * @param why why this analysis, for the documentation and {@code decl index}
   */
  public record Entry(
      String key, Set<String> scripts, Method method, String analyzer, String stemmer, String why) {

    /** The region the entry is for, or "" for every region. */
    String region() {
      return Locale.forLanguageTag(key).getCountry();
    }

    boolean hasScriptSubtag() {
      return !Locale.forLanguageTag(key).getScript().isEmpty();
    }
  }

  private static final String LATN = "Latn";

  /** Lucene's analyzer of a language, in its usual script. */
  private static Entry lucene(String key, String script, String className) {
    return new Entry(
        key,
        Set.of(script),
        Method.LUCENE,
        "org.apache.lucene.analysis." + className,
        null,
        "Lucene's analyzer");
  }

  /**
   * The registry. Snowball replaces Lucene's light stemmer where the light one measurably keeps
   * inflections apart that a reader takes for one word (docs/indexing.md): the light stemmers of
   * French, Italian and Portuguese remove plural and gender endings only, so {@code protéger} and
   * {@code protégerons} stayed two words; Snowball removes verb endings too.
   */
  private static final List<Entry> ENTRIES =
      List.of(
          lucene("ar", "Arab", "ar.ArabicAnalyzer"),
          lucene("bg", "Cyrl", "bg.BulgarianAnalyzer"),
          lucene("bn", "Beng", "bn.BengaliAnalyzer"),
          lucene("ca", LATN, "ca.CatalanAnalyzer"),
          lucene("ckb", "Arab", "ckb.SoraniAnalyzer"),
          lucene("cs", LATN, "cz.CzechAnalyzer"),
          lucene("da", LATN, "da.DanishAnalyzer"),
          lucene("de", LATN, "de.GermanAnalyzer"),
          lucene("el", "Grek", "el.GreekAnalyzer"),
          lucene("en", LATN, "en.EnglishAnalyzer"),
          // Spanish keeps its light stemmer: Snowball parts libertad (libert) from libertades
          lucene("es", LATN, "es.SpanishAnalyzer"),
          lucene("et", LATN, "et.EstonianAnalyzer"),
          lucene("eu", LATN, "eu.BasqueAnalyzer"),
          lucene("fa", "Arab", "fa.PersianAnalyzer"),
          lucene("fi", LATN, "fi.FinnishAnalyzer"),
          snowball("fr", "fr.FrenchAnalyzer", "French"),
          lucene("ga", LATN, "ga.IrishAnalyzer"),
          lucene("gl", LATN, "gl.GalicianAnalyzer"),
          lucene("hi", "Deva", "hi.HindiAnalyzer"),
          lucene("hu", LATN, "hu.HungarianAnalyzer"),
          lucene("hy", "Armn", "hy.ArmenianAnalyzer"),
          lucene("id", LATN, "id.IndonesianAnalyzer"),
          snowball("it", "it.ItalianAnalyzer", "Italian"),
          lucene("ja", "Jpan", "ja.JapaneseAnalyzer"),
          lucene("ko", "Kore", "ko.KoreanAnalyzer"),
          lucene("lt", LATN, "lt.LithuanianAnalyzer"),
          lucene("lv", LATN, "lv.LatvianAnalyzer"),
          lucene("nb", LATN, "no.NorwegianAnalyzer"),
          lucene("ne", "Deva", "ne.NepaliAnalyzer"),
          lucene("nl", LATN, "nl.DutchAnalyzer"),
          lucene("nn", LATN, "no.NorwegianAnalyzer"),
          lucene("no", LATN, "no.NorwegianAnalyzer"),
          lucene("pl", LATN, "pl.PolishAnalyzer"),
          snowball("pt", "pt.PortugueseAnalyzer", "Portuguese"),
          lucene("pt-BR", LATN, "br.BrazilianAnalyzer"),
          lucene("ro", LATN, "ro.RomanianAnalyzer"),
          lucene("ru", "Cyrl", "ru.RussianAnalyzer"),
          // Serbian is written in both scripts; its analyzer folds Cyrillic and Latin to one
          // spelling, so both versions of a text share one field and find each other's words
          new Entry(
              "sr",
              Set.of("Cyrl", LATN),
              Method.LUCENE,
              "org.apache.lucene.analysis.sr.SerbianAnalyzer",
              null,
              "Lucene's analyzer, Cyrillic and Latin folded to one spelling"),
          lucene("sv", LATN, "sv.SwedishAnalyzer"),
          lucene("ta", "Taml", "ta.TamilAnalyzer"),
          lucene("te", "Telu", "te.TeluguAnalyzer"),
          lucene("th", "Thai", "th.ThaiAnalyzer"),
          lucene("tr", LATN, "tr.TurkishAnalyzer"),
          lucene("zh", "Hans", "cn.smart.SmartChineseAnalyzer"),
          new Entry(
              "zh-Hant",
              Set.of("Hant"),
              Method.UNICODE,
              null,
              null,
              "ICU's CJK dictionary words: SmartCN's model is of Simplified Chinese"));

  private static Entry snowball(String key, String className, String stemmer) {
    return new Entry(
        key,
        Set.of(LATN),
        Method.SNOWBALL,
        "org.apache.lucene.analysis." + className,
        stemmer,
        "Snowball stemmer: Lucene's light stemmer keeps verb endings");
  }

  /** The entries of each language subtag, the one for its usual script first. */
  private static final Map<String, List<Entry>> BY_LANGUAGE = byLanguage();

  private static Map<String, List<Entry>> byLanguage() {
    Map<String, List<Entry>> map = new LinkedHashMap<>();
    for (Entry e : ENTRIES) {
      map.computeIfAbsent(LanguageTags.language(e.key()), k -> new ArrayList<>()).add(e);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(map);
  }

  /**
   * The elided articles and prepositions Lucene's French and Italian analyzers strip ({@code
   * l’homme} is {@code homme}): Italian's list is private to its analyzer.
   */
  private static final Map<String, List<String>> ELIDED =
      Map.of(
          "fr",
          List.of(
              "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
          "it",
          List.of(
              "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
              "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"));

  private final Map<String, Analyzer> made = new ConcurrentHashMap<>();
  private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();

  /** The entries of the registry. */
  public static List<Entry> entries() {
    return ENTRIES;
  }

  /**
   * The entry that analyses a tag's text: the one of its language whose region and script match the
   * tag's, else the one of the language's usual script when the tag names none, else the Unicode
   * fallback, keyed by the tag's language (and its script, where the language has an entry for
   * another script). A blank tag is {@code und}.
   *
   * @throws IllegalArgumentException for a tag that is not BCP 47
   */
  public static Entry entry(String tag) {
    if (tag == null || tag.isBlank()) {
      return fallback("und");
    }
    Locale locale = Locale.forLanguageTag(LanguageTags.canonical(tag));
    String language = locale.getLanguage();
    String script = locale.getScript();
    String region = locale.getCountry();
    List<Entry> entries = BY_LANGUAGE.getOrDefault(language, List.of());
    if (entries.isEmpty()) {
      return fallback(language.isEmpty() ? "und" : language);
    }
    if (script.isEmpty()
        && !region.isEmpty()
        && entries.stream().anyMatch(Entry::hasScriptSubtag)) {
      // zh-TW names no script, but Taiwan writes Han Traditional: CLDR's likely subtags say so
      script = ULocale.addLikelySubtags(new ULocale(language + "_" + region)).getScript();
    }
    for (Entry e : entries) {
      if (!e.region().isEmpty()
          && e.region().equals(region)
          && (script.isEmpty() || e.scripts().contains(script))) {
        return e;
      }
    }
    for (Entry e : entries) {
      if (e.region().isEmpty()
          && (script.isEmpty() ? !e.hasScriptSubtag() : e.scripts().contains(script))) {
        return e;
      }
    }
    return fallback(language + "-" + script);
  }

  private static Entry fallback(String key) {
    return new Entry(
        key, Set.of(), Method.UNICODE, null, null, "no analyzer registered: Unicode words");
  }

  /** The tags the registry has an entry of its own for. */
  static Set<String> stemmed() {
    Set<String> keys = new java.util.LinkedHashSet<>();
    ENTRIES.forEach(e -> keys.add(e.key()));
    return keys;
  }

  /**
   * True if the registry has an analysis of its own for the tag (its language in its script), false
   * if its text falls back to Unicode words.
   */
  public static boolean hasStemmer(String lang) {
    return ENTRIES.contains(entry(lang));
  }

  /**
   * The field a language's text is indexed in: {@code text_} and its entry's key ({@code text_fr},
   * {@code text_pt-BR}, {@code text_zh}, {@code text_zh-Hant}; {@code text_sr} for both scripts of
   * Serbian).
   */
  public static String field(String lang) {
    return TEXT_PREFIX + entry(lang).key();
  }

  /** The analyzer of a language's text, as its entry says. */
  public Analyzer forLanguage(String lang) {
    Entry entry = entry(lang);
    return made.computeIfAbsent(entry.key(), k -> make(entry));
  }

  private static Analyzer make(Entry entry) {
    return switch (entry.method()) {
      case LUCENE -> lucene(entry.analyzer());
      case SNOWBALL -> snowball(entry);
      case UNICODE -> unicode();
    };
  }

  private static Analyzer lucene(String className) {
    try {
      return Class.forName(className)
          .asSubclass(Analyzer.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the Lucene analyzer " + className, e);
    }
  }

  /**
   * Lucene's chain for the language (standard words, elided articles, lower case, its stop words)
   * with the Snowball stemmer in place of its light one.
   */
  private static Analyzer snowball(Entry entry) {
    CharArraySet stops;
    try {
      stops =
          (CharArraySet)
              Class.forName(entry.analyzer()).getMethod("getDefaultStopSet").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the stop words of " + entry.analyzer(), e);
    }
    List<String> elided = ELIDED.get(entry.key());
    CharArraySet articles = elided == null ? null : new CharArraySet(elided, true);
    String stemmer = entry.stemmer();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream words = articles == null ? tokenizer : new ElisionFilter(tokenizer, articles);
        words = new StopFilter(new LowerCaseFilter(words), stops);
        return new TokenStreamComponents(tokenizer, new SnowballFilter(words, stemmer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(articles == null ? in : new ElisionFilter(in, articles));
      }
    };
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

  /** Words by Unicode rules, case-folded, no stemming. */
  private static Analyzer unicode() {
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
