package org.decl.testkit;

import com.ibm.icu.lang.UScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.decl.testkit.Declarations.Unit;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumFmt;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Renders declaration units as documents whose lists number themselves: HTML with nested {@code
 * <ol>} (labels given back by {@code type}, {@code start}, {@code value}, {@code list-style-type}
 * and {@code @counter-style}) and Word with automatic numbering (numbering definitions written with
 * POI, each list a numbering instance that restarts the shared definition). The printed labels are
 * taken out of the text; how to count is read from them: digits of which script, letters of which
 * alphabet, which brackets. Both declare the document's language ({@code <html lang>}, {@code
 * w:lang}).
 */
public final class ListDocuments {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private ListDocuments() {}

  // ---------------------------------------------------------------- HTML

  /** CSS counter styles named after the script of their digits (CSS Counter Styles 3). */
  private static final Map<Integer, String> CSS_DIGITS =
      Map.ofEntries(
          Map.entry((int) '0', "decimal"),
          Map.entry(0x0660, "arabic-indic"),
          Map.entry(0x06F0, "persian"),
          Map.entry(0x0966, "devanagari"),
          Map.entry(0x09E6, "bengali"),
          Map.entry(0x0A66, "gurmukhi"),
          Map.entry(0x0AE6, "gujarati"),
          Map.entry(0x0BE6, "tamil"),
          Map.entry(0x0C66, "telugu"),
          Map.entry(0x0CE6, "kannada"),
          Map.entry(0x0D66, "malayalam"),
          Map.entry(0x0E50, "thai"),
          Map.entry(0x0ED0, "lao"),
          Map.entry(0x0F20, "tibetan"),
          Map.entry(0x1040, "myanmar"),
          Map.entry(0x17E0, "khmer"));

  /** CSS counter styles named after the first letter of their alphabet. */
  private static final Map<String, String> CSS_LETTERS =
      Map.ofEntries(
          Map.entry("a", "lower-alpha"),
          Map.entry("A", "upper-alpha"),
          Map.entry("α", "lower-greek"),
          Map.entry("ա", "lower-armenian"),
          Map.entry("Ա", "upper-armenian"),
          Map.entry("ა", "georgian"),
          Map.entry("א", "hebrew"),
          Map.entry("一", "cjk-ideographic"),
          Map.entry("あ", "hiragana"),
          Map.entry("ア", "katakana"),
          Map.entry("가", "hangul"),
          Map.entry("ก", "thai-alphabetic"),
          Map.entry("イ", "katakana-iroha"),
          Map.entry("፩", "ethiopic-numeric"));

  /** The HTML document: {@code lang} on {@code <html>}, headings, paragraphs and nested lists. */
  public static String html(String lang, List<Unit> units) {
    Map<String, List<String>> samples = samples(units);
    Map<String, String> styleOf = new HashMap<>();
    StringBuilder css = new StringBuilder();
    for (Unit u : units) {
      if (u.label() != null && !styleOf.containsKey(styleKey(u))) {
        String name = "c" + styleOf.size();
        styleOf.put(styleKey(u), cssFor(u.label(), samples.get(key(u)), name, css));
      }
    }
    StringBuilder body = new StringBuilder();
    Deque<int[]> open = new ArrayDeque<>(); // per open <ol>: the next value it would give
    boolean titled = false;
    for (Unit u : units) {
      if (u.level() == 0) {
        while (!open.isEmpty()) {
          body.append("</li></ol>\n");
          open.pop();
        }
        String tag = u.heading() ? (titled ? "h2" : "h1") : "p";
        titled |= u.heading();
        body.append('<').append(tag).append('>').append(escape(u.text()));
        body.append("</").append(tag).append(">\n");
        continue;
      }
      while (open.size() > u.level()) {
        body.append("</li></ol>\n");
        open.pop();
      }
      Label label = u.label();
      int value = label.kind() == Label.Kind.DIGITS ? label.digitValue() : -1;
      if (open.size() < u.level()) {
        while (open.size() < u.level() - 1) {
          body.append("<ol><li>");
          open.push(new int[] {2});
        }
        body.append("<ol").append(styleOf.get(styleKey(u)));
        if (value > 1) {
          body.append(" start=\"").append(value).append('"');
        }
        body.append(">\n");
        open.push(new int[] {value > 0 ? value : 1});
      } else {
        body.append("</li>\n");
      }
      body.append("<li");
      if (value > 0 && value != open.peek()[0]) {
        body.append(" value=\"").append(value).append('"');
      }
      open.peek()[0] = (value > 0 ? value : open.peek()[0]) + 1;
      body.append('>').append(escape(u.body()));
    }
    while (!open.isEmpty()) {
      body.append("</li></ol>\n");
      open.pop();
    }
    String title = units.isEmpty() ? "" : escape(units.get(0).text());
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title>"
        + (css.length() > 0 ? "<style>\n" + css + "</style>" : "")
        + "</head><body>\n"
        + body
        + "</body></html>\n";
  }

