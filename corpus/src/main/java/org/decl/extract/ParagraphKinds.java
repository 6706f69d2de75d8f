package org.decl.extract;

import org.decl.text.Markers;
import org.decl.text.Punctuation;
import org.decl.text.Punctuation.End;
import org.decl.text.Scripts;

/** Tells headings, separators and list items from running text, by their look alone. */
final class ParagraphKinds {

  private ParagraphKinds() {}

  static ParagraphKind classify(String text, ParagraphKind hint) {
    if (Markers.isSeparator(text)) {
      return ParagraphKind.SEPARATOR;
    }
    if (hint == ParagraphKind.HEADING) {
      return ParagraphKind.HEADING;
    }
    if (hint == ParagraphKind.LIST_ITEM || Markers.startsWithListMarker(text)) {
      return ParagraphKind.LIST_ITEM;
    }
    return looksLikeHeading(text) ? ParagraphKind.HEADING : ParagraphKind.TEXT;
  }

  /**
   * A heading: a line in capitals, an article heading standing alone (Article 5, 第五条), or a short
   * line without final punctuation whose longer words are mostly capitalised (a title).
   */
  static boolean looksLikeHeading(String text) {
    if (text.length() > 240) {
      return false; // twenty words and more are running text, in capitals or not
    }
    String[] words = text.split(" ");
    End end = Punctuation.endOf(text);
    if (Scripts.isAllCaps(text) && words.length <= 20 && end != End.CLAUSE) {
      return true;
    }
    if (Markers.startsWithArticle(text) && words.length <= 10 && end == End.NONE) {
      return true;
    }
    if (words.length > 12 || end != End.NONE) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String word : words) {
      int letters = (int) word.codePoints().filter(Character::isLetter).count();
      if (letters >= 4 && Scripts.isCased(word.codePointAt(0))) {
        longWords++;
        if (Character.isUpperCase(word.codePointAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords > 0 && capitalised * 2 >= longWords;
  }
}
