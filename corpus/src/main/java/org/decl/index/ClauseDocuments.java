package org.decl.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.decl.clause.Clause;

/**
 * The one place that says how decl's index is laid out: which Lucene fields a clause, a version and
 * a link between versions become, and how they are read back.
 *
 * <p>Three kinds of document share the index. A <em>clause</em> holds one unit: its work, language,
 * position, id, kind, role and label, its text analysed for its language in {@code text_LANG} (and
 * stored there), and again, case- and accent-folded, in {@code exact}. A <em>version</em> records
 * what was indexed from one file: its path, content hash and clause ids. A <em>link</em> records
 * which clauses of a work's versions correspond.
 */
public final class ClauseDocuments {

  public static final String TYPE = "type";
  public static final String CLAUSE = "clause";
  public static final String VERSION = "version";
  public static final String LINK = "link";

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
  public static final String IDS = "ids";
  public static final String MEMBER = "member";
  public static final String ROW = "row";

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

  /** A clause as a Lucene document. */
  public static Document clause(String work, String lang, Clause c) {
    return new VersionFields(work, lang).clause(c);
  }

  /**
   * The clause documents of one version: what all its clauses share (version key, text field name,
   * work and language values) is worked out once, not for each clause.
   */
  static List<Document> clauses(String work, String lang, List<Clause> units) {
    VersionFields version = new VersionFields(work, lang);
    List<Document> docs = new ArrayList<>(units.size() + 1);
    for (Clause c : units) {
      docs.add(version.clause(c));
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

    Document clause(Clause c) {
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
      return doc;
    }
  }

  /**
   * What was indexed from one file: its path, content hash, and the ids of its clauses in order (so
   * that links can be made again without reading its clauses).
   */
  public static Document version(
      String work, String lang, String path, String hash, List<String> ids) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, VERSION, Field.Store.NO));
    doc.add(new StringField(VERSION_KEY, versionKey(work, lang), Field.Store.YES));
    keyword(doc, WORK, work);
    keyword(doc, LANG, lang);
    doc.add(new StoredField(PATH, path));
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(IDS, String.join("\n", ids)));
    return doc;
  }

  /** One row of corresponding clauses of a work: language to the ids of its clauses. */
  public static Document link(String work, Map<String, String> row) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, LINK, Field.Store.NO));
    keyword(doc, WORK, work);
    StringBuilder stored = new StringBuilder();
    row.forEach(
        (lang, ids) -> {
          for (String id : ids.split(",")) {
            doc.add(new StringField(MEMBER, lang + ":" + id, Field.Store.NO));
          }
          stored.append(stored.length() == 0 ? "" : "\t").append(lang).append('=').append(ids);
        });
    doc.add(new StoredField(ROW, stored.toString()));
    return doc;
  }

  /** A link row read back: language to comma-separated ids. */
  public static Map<String, String> row(Document link) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String part : link.get(ROW).split("\t")) {
      int eq = part.indexOf('=');
      row.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return row;
  }

  /** The text of a stored clause, from its language's field. */
  public static String text(Document clause) {
    return clause.get(Analyzers.field(clause.get(LANG)));
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
