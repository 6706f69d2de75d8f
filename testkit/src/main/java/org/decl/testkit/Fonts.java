package org.decl.testkit;

import com.ibm.icu.lang.UScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The system fonts the test documents are typeset in, by script. The Debian packages that hold them
 * are installed by {@code make deps} (and so by {@code make test} and {@code .ci/run}).
 */
public final class Fonts {

  private record Candidate(String path, String debianPackage) {}

  private static final Candidate DEJAVU =
      new Candidate("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core");
  private static final Candidate DEJAVU_BOLD =
      new Candidate("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core");
  private static final Candidate CJK =
      new Candidate(
          "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback");
  private static final Candidate DEVANAGARI =
      new Candidate(
          "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf", "fonts-lohit-deva");
  private static final Candidate THAI =
      new Candidate("/usr/share/fonts/truetype/tlwg/Garuda.ttf", "fonts-tlwg-garuda-ttf");
  private static final Candidate ETHIOPIC =
      new Candidate(
          "/usr/share/fonts/truetype/abyssinica/AbyssinicaSIL-Regular.ttf", "fonts-sil-abyssinica");

  /** The font, then every other font here, for characters the first one lacks. */
  static List<Path> withFallbacks(Path primary) {
    List<Path> all = new java.util.ArrayList<>(List.of(primary));
    for (Candidate c : List.of(DEJAVU, CJK, DEVANAGARI, THAI, ETHIOPIC)) {
      Path path = Path.of(c.path());
      if (!all.contains(path) && Files.isReadable(path)) {
        all.add(path);
      }
    }
    return all;
  }

  /** True if the (TrueType) font maps the character to a glyph. */
  static boolean hasGlyph(org.apache.pdfbox.pdmodel.font.PDFont font, int cp) {
    try {
      if (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0
          && type0.getDescendantFont()
              instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid) {
        return cid.getTrueTypeFont().getUnicodeCmapLookup().getGlyphId(cp) > 0;
      }
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The Debian packages of every font used here. */
  public static final List<String> PACKAGES =
      List.of(
          "fonts-dejavu-core",
          "fonts-droid-fallback",
          "fonts-lohit-deva",
          "fonts-tlwg-garuda-ttf",
          "fonts-sil-abyssinica");

  private Fonts() {}

  /** A font file covering the main script of the text. */
  public static Path forText(String text) {
    return existing(candidateFor(mainScript(text)));
  }

  /** The bold face for Latin, Greek and Cyrillic headings, or the regular face elsewhere. */
  public static Path boldForText(String text) {
    Candidate c = candidateFor(mainScript(text));
    return existing(c == DEJAVU ? DEJAVU_BOLD : c);
  }

  static int mainScript(String text) {
    int[] counts = new int[UScript.CODE_LIMIT];
    text.codePoints().filter(Character::isLetter).forEach(cp -> counts[UScript.getScript(cp)]++);
    int best = UScript.LATIN;
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > counts[best]) {
        best = s;
      }
    }
    return best;
  }

  private static Candidate candidateFor(int script) {
    return switch (script) {
      case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL -> CJK;
      case UScript.DEVANAGARI -> DEVANAGARI;
      case UScript.THAI -> THAI;
      case UScript.ETHIOPIC -> ETHIOPIC;
      default -> DEJAVU;
    };
  }

  private static Path existing(Candidate c) {
    Path path = Path.of(c.path());
    if (!Files.isReadable(path)) {
      throw new IllegalStateException(
          "font "
              + path
              + " is missing; install the Debian package "
              + c.debianPackage()
              + " (make deps does it)");
    }
    return path;
  }
}
