package org.decl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.parser.microsoft.ooxml.XWPFListManager;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The list labels of a Word document as Word shows them, computed from its numbering definitions
 * (numbering.xml): each level's number format, label text ({@code %1.}, {@code (%2)}, {@code
 * %1.%2.}), start value and restart rule, a list instance's start overrides, and counters shared by
 * every list instance of one abstract definition, so that a list continues across the paragraphs
 * between its items.
 *
 * <p>Tika writes a label too, but applies a list instance's start override to every one of its
 * items, so a restarted list reads {@code 1.} {@code 1.} {@code 1.}; {@link #relabel} puts the
 * right label in place of Tika's. Which label Tika wrote is known exactly: its own list manager is
 * run over the same paragraphs in the same order.
 */
final class WordNumbering {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int LEVELS = 9;

  /**
   * A numbered paragraph.
   *
   * @param tikaLabel the label Tika wrote at its start ({@code ""} for none)
   * @param label the label Word shows
   * @param separator what follows the label: a space, or nothing (Word's {@code w:suff})
   * @param text the paragraph's text after the label
   */
  record Numbered(String tikaLabel, String label, String separator, String text) {}

  /** The counters of one abstract numbering definition, shared by its list instances. */
  private static final class Counters {
    final int[] value = new int[LEVELS];
    final boolean[] set = new boolean[LEVELS];
  }

  private final XWPFDocument doc;
  private final XWPFNumbering numbering;
  private final String lang;
  private final XWPFListManager tika;
  private final Map<Integer, Counters> counters = new HashMap<>();
  private final Map<CTLvl, CounterStyle> styles = new IdentityHashMap<>();
  private final Set<String> overridesApplied = new HashSet<>();
  private final List<Numbered> numbered = new ArrayList<>();

  private WordNumbering(XWPFDocument doc, String lang) {
    this.doc = doc;
    this.numbering = doc.getNumbering();
    this.lang = lang;
    this.tika = new XWPFListManager(numbering);
  }

  /** The numbered paragraphs of the document body, in order; empty when it has no numbering. */
  static List<Numbered> of(XWPFDocument doc, String lang) {
    if (doc.getNumbering() == null) {
      return List.of();
    }
    WordNumbering n = new WordNumbering(doc, lang);
    n.walk(doc.getBodyElements());
    return List.copyOf(n.numbered);
  }

  /** Opens a DOCX and reads its numbered paragraphs; empty if POI cannot read it. */
  static List<Numbered> of(byte[] docx, String lang) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return of(doc, lang);
    } catch (IOException | RuntimeException e) {
      // Tika has read the document already; without POI's view its own labels stay
      return List.of();
    }
  }

  /**
   * The lines with Tika's label of each numbered paragraph replaced by Word's. Paragraphs are
   * matched in order, by Tika's label and the start of their text, so a paragraph Tika wrote
   * differently (or not at all) is passed over without shifting the others.
   */
  static List<TextLine> relabel(List<TextLine> lines, List<Numbered> numbered) {
    List<TextLine> out = new ArrayList<>(lines);
    int from = 0;
    for (Numbered n : numbered) {
      String tikaLabel = TextCleaner.cleanLine(n.tikaLabel());
      String text = TextCleaner.cleanLine(n.text());
      String head = text.substring(0, Math.min(text.length(), 40)).strip();
      for (int i = from; i < out.size() && i < from + 200; i++) {
        TextLine line = out.get(i);
        if (!line.text().startsWith(tikaLabel)) {
          continue;
        }
        String rest = line.text().substring(tikaLabel.length()).strip();
        if (!rest.startsWith(head)) {
          continue;
        }
        // cleaned as the line was, so that a label's own spaces (an ideographic one) read alike
        String relabelled =
            n.label().isBlank() ? rest : TextCleaner.cleanLine(n.label() + n.separator() + rest);
        out.set(
            i,
            new TextLine(
                relabelled,
                line.page(),
                line.blanksBefore(),
                line.blockStart(),
                line.hint(),
                line.line()));
        from = i + 1;
        break;
      }
    }
    return out;
  }

  private void walk(List<IBodyElement> elements) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            walk(cell.getBodyElements());
          }
        }
      }
    }
  }

  private void paragraph(XWPFParagraph p) {
    String tikaLabel = p.getNumIlvl() == null ? "" : tika.getFormattedNumber(p);
    CTNumPr numPr = numPr(p);
    if (numPr == null || numPr.getNumId() == null) {
      return;
    }
    int numId = numPr.getNumId().getVal().intValue();
    int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
    XWPFNum num = numId == 0 ? null : numbering.getNum(numPr.getNumId().getVal());
    if (num == null || level < 0 || level >= LEVELS) {
      return;
    }
    CTNum ctNum = num.getCTNum();
    CTAbstractNum abstractNum = abstractNum(ctNum);
    if (abstractNum == null) {
      return;
    }
    int abstractId = abstractNum.getAbstractNumId().intValue();
    Counters c = counters.computeIfAbsent(abstractId, k -> new Counters());
    CTLvl[] lvls = new CTLvl[LEVELS];
    for (CTLvl lvl : abstractNum.getLvlList()) {
      int i = lvl.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        lvls[i] = lvl;
      }
    }
    Integer startOverride = null;
    for (CTNumLvl override : ctNum.getLvlOverrideList()) {
      int i = override.getIlvl().intValue();
      if (i < 0 || i >= LEVELS) {
        continue;
      }
      if (override.getLvl() != null) {
        lvls[i] = override.getLvl();
      }
      if (i == level && override.getStartOverride() != null) {
        startOverride = override.getStartOverride().getVal().intValue();
      }
    }
    if (startOverride != null && overridesApplied.add(numId + ":" + level)) {
      c.value[level] = startOverride;
      c.set[level] = true;
    } else if (c.set[level]) {
      c.value[level]++;
    } else {
      c.value[level] = start(lvls[level]);
      c.set[level] = true;
    }
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      if (level < restartAfter(lvls[deeper], deeper)) {
        c.set[deeper] = false;
      }
    }
    CTLvl lvl = lvls[level];
    String label = label(lvl, lvls, c);
    String suffix = lvl == null ? null : attribute(lvl.getSuff(), "val");
    String separator = "nothing".equals(suffix) ? "" : " ";
    numbered.add(new Numbered(tikaLabel, label, separator, p.getText()));
  }

  private String label(CTLvl lvl, CTLvl[] lvls, Counters c) {
    if (lvl == null) {
      return "";
    }
    String text = lvl.getLvlText() == null ? "" : attribute(lvl.getLvlText(), "val");
    if (text == null) {
      return "";
    }
    String format = attribute(lvl.getNumFmt(), "val");
    if ("bullet".equals(format)) {
      return text.codePoints().anyMatch(cp -> cp >= 0xE000 && cp <= 0xF8FF) ? "•" : text;
    }
    boolean legal = lvl.getIsLgl() != null && !"0".equals(attribute(lvl.getIsLgl(), "val"));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1') {
        int k = text.charAt(i + 1) - '1';
        if (k < LEVELS) {
          int value = c.set[k] ? c.value[k] : start(lvls[k]);
          CounterStyle style = legal ? CounterStyle.DECIMAL : style(lvls[k]);
          out.append(style.format(value));
          i++;
          continue;
        }
      }
      out.append(ch);
    }
    return out.toString();
  }

  private CounterStyle style(CTLvl lvl) {
    if (lvl == null || lvl.getNumFmt() == null) {
      return CounterStyle.DECIMAL;
    }
    return styles.computeIfAbsent(
        lvl,
        l ->
            CounterStyles.word(
                attribute(l.getNumFmt(), "val"), attribute(l.getNumFmt(), "format"), lang));
  }

  /** A level's start value; 1 when the definition gives none, as Tika and LibreOffice read it. */
  private static int start(CTLvl lvl) {
    return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
  }

  /**
   * The level (1-based) after whose use this level restarts: by default any level above it; {@code
   * w:lvlRestart 0} never.
   */
  private static int restartAfter(CTLvl lvl, int level) {
    return lvl == null || lvl.getLvlRestart() == null
        ? level
        : lvl.getLvlRestart().getVal().intValue();
  }

  /** The abstract definition of a list instance, through a numbering style link if it has one. */
  private CTAbstractNum abstractNum(CTNum num) {
    if (num.getAbstractNumId() == null) {
      return null;
    }
    XWPFAbstractNum abs = numbering.getAbstractNum(num.getAbstractNumId().getVal());
    if (abs == null) {
      return null;
    }
    CTAbstractNum ct = abs.getCTAbstractNum();
    if (ct.getNumStyleLink() != null && doc.getStyles() != null) {
      XWPFStyle style = doc.getStyles().getStyle(ct.getNumStyleLink().getVal());
      CTPPrGeneral pPr = style == null ? null : style.getCTStyle().getPPr();
      if (pPr != null && pPr.getNumPr() != null && pPr.getNumPr().getNumId() != null) {
        XWPFNum linked = numbering.getNum(pPr.getNumPr().getNumId().getVal());
        if (linked != null && linked.getCTNum().getAbstractNumId() != null) {
          XWPFAbstractNum target =
              numbering.getAbstractNum(linked.getCTNum().getAbstractNumId().getVal());
          if (target != null && target.getCTAbstractNum() != ct) {
            return target.getCTAbstractNum();
          }
        }
      }
    }
    return ct;
  }

  /** The paragraph's own numbering, else its style's (through the styles it is based on). */
  private CTNumPr numPr(XWPFParagraph p) {
    CTPPr pPr = p.getCTP().getPPr();
    if (pPr != null && pPr.getNumPr() != null) {
      return pPr.getNumPr();
    }
    if (doc.getStyles() == null || p.getStyleID() == null) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    XWPFStyle style = doc.getStyles().getStyle(p.getStyleID());
    while (style != null && seen.add(style.getStyleId())) {
      CTPPrGeneral stylePPr = style.getCTStyle().getPPr();
      if (stylePPr != null && stylePPr.getNumPr() != null) {
        return stylePPr.getNumPr();
      }
      style =
          style.getCTStyle().getBasedOn() == null
              ? null
              : doc.getStyles().getStyle(style.getCTStyle().getBasedOn().getVal());
    }
    return null;
  }

  /**
   * An attribute read from the XML itself: values newer than POI's schema ({@code custom} number
   * formats, {@code w:format}) are not in its enumerations.
   */
  private static String attribute(XmlObject element, String name) {
    if (element == null) {
      return null;
    }
    try (XmlCursor cursor = element.newCursor()) {
      return cursor.getAttributeText(new QName(W, name));
    }
  }
}
