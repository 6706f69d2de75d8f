package org.decl.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.decl.clause.Clause;
import org.decl.clause.Kind;
import org.decl.clause.Span;

/**
 * The one place that says how decl's index is laid out: which Lucene fields a clause, a version and
 * a link between versions become, and how they are read back.
 *
 * <p>Two kinds of document share the index. A <em>clause</em> holds one unit: its work, language,
 * position, id, kind, role and label, its text analysed for its language in {@code text_LANG} (and
 * stored there), and again, case- and accent-folded, in {@code exact}; in a version other than its
 * work's original it also holds its link, the positions of the original's units its alignment with
 * the original pairs it with ({@code linked}, none when it has no counterpart) and that bead's
 * score. A <em>version</em> records what was indexed from one file: its path, content hash, and the
 * language of the original its links point into.
 */
public final class ClauseDocuments {

  public static final String TYPE = "type";
  public static final String CLAUSE = "clause";
  public static final String VERSION = "version";

  public static final String VERSION_KEY = "vkey";
  public static final String WORK = "work";
  public static final String LANG = "lang";
  public static final String N = "n";
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String ROLE = "role";
  public static final String LABEL = "label";
  public static final String EXACT = "exact";
  public static final String PATH = "path";
  public static final String HASH = "hash";

  /** Stored (as 1) on a clause whose text was read by OCR from a page image. */
  public static final String OCR = "ocr";

  /** The version's own id of a clause whose stored id was taken from the original's. */
  public static final String OWN_ID = "own";

  /** The {@code n} of each unit of the original a clause is aligned with. */
  public static final String LINKED = "linked";

  /** The alignment score of a clause's link with the original. */
  public static final String LINK_SCORE = "lscore";

  /** The language of the original a version's links point into. */
  public static final String ORIGINAL = "original";

  private ClauseDocuments() {}

  /** The key of a version in the index: its work and language. */
  public static String versionKey(String work, String lang) {
    return work + "/" + lang;
  }

  /** The work of a version key. */
  static String workOf(String versionKey) {
    return versionKey.substring(0, versionKey.lastIndexOf('/'));
  }

  /** The language of a version key. */
  static String langOf(String versionKey) {
    return versionKey.substring(versionKey.lastIndexOf('/') + 1);
  }

  public static Term versionTerm(String work, String lang) {
    return new Term(VERSION_KEY, versionKey(work, lang));
  }

  /** A clause as a Lucene document, without a link. */
  public static Document clause(String work, String lang, Clause c) {
    return new VersionFields(work, lang).clause(new LinkedUnit(c, c.id(), null));
  }

  /**
   * The clause documents of one version: what all its clauses share (version key, text field name,
   * work and language values) is worked out once, not for each clause.
   */
  static List<Document> clauses(String work, String lang, List<LinkedUnit> units) {
    VersionFields version = new VersionFields(work, lang);
    List<Document> docs = new ArrayList<>(units.size() + 1);
    for (LinkedUnit u : units) {
      docs.add(version.clause(u));
    }
    return docs;
  }

  private static final class VersionFields {
    private final String work;
    private final String lang;
    private final String key;
    private final String textField;
    private final BytesRef workBytes;
    private final BytesRef langBytes;

    VersionFields(String work, String lang) {
      this.work = work;
      this.lang = lang;
      this.key = versionKey(work, lang);
      this.textField = Analyzers.field(lang);
      this.workBytes = new BytesRef(work);
      this.langBytes = new BytesRef(lang);
    }

    Document clause(LinkedUnit unit) {
      Clause c = unit.clause();
      Document doc = new Document();
      doc.add(new StringField(TYPE, CLAUSE, Field.Store.NO));
      doc.add(new StringField(VERSION_KEY, key, Field.Store.NO));
      doc.add(new StringField(WORK, work, Field.Store.YES));
      doc.add(new SortedDocValuesField(WORK, workBytes));
      doc.add(new StringField(LANG, lang, Field.Store.YES));
      doc.add(new SortedDocValuesField(LANG, langBytes));
      doc.add(new StoredField(N, c.n()));
      doc.add(new NumericDocValuesField(N, c.n()));
      doc.add(new StringField(ID, c.id(), Field.Store.YES));
      doc.add(new StringField(KIND, c.kind().id(), Field.Store.YES));
      doc.add(new StringField(ROLE, c.role(), Field.Store.YES));
      if (c.label() != null) {
        doc.add(new StringField(LABEL, c.label(), Field.Store.YES));
      }
      doc.add(new TextField(textField, c.text(), Field.Store.YES));
      doc.add(new TextField(EXACT, c.text(), Field.Store.NO));
      if (c.span().ocr()) {
        doc.add(new StoredField(OCR, 1));
      }
      if (!unit.ownId().equals(c.id())) {
        doc.add(new StoredField(OWN_ID, unit.ownId()));
      }
      if (unit.link() != null) {
        for (int original : unit.link().original()) {
          doc.add(new StringField(LINKED, String.valueOf(original), Field.Store.YES));
        }
        doc.add(new StoredField(LINK_SCORE, unit.link().score()));
      }
      return doc;
    }
  }

  /**
   * What was indexed from one file: its path, content hash, and the language of the original its
   * clauses are linked to (its own, for the original).
   */
  public static Document version(
      String work, String lang, String path, String hash, String original) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, VERSION, Field.Store.NO));
    doc.add(new StringField(VERSION_KEY, versionKey(work, lang), Field.Store.YES));
    keyword(doc, WORK, work);
    keyword(doc, LANG, lang);
    doc.add(new StoredField(PATH, path));
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(ORIGINAL, original));
    return doc;
  }

  /** The text of a stored clause, from its language's field. */
  public static String text(Document clause) {
    return clause.get(Analyzers.field(clause.get(LANG)));
  }

  /** The link a stored clause holds, or null: in the original, or a clause stored without one. */
  public static Link link(Document clause) {
    IndexableField score = clause.getField(LINK_SCORE);
    if (score == null) {
      return null;
    }
    String[] linked = clause.getValues(LINKED);
    List<Integer> original = new ArrayList<>(linked.length);
    for (String n : linked) {
      original.add(Integer.valueOf(n));
    }
    return new Link(original, score.numericValue().doubleValue());
  }

  /** A stored clause read back as a unit, with its version's own id; where it was is not stored. */
  static Clause unit(Document clause) {
    return new Clause(
        clause.getField(N).numericValue().intValue(),
        ownId(clause),
        Kind.valueOf(clause.get(KIND).toUpperCase(Locale.ROOT)),
        clause.get(ROLE),
        clause.get(LABEL),
        text(clause),
        clause.getField(OCR) != null ? NOWHERE_OCR : NOWHERE);
  }

  private static final Span NOWHERE = new Span(0, 0, 0, 0, 0);
  private static final Span NOWHERE_OCR = new Span(0, 0, 0, 0, 0, true);

  /** The version's own id of a stored clause: as its split gave it. */
  public static String ownId(Document clause) {
    String own = clause.get(OWN_ID);
    return own != null ? own : clause.get(ID);
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
