package org.decl.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.decl.extract.Paragraph;
import org.decl.extract.ParagraphKind;
import org.decl.text.Marker;
import org.decl.text.Markers;
import org.decl.text.Numbering;
import org.decl.text.Numerals;
import org.decl.text.Punctuation;

/**
 * Reads the structure of a declaration from its paragraphs and numbers its units.
 *
 * <p>The front matter (the title lines before anything else) is section 0: {@code 0.1}, {@code
 * 0.2}. Separators and headings open sections 1, 2, …; a section's heading is {@code s.0} and its
 * clauses {@code s.1}, {@code s.2}, … by position. Articles are numbered by the number they print
 * ({@code art5}, {@code Article premier} is {@code art1}); their paragraphs by position ({@code
 * art5.2}); list items under a clause by position, as letters, then Roman numerals, then numbers
 * ({@code art5.2.a}, {@code art5.2.a.i}). Positions, not printed numbers, make the ids equal in
 * versions that number differently or not at all; printed numbers stay in the label.
 */
final class Outline {

  /** A unit being read: its paragraph, and what kind of unit it turned out to be. */
  private record Piece(
      Paragraph paragraph,
      int index,
      String text,
      Kind kind,
      String role,
      String label,
      int start,
      Markers.Heading heading) {

    Piece(
        Paragraph paragraph,
        int index,
        String text,
        Kind kind,
        String role,
        String label,
        int start) {
      this(paragraph, index, text, kind, role, label, start, null);
    }
  }

  /** One open list level: how it is numbered, how many items so far, the id of the last one. */
  private static final class Level {
    Marker marker;
    int count;
    int lastValue;
    String id;

    Level(Marker marker) {
      this.marker = marker;
    }
  }

  private final List<Clause> units = new ArrayList<>();
  private final List<Integer> sectionOf = new ArrayList<>();
  private final List<Level> stack = new ArrayList<>();
  private int section;
  private boolean boundary;
  private boolean frontMatter = true;
  private int frontMatterCount;
  private boolean headsFirstSection;
  private int sectionHeadings;
  private int topCount;
  private boolean sectionHasUnnumbered;
  private String article;
  private int articleOrdinal;

  private Outline() {}

  /**
   * The units of a document, given its paragraphs in reading order and its language (a BCP 47 tag,
   * or null when not known: it only helps to read numbers spelled out in words).
   */
  static List<Clause> of(List<Paragraph> paragraphs, String lang) {
    Outline outline = new Outline();
    List<Piece> pieces = pieces(paragraphs, lang);
    for (int i = 0; i < pieces.size(); i++) {
      outline.headsFirstSection =
          i + 1 < pieces.size() && namesTheSectionItOpens(pieces.get(i), pieces.get(i + 1));
      outline.add(pieces.get(i));
    }
    outline.closeLastArticle();
    Roles.assign(outline.units, outline.sectionOf);
    return outline.units;
  }

