package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.BreakIterator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.decl.testkit.Declarations;
import org.decl.testkit.ListDocuments;
import org.decl.testkit.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged extraction never looks clean: the declaration in every language of the test kit,
 * damaged the ways PDF extraction damages text, shows the damage; undamaged, it shows none.
 */
class DamageSignsTest {

  private static Extractor extractor;

  @BeforeAll
  static void open() {
    extractor = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  static Stream<String> languages() {
    return Declarations.languages().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void showsNoDamageInAnUndamagedDeclaration(String lang) {
    List<Declarations.Unit> units = Declarations.declaration(lang);
    byte[] text = Declarations.text(units).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), extract(lang + ".txt", text, lang).damage(), lang + ".txt");
    byte[] docx = ListDocuments.docx(lang, units);
    assertEquals(List.of(), extract(lang + ".docx", docx, lang).damage(), lang + ".docx");
  }

  @Test
  void showsNoDamageInTheShortSamples() {
    for (String lang : Texts.languages()) {
      assertEquals(List.of(), DamageSigns.of(paragraphs(Texts.paragraphs(lang))), lang);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void showsRightToLeftWordsTakenInTheOrderTheyAreDrawn(String lang) {
    assertDamage(lang, DamageKind.READING_ORDER, DamageSignsTest::wordsReversed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void showsParagraphNumbersGluedToTheEndOfRightToLeftLines(String lang) {
    // 1. النص → النص1. : the number drawn at the left end of the line, read last
    assertDamage(
        lang,
        DamageKind.READING_ORDER,
        p -> p.replaceFirst("^(\\p{Nd}+\\.|\\(\\p{Nd}+\\)) (.*)", "$2$1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void showsBracketsNotMirroredBack(String lang) {
    assertDamage(
        lang,
        DamageKind.READING_ORDER,
        p -> p.replaceFirst("^\\((\\S{1,4})\\)", ")$1(").replaceFirst("^\\((\\S{1,4})\\)", ")$1("));
  }

  @Test
  void showsHebrewLettersReversedByTheirFinalForms() {
    assertDamage("he", DamageKind.READING_ORDER, DamageSignsTest::lettersReversed);
  }

  @Test
  void showsTanweenCutOffFromTheAlefThatCarriesIt() {
    // the test kit's Arabic is not vocalised: three sentences of our own that are
    List<String> vocalised =
        List.of(
            "نعمل معًا دائمًا من أجل حكومة منفتحة.",
            "ويجب أن يكون القرار واضحًا ومعلنًا للجميع.",
            "ونلتزم أيضًا بنشر البيانات نشرًا كاملًا.");
    assertEquals(List.of(), DamageSigns.of(paragraphs(vocalised)));
    // واضحًا → واضحً ا
    List<String> damaged = vocalised.stream().map(p -> p.replace("\u064Bا", "\u064B ا")).toList();
    assertEquals(List.of(DamageKind.BROKEN_CLUSTERS), kinds(DamageSigns.of(paragraphs(damaged))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vowelSigns")
  void showsVowelSignsCutOffFromTheirLetters(String lang) {
    // a space before every vowel sign or mark: glyphs placed apart read as words apart
    assertDamage(lang, DamageKind.BROKEN_CLUSTERS, p -> p.replaceAll("(?<=\\p{L})(\\p{M})", " $1"));
  }

  @Test
  void showsKhmerSubscriptConsonantsCutOff() {
    assertDamage("km", DamageKind.BROKEN_CLUSTERS, p -> p.replace("\u17D2", "\u17D2 "));
  }

  @Test
  void showsKoreanSyllablesFallenApartIntoJamo() {
    assertDamage(
        "ko",
        DamageKind.BROKEN_CLUSTERS,
        p ->
            java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFD)
                .replace("\u1100", "\u1100 "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutSpaces")
  void showsSpacesInventedBetweenTheLettersOfScriptsWrittenWithout(String lang) {
    assertDamage(lang, DamageKind.INVENTED_SPACES, DamageSignsTest::spaceEveryTwoClusters);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withSpaces")
  void showsSpacesLostBetweenWords(String lang) {
    assertDamage(lang, DamageKind.LOST_SPACES, p -> p.replace(" ", ""));
  }

  @Test
  void showsArabicGlyphShapesLeftInPlaceOfLetters() {
    assertDamage("ar", DamageKind.PRESENTATION_FORMS, DamageSignsTest::shaped);
  }

  @Test
  void showsPrivateUseGlyphs() {
    assertDamage("en", DamageKind.LOST_CHARACTERS, p -> p.replace('e', '\uE000'));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void showsParagraphsCollapsedIntoOne(String lang) {
    List<String> texts = Declarations.paragraphs(Declarations.declaration(lang));
    List<String> collapsed = new ArrayList<>(texts.subList(0, 5));
    collapsed.add(String.join(" ", texts.subList(5, texts.size())));
    List<Damage> damage = DamageSigns.of(paragraphs(collapsed));
    assertEquals(List.of(DamageKind.COLLAPSED_PARAGRAPHS), kinds(damage), lang);
  }

  @Test
  void namesThePagesTheDamageIsOn() {
    List<String> texts = Declarations.paragraphs(Declarations.declaration("th"));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int page = 1 + i / 20;
      String text = page == 2 ? spaceEveryTwoClusters(texts.get(i)) : texts.get(i);
      paragraphs.add(new Paragraph(text, ParagraphKind.TEXT, page, 0));
    }
    Damage damage = DamageSigns.of(paragraphs).get(0);
    assertEquals(DamageKind.INVENTED_SPACES, damage.kind());
    assertEquals(List.of(2), damage.pages());
    assertTrue(damage.message().contains("on page 2"), damage.message());
  }

  @Test
  void extractionOfADamagedFileCarriesTheDamage() {
    List<String> texts = Declarations.paragraphs(Declarations.declaration("my"));
    String damaged =
        String.join("\n\n", texts.stream().map(DamageSignsTest::spaceEveryTwoClusters).toList());
    ExtractedDocument doc = extract("my.txt", damaged.getBytes(StandardCharsets.UTF_8), "my");
    // a space after the stacking sign ္ cuts a cluster too: both are seen
    Damage spaces =
        doc.damage().stream()
            .filter(d -> d.kind() == DamageKind.INVENTED_SPACES)
            .findFirst()
            .orElseThrow(() -> new AssertionError(doc.damage().toString()));
    assertTrue(
        spaces.message().startsWith("the text looks damaged: spaces inside words"),
        spaces.message());
  }

  static Stream<String> rightToLeft() {
    return Stream.of("ar", "fa", "ur", "he");
  }

  static Stream<String> vowelSigns() {
    return Stream.of("hi", "bn", "ta", "th", "km", "my");
  }

  static Stream<String> withoutSpaces() {
    return Stream.of("th", "km", "my", "zh-Hans", "zh-Hant", "ja");
  }

  static Stream<String> withSpaces() {
    return Stream.of("en", "de", "fi", "hu", "ru", "el", "hy", "ka", "ar", "he", "hi", "ta", "ko");
  }

  private static void assertDamage(String lang, DamageKind kind, UnaryOperator<String> damage) {
    List<String> texts = Declarations.paragraphs(Declarations.declaration(lang));
    List<String> damaged = texts.stream().map(damage).toList();
    assertTrue(!damaged.equals(texts), "the damage changes nothing in " + lang);
    List<DamageKind> seen = kinds(DamageSigns.of(paragraphs(damaged)));
    assertTrue(seen.contains(kind), lang + ": expected " + kind + ", saw " + seen);
  }

  private static ExtractedDocument extract(String name, byte[] content, String lang) {
    return extractor.extract(Source.bytes(name, content).withLang(lang));
  }

  private static List<Paragraph> paragraphs(List<String> texts) {
    return texts.stream().map(t -> new Paragraph(t, ParagraphKind.TEXT, 1, 0)).toList();
  }

  private static List<DamageKind> kinds(List<Damage> damage) {
    return damage.stream().map(Damage::kind).toList();
  }

  /** The words of a line in the order a right-to-left line draws them. */
  private static String wordsReversed(String paragraph) {
    List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
    Collections.reverse(words);
    return String.join(" ", words);
  }

  /** The letters of each word in the order a right-to-left line draws them, marks kept on. */
  private static String lettersReversed(String paragraph) {
    StringBuilder out = new StringBuilder();
    for (String word : paragraph.split(" ", -1)) {
      List<String> clusters = clusters(word);
      Collections.reverse(clusters);
      if (out.length() > 0) {
        out.append(' ');
      }
      clusters.forEach(out::append);
    }
    return out.toString();
  }

  private static String spaceEveryTwoClusters(String paragraph) {
    List<String> clusters = clusters(paragraph);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < clusters.size(); i++) {
      out.append(clusters.get(i));
      if (i % 2 == 1 && !clusters.get(i).isBlank()) {
        out.append(' ');
      }
    }
    return out.toString().replaceAll(" +", " ").strip();
  }

  private static List<String> clusters(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(text);
    List<String> clusters = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      clusters.add(text.substring(start, end));
    }
    return clusters;
  }

  private static String shaped(String paragraph) {
    try {
      return new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(paragraph);
    } catch (ArabicShapingException e) {
      throw new IllegalStateException(e);
    }
  }
}
