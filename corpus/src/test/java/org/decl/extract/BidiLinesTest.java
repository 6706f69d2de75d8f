package org.decl.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of glyphs as a PDF places them (left to right as drawn, each glyph mapped to its
 * characters, the way Chromium writes right-to-left text) come back in reading order.
 */
class BidiLinesTest {

  private static final float ADVANCE = 5;
  private static final float SPACE = 2.5f;

  /** Glyphs drawn left to right, one a string, each {@link #ADVANCE} wide; "" for a gap. */
  private static List<BidiLines.Glyph> drawn(String... glyphs) {
    List<BidiLines.Glyph> line = new ArrayList<>();
    float x = 0;
    for (String g : glyphs) {
      line.add(new BidiLines.Glyph(g, x, 100, ADVANCE, SPACE));
      x += ADVANCE;
    }
    return line;
  }

  /** The glyphs of right-to-left letters as drawn: the last letter leftmost. */
  private static String[] rtl(String word) {
    int[] cps = word.codePoints().toArray();
    String[] glyphs = new String[cps.length];
    for (int i = 0; i < cps.length; i++) {
      glyphs[cps.length - 1 - i] = Character.toString(cps[i]);
    }
    return glyphs;
  }

  /** The glyphs of left-to-right text as drawn: one a character. */
  private static String[] ltr(String text) {
    return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] p : parts) {
      all.addAll(List.of(p));
    }
    return all.toArray(String[]::new);
  }

  private static String readRtl(String... glyphs) {
    return new BidiLines().logical(drawn(glyphs), true);
  }

  @Test
  void readsAPureRightToLeftLineFromTheRight() {
    assertEquals("שלום עולם", readRtl(concat(rtl("עולם"), ltr(" "), rtl("שלום"))));
    assertEquals("حق الإنسان", readRtl(concat(rtl("الإنسان"), ltr(" "), rtl("حق"))));
  }

  @Test
  void keepsNumbersLeftToRightInsideARightToLeftLine() {
    // "في عام 2011، وبما": the year reads left to right, the comma after it
    String[] line = concat(rtl("وبما"), ltr(" ،2011 "), rtl("عام"), ltr(" "), rtl("في"));
    assertEquals("في عام 2011، وبما", readRtl(line));
    assertEquals("۱۰٬۰۰۰ یورو", readRtl(concat(rtl("یورو"), ltr(" ۱۰٬۰۰۰"))));
  }

  @Test
  void putsALatinWordWhereItIsRead() {
    String[] line =
        concat(rtl("وغيرها"), ltr(" ،https://example.org "), rtl("بوابة"), ltr(" "), rtl("على"));
    assertEquals("على بوابة https://example.org، وغيرها", readRtl(line));
  }

  @Test
  void endsALineOfARightToLeftParagraphOnTheLeftEvenWhenItHasMostlyLatinLetters() {
    // the last line of an Arabic paragraph, a web address and a comma at its (left) end
    String[] line = concat(ltr("،https://example.org/open-gov "), rtl("بوابته"));
    assertEquals("بوابته https://example.org/open-gov،", readRtl(line));
    BidiLines document = new BidiLines();
    // the paragraph direction is the document's: its text so far is Arabic
    read(
        document,
        drawn(rtl("وإذ تسلم بالعمل القيم الذي يضطلع به المؤتمر منذ دورته الأولى")),
        100,
        true);
    assertEquals(
        "بوابته https://example.org/open-gov،", read(document, drawn(line), 113, false).text());
  }

  @Test
  void readsARightToLeftWordInALeftToRightDocumentInPlace() {
    BidiLines document = new BidiLines();
    read(document, drawn(ltr("The law")), 100, true);
    String[] line = concat(ltr("see "), rtl("قانون"), ltr(" here."));
    assertEquals("see قانون here.", read(document, drawn(line), 113, false).text());
  }

  @Test
  void leavesBracketsAsMappedWhenThePdfMapsGlyphsToTheirCharacters() {
    // Chromium maps the mirrored glyph drawn for "(" to "(": drawn left to right ")1(" …
    String[] chromium = concat(rtl("مادة"), ltr(" )1("));
    assertEquals("(1) مادة", readRtl(chromium));
    assertEquals(
        "(א) יפרסמו", readRtl(concat(rtl("יפרסמו"), ltr(" "), ltr(")"), rtl("א"), ltr("("))));
  }

  @Test
  void mirrorsBracketsWhenThePdfMapsGlyphsToTheirShapes() {
    // a producer that maps each glyph to the bracket it looks like: "(1)" as drawn
    assertEquals("(1) مادة", readRtl(concat(rtl("مادة"), ltr(" (1)"))));
  }

  @Test
  void keepsTanweenAndShaddaWithTheirLetterWhateverTheGap() {
    // "كتاباً": the tanween is a glyph of its own, drawn over the alef (the leftmost letter)
    List<BidiLines.Glyph> line = new ArrayList<>(drawn(rtl("كتابا")));
    line.add(0, new BidiLines.Glyph("\u064B", 1, 100, 0, SPACE)); // drawn before its base
    assertEquals("كتاباً", new BidiLines().logical(line, true));
    // "محمّد" with shadda and fatha over the mim, the marks drawn after the whole word
    List<BidiLines.Glyph> muhammad = new ArrayList<>(drawn(rtl("محمد")));
    muhammad.add(new BidiLines.Glyph("\u0651", 6, 100, 0, SPACE));
    muhammad.add(new BidiLines.Glyph("\u064E", 6.5f, 100, 0, SPACE));
    assertEquals("محم\u0651\u064Eد", new BidiLines().logical(muhammad, true));
  }

  @Test
  void neverPutsASpaceBeforeAMark() {
    // a mark set with an offset far from the glyph drawn before it still joins its base
    List<BidiLines.Glyph> line = new ArrayList<>();
    line.add(new BidiLines.Glyph("ب", 20, 100, 5, SPACE));
    line.add(new BidiLines.Glyph("ا", 25, 100, 3, SPACE));
    line.add(new BidiLines.Glyph("\u064B", 0.5f, 98, 3, SPACE)); // stray, nearest the first
    line.add(new BidiLines.Glyph("ر", 0, 100, 4, SPACE));
    assertEquals("اب ر\u064B", new BidiLines().logical(line, true));
  }

  @Test
  void placesALetterWhoseMarkCarriesItsTextWhereTheLetterIsDrawn() {
    // Chromium maps "וּ" on the dagesh glyph (no width, its origin over the space beside the
    // vav) and draws the vav's own glyph next, with no text
    List<BidiLines.Glyph> line =
        List.of(
            new BidiLines.Glyph("י", 0, 100, 2, SPACE),
            new BidiLines.Glyph("ב", 2, 100, 5, SPACE),
            new BidiLines.Glyph(" ", 7, 100, 2.5f, SPACE),
            new BidiLines.Glyph("ו\u05BC", 7.2f, 98.9f, 0, SPACE),
            new BidiLines.Glyph("", 9.5f, 100, 2.5f, SPACE),
            new BidiLines.Glyph("ד", 12, 100, 5, SPACE));
    assertEquals("דו\u05BC בי", new BidiLines().logical(line, true));
  }

  @Test
  void keepsHebrewNiqqudOnItsLetter() {
    // "שָׁלוֹם": qamats and shin dot on the shin (rightmost), holam on the vav
    List<BidiLines.Glyph> line = new ArrayList<>(drawn(rtl("שלום")));
    line.add(new BidiLines.Glyph("\u05B9", 6, 100, 0, SPACE)); // over the vav, x 5..10
    line.add(new BidiLines.Glyph("\u05B8", 16, 100, 0, SPACE)); // over the shin, x 15..20
    line.add(new BidiLines.Glyph("\u05C1", 18, 100, 0, SPACE));
    assertEquals("ש\u05B8\u05C1לו\u05B9ם", new BidiLines().logical(line, true));
  }

  @Test
  void keepsALamAlefLigatureInItsOwnOrder() {
    // one glyph for lam and alef, mapped to both in reading order
    assertEquals("لا إله", readRtl(concat(rtl("إله"), ltr(" "), new String[] {"لا"})));
  }

  @Test
  void mapsPresentationFormsBackOnlyWhereTheSourceHasThem() {
    // U+FEFB (lam-alef isolated) and U+FE8E (alef final) stand for letters
    assertEquals("لا با", readRtl("\uFE8E", "ب", " ", "\uFEFB"));
    // a tatweel, a ZWNJ or a Persian letter is kept as the source has it
    assertEquals("می\u200Cدهد", readRtl(concat(rtl("دهد"), new String[] {"\u200C"}, rtl("می"))));
  }

  @Test
  void putsASpaceWhereTheGapBetweenTwoWordsShowsOne() {
    List<BidiLines.Glyph> line = new ArrayList<>();
    float x = 0;
    for (String g : rtl("عالم")) {
      line.add(new BidiLines.Glyph(g, x, 100, ADVANCE, SPACE));
      x += ADVANCE;
    }
    x += 2 * SPACE; // a word gap with no space glyph
    for (String g : rtl("حق")) {
      line.add(new BidiLines.Glyph(g, x, 100, ADVANCE, SPACE));
      x += ADVANCE;
    }
    assertEquals("حق عالم", new BidiLines().logical(line, true));
  }

  @Test
  void findsRightToLeftTextByBidiClassInAnyScript() {
    assertTrue(BidiLines.rightToLeft("ܫܠܡܐ")); // Syriac
    assertTrue(BidiLines.rightToLeft("ދިވެހި")); // Thaana
    assertTrue(BidiLines.rightToLeft("ߒߞߏ")); // N'Ko
    assertFalse(BidiLines.rightToLeft("Ελληνικά 123 中文"));
  }

  @Test
  void readsARaggedLeftEdgeAsNoIndent() {
    BidiLines document = new BidiLines();
    // flush right at 200, ragged on the left; PDFBox took each short line for an indent
    read(document, line(rtl("سطر طويل جدا من نص"), 200), 100, true);
    BidiLines.Read second = read(document, line(rtl("سطر"), 200), 113.5f, true);
    assertFalse(second.paragraphStart());
    BidiLines.Read indented = read(document, line(rtl("فقرة جديدة"), 185), 127, false);
    assertTrue(indented.paragraphStart());
  }

  @Test
  void takesTheBaselineMostGlyphsSitOn() {
    List<BidiLines.Glyph> line = new ArrayList<>(drawn(rtl("اعلامیه")));
    line.set(0, new BidiLines.Glyph("هٔ", 0, 101.7f, ADVANCE, SPACE)); // moved down by its mark
    assertEquals(100f, read(new BidiLines(), line, 101.7f, true).y(), 0.01f);
  }

  /** A line read on page 1 as PDFBox passes it: its text, glyphs, baseline, its start. */
  private static BidiLines.Read read(
      BidiLines document, List<BidiLines.Glyph> glyphs, float y, boolean pdfBoxStart) {
    StringBuilder text = new StringBuilder();
    glyphs.forEach(g -> text.append(g.text()));
    return document.read(text.toString(), glyphs, 1, y, 7, pdfBoxStart);
  }

  /** Right-to-left glyphs ending (on the right) at {@code right}. */
  private static List<BidiLines.Glyph> line(String[] glyphs, float right) {
    List<BidiLines.Glyph> line = new ArrayList<>();
    float x = right - glyphs.length * ADVANCE;
    for (String g : glyphs) {
      line.add(new BidiLines.Glyph(g, x, 100, ADVANCE, SPACE));
      x += ADVANCE;
    }
    return line;
  }
}