  /**
   * The attributes that give a list its labels: {@code type} or a named {@code list-style-type}
   * when the label is the style's own; else a {@code @counter-style} appended to {@code css},
   * extending the named style with the label's brackets, or listing the symbols themselves.
   */
  private static String cssFor(Label label, List<String> symbols, String name, StringBuilder css) {
    String base =
        label.kind() == Label.Kind.DIGITS
            ? CSS_DIGITS.get(label.zero())
            : roman(symbols) != null ? roman(symbols) + "-roman" : CSS_LETTERS.get(symbols.get(0));
    String prefix = label.open() + label.parents();
    String suffix = label.close() + label.separator();
    String own = base != null && base.matches("cjk.*|hiragana.*|katakana.*") ? "、" : ". ";
    if (base != null && prefix.isEmpty() && suffix.equals(own)) {
      return switch (base) {
        case "decimal" -> "";
        case "lower-alpha" -> " type=\"a\"";
        case "upper-alpha" -> " type=\"A\"";
        case "lower-roman" -> " type=\"i\"";
        case "upper-roman" -> " type=\"I\"";
        default -> " style=\"list-style-type: " + base + "\"";
      };
    }
    css.append("@counter-style ").append(name).append(" {");
    if (base != null) {
      css.append(" system: extends ").append(base).append(';');
    } else if (label.kind() == Label.Kind.DIGITS) {
      css.append(" system: numeric; symbols:");
      for (int d = 0; d < 10; d++) {
        css.append(" '").appendCodePoint(label.zero() + d).append('\'');
      }
      css.append(';');
    } else {
      css.append(symbols.size() > 1 ? " system: alphabetic;" : " system: fixed;");
      css.append(" symbols:");
      symbols.forEach(s -> css.append(" '").append(s).append('\''));
      css.append(';');
    }
    css.append(" prefix: \"").append(prefix).append("\";");
    css.append(" suffix: \"").append(suffix).append("\"; }\n");
    return " style=\"list-style-type: " + name + "\"";
  }

  // ---------------------------------------------------------------- Word

