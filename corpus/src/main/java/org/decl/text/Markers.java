package org.decl.text;

import java.util.regex.Pattern;

/**
 * Recognises the marks that open a paragraph of their own: separators, list markers and article
 * headings, in the scripts decl supports. Line-level only; the clause numbering grammar lives in
 * the clause package.
 */
public final class Markers {

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "^(?:(?:[*⁂✻✱∗•·]\\s*){3,}|[⁂※]|(?:[-–—_=~]\\s*){3,}|(?:§\\s*){3,}|[*]\\s*[*]\\s*[*].*[*])$");

  private static final String CJK_NUM = "一二三四五六七八九十百千〇零";

  /** Markers that are unambiguous at a line start. */
  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "^(?:"
              + "[•●◦▪■□➢►‣⁃]\\s*"
              + "|\\(?\\p{Nd}{1,3}(?:[.．]\\p{Nd}{1,3})*[.．)）]\\s+"
              + "|\\p{Nd}{1,3}(?:[.．]\\p{Nd}{1,3})+\\s+"
              + "|\\(\\p{L}{1,2}\\)\\s*"
              + "|\\(\\p{Nd}{1,3}\\)\\s*"
              + "|\\p{L}\\)\\s+"
              + "|\\p{Ll}\\.\\s+"
              + "|\\(?[ivxlcdm]{1,6}[.)]\\s+"
              + "|[IVXLCDM]{1,6}[.)]\\s+"
              + "|[（(]["
              + CJK_NUM
              + "\\p{Nd}]+[)）]\\s*"
              + "|["
              + CJK_NUM
              + "]+[、．.]\\s*"
              + "|\\p{Nd}{1,3}[、．]\\s*"
              + "|[\\u2460-\\u2473\\u2776-\\u277F]\\s*"
              + "|§\\s*\\p{Nd}+[.)]?\\s+"
              + ")");

  /** Dash and asterisk bullets: list markers only when the document uses them repeatedly. */
  private static final Pattern DASH_BULLET = Pattern.compile("^[-–—*]\\s+\\S");

  private static final Pattern ARTICLE =
      Pattern.compile(
          "^(?:(?:article|art\\.|artículo|artigo|articolo|artikel|статья|άρθρο|стаття|член"
              + "|članak|člen|artykuł|článek|madde|अनुच्छेद|धारा|มาตรา|סעיף|հոդված|አንቀጽ|الماد[ةه])"
              + "\\s*(?:\\p{Nd}+|premier|première|primero|erster?|первая|[IVXLCDM]+\\b|\\(\\p{Nd}+\\))"
              + "|第["
              + CJK_NUM
              + "\\p{Nd}]+[条條章節节款]"
              + "|제\\s*\\p{Nd}+\\s*조"
              + "|(?:chapter|chapitre|capítulo|kapitel|глава|κεφάλαιο|section|sección|abschnitt|part|partie|parte|teil)"
              + "\\s+(?:\\p{Nd}+|[IVXLCDM]+)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Section headings that stand alone in declarations: Preamble, Annex, Appendix. */
  private static final Pattern SECTION_HEADING =
      Pattern.compile(
          "^(?:preamble|préambule|preámbulo|präambel|preambolo|preâmbulo|preambuła|преамбула"
              + "|προοίμιο|الديباجة|ديباجة|מבוא|序言|前文|प्रस्तावना|อารัมภบท|መግቢያ|նախաբան"
              + "|annex|annexe|anexo|anhang|allegato|приложение|παράρτημα|المرفق|נספח|附件|附属書"
              + "|अनुबंध|ภาคผนวก|አባሪ|հավելված|appendix|appendice|apéndice)"
              + "(?:\\s+(?:\\p{Nd}+|[IVXLC]+|[A-Z]))?\\s*[.:：]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The characters a separator line may start with. */
  private static final String SEPARATOR_CHARS = "*⁂✻✱∗•·-–—_=~§※";

  /** The first letters of the article and section words above, lower-cased. */
  private static final String ARTICLE_INITIALS = "aсάчčmअधมסհአا第제ckгκspt";

  private Markers() {}

  /** A line that is only a section heading such as Preamble, Annexe II, 序言, الديباجة. */
  public static boolean isSectionHeading(CharSequence line) {
    return line.length() <= 30 && SECTION_HEADING.matcher(line).matches();
  }

  /** A line made only of a separator such as {@code * * *}, {@code ***} or {@code ———}. */
  public static boolean isSeparator(CharSequence line) {
    return line.length() > 0
        && line.length() <= 80
        && SEPARATOR_CHARS.indexOf(line.charAt(0)) >= 0
        && SEPARATOR.matcher(line).matches();
  }

  /** A line that opens with an unambiguous list or paragraph marker: 1. (a) a) i. • § 3 一、 */
  public static boolean startsWithListMarker(CharSequence line) {
    if (line.length() == 0) {
      return false;
    }
    char first = line.charAt(0);
    boolean candidate =
        !Character.isLetter(first)
            || "ivxlcdmIVXLCDM".indexOf(first) >= 0
            || CJK_NUM.indexOf(first) >= 0
            || line.length() > 1 && ").、．".indexOf(line.charAt(1)) >= 0;
    return candidate && LIST_MARKER.matcher(line).lookingAt();
  }

  /** A line that opens with a dash or asterisk bullet, ambiguous on its own. */
  public static boolean startsWithDashBullet(CharSequence line) {
    return line.length() > 0
        && "-–—*".indexOf(line.charAt(0)) >= 0
        && DASH_BULLET.matcher(line).lookingAt();
  }

  /** A line that opens with an article, chapter or section heading: Article 5, 第五条, Статья 5. */
  public static boolean startsWithArticle(CharSequence line) {
    return line.length() > 0
        && ARTICLE_INITIALS.indexOf(Character.toLowerCase(line.charAt(0))) >= 0
        && ARTICLE.matcher(line).lookingAt();
  }
}