  /**
   * The paragraphs as pieces: separators kept as boundaries, a paragraph that is only a number
   * joined to the text that follows it, an article heading that runs on into its text cut in two.
   */
  private static List<Piece> pieces(List<Paragraph> paragraphs, String lang) {
    List<String> texts = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      texts.add(p.kind() == ParagraphKind.SEPARATOR ? null : p.text());
    }
    Map<Integer, Markers.Heading> headings = HeadingSeries.find(texts, lang);
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      String text = p.text();
      if (p.kind() == ParagraphKind.SEPARATOR) {
        pieces.add(new Piece(p, i + 1, text, null, "separator", null, 0));
        continue;
      }
      Markers.Heading heading = headings.get(i);
      Marker marker = heading == null ? Numbering.parse(text) : null;
      if (marker != null && marker.end() >= text.length() && i + 1 < paragraphs.size()) {
        Paragraph next = paragraphs.get(i + 1);
        if (next.kind() == ParagraphKind.TEXT) {
          text = text + " " + next.text();
          i++;
        }
      }
      if (heading != null && !heading.rest().isEmpty() && opensText(heading.rest())) {
        String role = heading.chapter() ? "heading" : "article";
        pieces.add(
            new Piece(p, i + 1, heading.label(), Kind.HEADING, role, heading.label(), 0, heading));
        int start = text.length() - heading.rest().length();
        pieces.add(new Piece(p, i + 1, heading.rest(), Kind.CLAUSE, null, null, start));
        continue;
      }
      if (heading != null) {
        String role = heading.chapter() ? "heading" : "article";
        pieces.add(new Piece(p, i + 1, text, Kind.HEADING, role, heading.label(), 0, heading));
        continue;
      }
      if (p.kind() == ParagraphKind.HEADING || Markers.isSectionHeading(text)) {
        pieces.add(new Piece(p, i + 1, text, Kind.HEADING, "heading", null, 0));
        continue;
      }
      pieces.add(new Piece(p, i + 1, text, Kind.CLAUSE, null, null, 0));
    }
    return pieces;
  }

  /**
   * A line of the front matter: before any clause, short, unnumbered and without final punctuation
   * (a subtitle, a place and date of adoption).
   */
  private static boolean isTitleLine(String text, boolean afterTitle) {
    return text.split(" ").length <= 25
        && Numbering.parse(text) == null
        && (Punctuation.endOf(text) == Punctuation.End.NONE
            || afterTitle && endsWithOrdinalDot(text));
  }

  /**
   * A line ending in a dot that closes a number or an abbreviation, not a sentence: the date of a
   * subtitle ({@code 12. svibnja 2021.}, {@code 12 maja 2021 r.}, {@code 2021 m. gegužės 12 d.}).
   */
  private static boolean endsWithOrdinalDot(String text) {
    if (!text.endsWith(".")) {
      return false;
    }
    String last = text.substring(text.lastIndexOf(' ') + 1, text.length() - 1);
    return !last.isEmpty()
        && (last.codePoints().allMatch(Character::isDigit)
            || last.codePointCount(0, last.length()) <= 2
                && last.codePoints().allMatch(Character::isLetter));
  }

  /**
   * A single word between the title lines and the first clause heads the section it opens ({@code
   * Preambul}, {@code Ingress}, {@code 序言}): a title is more than one word, and what a lone word
   * announces is the text that follows.
   */
  private static boolean namesTheSectionItOpens(Piece piece, Piece next) {
    String text = piece.text();
    return piece.kind() != null
        && piece.heading() == null
        && !text.isEmpty()
        && text.split(" ").length <= 3
        && text.codePoints().noneMatch(Character::isDigit)
        && Numbering.parse(text) == null
        && Punctuation.endOf(text) != Punctuation.End.CLAUSE
        && next.kind() == Kind.CLAUSE
        && !isTitleLine(next.text(), true);
  }

  /** True if what follows an article number is the article's text, not a short title. */
  private static boolean opensText(String rest) {
    int words = rest.split(" ").length;
    return words > 12 || Punctuation.endOf(rest) == Punctuation.End.TERMINAL && words > 4;
  }

  private void add(Piece piece) {
    if (piece.kind() == null) {
      boundary = true;
      frontMatter = false;
      article = null;
      stack.clear();
      return;
    }
    if (piece.kind() == Kind.HEADING) {
      addHeading(piece);
    } else if (frontMatter && isTitleLine(piece.text(), frontMatterCount > 0)) {
      addHeading(
          new Piece(
              piece.paragraph(), piece.index(), piece.text(), Kind.HEADING, "title", null, 0));
    } else {
      addClause(piece);
    }
  }

  private void addHeading(Piece piece) {
    boolean sectionWord =
        Markers.isSectionHeading(piece.text()) || frontMatterCount > 0 && headsFirstSection;
    if (piece.role().equals("article")) {
      frontMatter = false;
      Markers.Heading heading = piece.heading();
      int number = heading.number() > 0 ? heading.number() : ++articleOrdinal;
      articleOrdinal = number;
      article = "art" + number;
      topCount = 0;
      stack.clear();
      emit(piece, article, Kind.HEADING, "article", heading.label());
      return;
    }
    boolean chapter = piece.heading() != null && piece.heading().chapter();
    if (frontMatter && !sectionWord && !chapter) {
      emit(piece, "0." + ++frontMatterCount, Kind.HEADING, "title", null);
      return;
    }
    frontMatter = false;
    article = null;
    stack.clear();
    if (boundary || section == 0 || topCount > 0) {
      openSection();
    }
    String id = section + ".0" + (sectionHeadings > 0 ? "." + sectionHeadings : "");
    sectionHeadings++;
    emit(piece, id, Kind.HEADING, "heading", null);
  }

  private void addClause(Piece piece) {
    frontMatter = false;
    if (boundary || section == 0 && article == null) {
      openSection();
    }
    Marker marker = Numbering.parse(piece.text());
    String label = marker == null ? null : marker.label();
    String text = marker == null ? piece.text() : piece.text().substring(marker.end()).strip();
    String prefix = article != null ? article : String.valueOf(section);
    String id;
    if (marker == null || marker.system().equals("bullet") && stack.isEmpty()) {
      stack.clear();
      id = prefix + "." + ++topCount;
      sectionHasUnnumbered = article == null;
    } else {
      int depth = place(marker);
      Level level = stack.get(depth - 1);
      level.count++;
      level.lastValue = level.marker.value();
      if (depth == 1) {
        if (article == null && sectionHasUnnumbered && topCount > 0 && isNumber(marker)) {
          // numbered paragraphs after unnumbered ones: the operative part of a resolution
          openSection();
          prefix = String.valueOf(section);
        }
        id = prefix + "." + ++topCount;
      } else {
        id = stack.get(depth - 2).id + "." + suffix(depth, level.count);
      }
      level.id = id;
    }
    Piece clause =
        new Piece(
            piece.paragraph(),
            piece.index(),
            text,
            Kind.CLAUSE,
            null,
            label,
            piece.start() + (marker == null ? 0 : piece.text().indexOf(text, marker.end())));
    emit(clause, id, Kind.CLAUSE, null, label);
  }

  /** The 1-based list level of a marker: an open level it continues, or a new one below. */
  private int place(Marker marker) {
    if (marker.couldBeRoman()) {
      marker = romanOrLetter(marker);
    }
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i).marker.sameListAs(marker)) {
        while (stack.size() > i + 1) {
          stack.remove(stack.size() - 1);
        }
        stack.get(i).marker = marker;
        return i + 1;
      }
    }
    stack.add(new Level(marker));
    return stack.size();
  }

  /** (i), (v), (x)… continue an open list of letters if they come next in it, else are numerals. */
  private Marker romanOrLetter(Marker letter) {
    Marker roman = letter.asRoman();
    for (int i = stack.size() - 1; i >= 0; i--) {
      Level level = stack.get(i);
      if (level.marker.sameListAs(letter) && level.lastValue + 1 == letter.value()) {
        return letter;
      }
      if (level.marker.sameListAs(roman)) {
        return roman;
      }
    }
    return roman.value() == 1 ? roman : letter;
  }

  private static boolean isNumber(Marker marker) {
    return marker.system().equals("digits") || marker.system().equals("cjk");
  }

  /** Item ids under a clause: letters, then Roman numerals, then numbers. */
  private static String suffix(int depth, int place) {
    return switch (depth) {
      case 2 -> Numerals.latinLetters(place);
      case 3 -> Numerals.romanNumeral(place);
      default -> String.valueOf(place);
    };
  }

  /**
   * Unnumbered clauses that end a document after the numbered paragraphs of its last article are
   * not that article's: they are its closing ("Done at Lisbon…"), a section of their own.
   */
  private void closeLastArticle() {
    int end = units.size();
    int first = end;
    while (first > 0 && isTopClause(units.get(first - 1)) && units.get(first - 1).label() == null) {
      first--;
    }
    if (first == end || first == 0 || units.get(first - 1).kind() != Kind.CLAUSE) {
      return; // no numbered paragraph or item before them in the same article
    }
    String article = articleOf(units.get(first - 1).id());
    if (article == null || !article.equals(articleOf(units.get(first).id()))) {
      return;
    }
    section++;
    for (int i = first; i < end; i++) {
      Clause u = units.get(i);
      String id = section + "." + (i - first + 1);
      units.set(i, new Clause(u.n(), id, u.kind(), u.role(), u.label(), u.text(), u.span()));
      sectionOf.set(i, section);
    }
  }

  /** A clause directly under an article ({@code art5.2}), not an item under one. */
  private static boolean isTopClause(Clause u) {
    return u.kind() == Kind.CLAUSE
        && u.id().startsWith("art")
        && u.id().indexOf('.') == u.id().lastIndexOf('.');
  }

  private static String articleOf(String id) {
    int dot = id.indexOf('.');
    return id.startsWith("art") && dot > 0 ? id.substring(0, dot) : null;
  }

  private void openSection() {
    section++;
    boundary = false;
    topCount = 0;
    sectionHeadings = 0;
    sectionHasUnnumbered = false;
    article = null;
    stack.clear();
  }

  private void emit(Piece piece, String id, Kind kind, String role, String label) {
    Paragraph p = piece.paragraph();
    int start = piece.start();
    Span span =
        new Span(piece.index(), p.page(), p.line(), start, start + piece.text().length(), p.ocr());
    units.add(new Clause(units.size() + 1, id, kind, role, label, piece.text(), span));
    sectionOf.add(frontMatter && kind == Kind.HEADING && role.equals("title") ? 0 : section);
  }
}