  /**
   * The Word document: one paragraph per unit, headings bold and centred, right-to-left paragraphs
   * marked so, every run's {@code w:lang} set to {@code lang}, and list paragraphs numbered by
   * Word: one abstract numbering definition per combination of label shapes, with a level for
   * numbered paragraphs, items and sub-items, and one numbering instance per list, which restarts
   * it.
   */
  public static byte[] docx(String lang, List<Unit> units) {
    Map<String, List<String>> samples = samples(units);
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFNumbering numbering = doc.createNumbering();
      Map<String, BigInteger> abstracts = new HashMap<>();
      Map<Integer, Label> documentShapes = new TreeMap<>();
      for (Unit u : units) {
        if (u.level() > 0) {
          documentShapes.putIfAbsent(u.level(), u.label());
        }
      }
      BigInteger numId = null;
      boolean firstList = true;
      int i = 0;
      while (i < units.size()) {
        Unit u = units.get(i);
        if (u.level() == 0) {
          paragraph(doc, lang, u.text(), u.heading() || i == 0);
          i++;
          continue;
        }
        int end = i;
        Map<Integer, Label> shapes = new LinkedHashMap<>();
        while (end < units.size() && units.get(end).level() > 0) {
          shapes.putIfAbsent(units.get(end).level(), units.get(end).label());
          end++;
        }
        // one definition for the document's lists, another only for a list whose labels differ
        boolean usual =
            shapes.entrySet().stream()
                .allMatch(e -> documentShapes.get(e.getKey()).shape().equals(e.getValue().shape()));
        Map<Integer, Label> levels = usual ? documentShapes : shapes;
        String signature =
            levels.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().shape())
                .collect(Collectors.joining("|"));
        BigInteger abstractId =
            abstracts.computeIfAbsent(
                signature, s -> abstractNum(numbering, abstracts.size(), levels, samples, lang));
        numId = numbering.addNum(abstractId);
        Label firstLabel = units.get(i).label();
        int start = firstLabel.kind() == Label.Kind.DIGITS ? firstLabel.digitValue() : 1;
        if (!firstList || start != 1) {
          CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
          override.setIlvl(BigInteger.valueOf(units.get(i).level() - 1));
          override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
        firstList = false;
        for (int k = i; k < end; k++) {
          Unit item = units.get(k);
          XWPFParagraph p = paragraph(doc, lang, item.body(), false);
          p.setNumID(numId);
          p.setNumILvl(BigInteger.valueOf(item.level() - 1));
        }
        i = end;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String lang, String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    int script = Fonts.mainScript(text);
    if (script == UScript.ARABIC || script == UScript.HEBREW) {
      p.getCTP().addNewPPr().addNewBidi();
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = p.createRun();
    run.setText(text);
    CTLanguage language = run.getCTR().addNewRPr().addNewLang();
    language.setVal(lang);
    language.setEastAsia(lang);
    language.setBidi(lang);
    if (bold) {
      run.setBold(true);
      p.setAlignment(ParagraphAlignment.CENTER);
    }
    return p;
  }

  private static BigInteger abstractNum(
      XWPFNumbering numbering,
      int id,
      Map<Integer, Label> shapes,
      Map<String, List<String>> samples,
      String lang) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(id));
    for (Map.Entry<Integer, Label> level : shapes.entrySet()) {
      Label label = level.getValue();
      int ilvl = level.getKey() - 1;
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(ilvl));
      lvl.addNewStart().setVal(BigInteger.ONE);
      CTNumFmt fmt = lvl.addNewNumFmt();
      String[] format = wordFormat(label, samples.get(level.getKey() + ":" + label.shape()), lang);
      try (XmlCursor c = fmt.newCursor()) {
        c.setAttributeText(new QName(W, "val"), format[0]);
        if (format.length > 1) {
          c.setAttributeText(new QName(W, "format"), format[1]);
        }
      }
      // w:suff, before w:lvlText as the schema orders them; written as XML since POI's lite
      // schema has no class for it
      try (XmlCursor c = lvl.newCursor()) {
        c.toEndToken();
        c.beginElement(new QName(W, "suff"));
        c.insertAttributeWithValue(
            new QName(W, "val"), label.separator().equals(" ") ? "space" : "nothing");
      }
      StringBuilder text = new StringBuilder(label.open());
      for (int part = label.parts() - 1; part >= 0; part--) {
        text.append('%').append(ilvl + 1 - part).append(part > 0 ? "." : "");
      }
      text.append(label.close());
      if (!label.separator().equals(" ")) {
        text.append(label.separator()); // an ideographic space is part of the label's text
      }
      lvl.addNewLvlText().setVal(text.toString());
    }
    return numbering.addAbstractNum(new XWPFAbstractNum(abs));
  }

  /**
   * Word's number format for labels like these, by the script of their digits or the alphabet of
   * their letters; {@code custom} with a sample ({@code "α, β, γ, ..."}) where Word has no name.
   */
  private static String[] wordFormat(Label label, List<String> symbols, String lang) {
    String first = symbols.get(0);
    if (label.kind() == Label.Kind.DIGITS) {
      return switch (label.zero()) {
        case '0' -> new String[] {"decimal"};
        case 0xFF10 -> new String[] {"decimalFullWidth"};
        case 0x0E50 -> new String[] {"thaiNumbers"};
        default -> custom(label, symbols);
      };
    }
    if (label.kind() == Label.Kind.NUMBERS) {
      return first.equals("①") ? new String[] {"decimalEnclosedCircle"} : custom(label, symbols);
    }
    String roman = roman(symbols);
    if (roman != null) {
      return new String[] {roman + "Roman"};
    }
    String named = WORD_LETTERS.get(first);
    if (named != null && !alphabetStarts(named, symbols)) {
      return custom(label, symbols);
    }
    String second = symbols.size() > 2 ? symbols.get(2) : "";
    return switch (first) {
      case "a" -> new String[] {"lowerLetter"};
      case "A" -> new String[] {"upperLetter"};
      case "а" -> new String[] {"russianLower"};
      case "А" -> new String[] {"russianUpper"};
      case "א" -> new String[] {"hebrew1"};
      case "أ", "ا" -> new String[] {second.equals("ت") ? "arabicAlpha" : "arabicAbjad"};
      case "ก" -> new String[] {"thaiLetters"};
      case "क" -> new String[] {"hindiConsonants"};
      case "अ" -> new String[] {"hindiVowels"};
      case "가" -> new String[] {"ganada"};
      case "ア" -> new String[] {"aiueo"};
      case "イ" -> new String[] {"iroha"};
      case "一" ->
          new String[] {
            lang.startsWith("ja")
                ? "japaneseCounting"
                : lang.contains("Hant") ? "taiwaneseCounting" : "chineseCounting"
          };
      default -> custom(label, symbols);
    };
  }

  /** The alphabets of Word's letter formats, to check that the labels follow one of them. */
  private static final Map<String, String> WORD_LETTERS =
      Map.of(
          "а", "абвгдежзиклмнопрстуфхцчшщэюя",
          "А", "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
          "a", "abcdefghijklmnopqrstuvwxyz",
          "A", "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

  private static boolean alphabetStarts(String alphabet, List<String> symbols) {
    return alphabet.startsWith(String.join("", symbols));
  }

  /** Word's custom format: a sample of the counters, extended by the reader. */
  private static String[] custom(Label label, List<String> symbols) {
    List<String> sample = new ArrayList<>(symbols);
    if (label.kind() == Label.Kind.DIGITS) {
      sample.clear();
      for (int d = 1; d <= 3; d++) {
        sample.add(new String(Character.toChars(label.zero() + d)));
      }
    }
    return new String[] {"custom", String.join(", ", sample) + ", ..."};
  }

  // ---------------------------------------------------------------- shared

  /**
   * The counters of each list level and label shape, in order of first appearance: the symbols it
   * counts with. Items {@code (a)} and sub-items {@code (i)} look alike but count differently.
   */
  private static Map<String, List<String>> samples(List<Unit> units) {
    Map<String, List<String>> samples = new LinkedHashMap<>();
    for (Unit u : units) {
      if (u.label() != null) {
        List<String> s = samples.computeIfAbsent(key(u), k -> new ArrayList<>());
        if (!s.contains(u.label().counter())) {
          s.add(u.label().counter());
        }
      }
    }
    return samples;
  }

  private static String key(Unit u) {
    return u.level() + ":" + u.label().shape();
  }

  /** Lists whose labels repeat their parent's counter ({@code ბ.ა)}) need a style per parent. */
  private static String styleKey(Unit u) {
    return key(u) + ":" + u.label().parents();
  }

  /** "lower" or "upper" when the counters are Roman numerals from i (a lone i is a letter). */
  private static String roman(List<String> symbols) {
    if (symbols.size() < 2) {
      return null;
    }
    String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    for (int k = 0; k < symbols.size(); k++) {
      if (k >= numerals.length || !symbols.get(k).equalsIgnoreCase(numerals[k])) {
        return null;
      }
    }
    return symbols.get(0).equals("i") ? "lower" : symbols.get(0).equals("I") ? "upper" : null;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
