package org.decl.text;

import java.util.regex.Matcher;
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

  /** Dash and asterisk bullets: list markers only when the document uses them repeatedly. */
  private static final Pattern DASH_BULLET = Pattern.compile("^[-–—*]\\s+\\S");

  private static final Pattern ARTICLE =
      Pattern.compile(
          "^(?:(?:article|art\\.|artículo|artigo|articolo|artikel|статья|άρθρο|стаття|член"
              + "|članak|člen|artykuł|článek|madde|अनुच्छेद|धारा|มาตรา|ข้อ|סעיף|հոդված|አንቀጽ|الماد[ةه])"
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
  private static final String ARTICLE_INITIALS = "aсάчčmअधมขסհአا第제ckгκspt";

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
            || CJK_NUM.indexOf(first) >= 0
            || line.length() > 1 && ").、．".indexOf(line.charAt(1)) >= 0
            || line.length() > 2 && "ivxlcdmIVXLCDM".indexOf(first) >= 0;
    return candidate && Numbering.parse(line) != null;
  }

  /** A line that opens with a dash or asterisk bullet, ambiguous on its own. */
  public static boolean startsWithDashBullet(CharSequence line) {
    return line.length() > 0
        && "-–—*".indexOf(line.charAt(0)) >= 0
        && DASH_BULLET.matcher(line).lookingAt();
  }

  /**
   * The article, chapter or section heading that opens a line, or null: {@code Article 5}, {@code
   * Article premier}, {@code 第五条}, {@code Статья 5}, {@code Chapter II}.
   */
  public static Heading heading(CharSequence line) {
    if (!startsWithArticle(line)) {
      return null;
    }
    Matcher m = ARTICLE.matcher(line);
    m.lookingAt();
    String label = line.subSequence(0, m.end()).toString().strip();
    String rest = line.subSequence(m.end(), line.length()).toString().strip();
    boolean chapter =
        CHAPTER.matcher(label).matches()
            || label.startsWith("第") && "章節节".indexOf(label.charAt(label.length() - 1)) >= 0;
    return new Heading(label, number(label), rest, chapter);
  }

  /**
   * An article or chapter heading read from a line.
   *
   * @param label the heading as printed: {@code Article 5}, {@code 第五条}
   * @param number its number (1 for {@code Article premier}), or -1 when it cannot be read
   * @param rest what follows it on the line (a title, or the article's text)
   * @param chapter true for chapters, parts and sections, false for articles
   */
  public record Heading(String label, int number, String rest, boolean chapter) {}

  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
  private static final Pattern CJK_DIGITS = Pattern.compile("[" + CJK_NUM + "]+");
  private static final Pattern CHAPTER =
      Pattern.compile(
          "(?:chapter|chapitre|capítulo|kapitel|глава|κεφάλαιο|section|sección|abschnitt|part|partie"
              + "|parte|teil)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static int number(String label) {
    Matcher digits = DIGITS.matcher(label);
    if (digits.find()) {
      return Numerals.digits(digits.group());
    }
    Matcher cjk = CJK_DIGITS.matcher(label);
    if (cjk.find()) {
      return Numerals.cjk(cjk.group());
    }
    String last = label.substring(label.lastIndexOf(' ') + 1).replaceAll("[().]", "");
    int roman = Numerals.roman(last);
    return roman > 0 ? roman : Numerals.ordinalWord(last);
  }

  /** The first two letters, lower-cased, of every article and section word above. */
  private static final java.util.Set<String> ARTICLE_PREFIXES =
      java.util.Set.of(
          "ar", "ст", "άρ", "чл", "čl", "ma", "अन", "धा", "มา", "ข้", "סע", "հո", "አን", "ال", "ch",
          "ca", "ka", "гл", "κε", "se", "ab", "pa", "te");

  private static boolean hasArticlePrefix(CharSequence line) {
    return "第제".indexOf(line.charAt(0)) >= 0
        || ARTICLE_PREFIXES.contains(
            line.subSequence(0, 2).toString().toLowerCase(java.util.Locale.ROOT));
  }

  /** A line that opens with an article, chapter or section heading: Article 5, 第五条, Статья 5. */
  public static boolean startsWithArticle(CharSequence line) {
    return line.length() > 0
        && ARTICLE_INITIALS.indexOf(Character.toLowerCase(line.charAt(0))) >= 0
        && (line.length() < 2 || !Character.isLetter(line.charAt(1)) || hasArticlePrefix(line))
        && ARTICLE.matcher(line).lookingAt();
  }
}
