package org.decl.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.decl.index.Analyzers;
import org.decl.index.FieldAnalyzers;
import org.junit.jupiter.api.Test;

/** Which queries can only match clauses, so that the filter on the document type can go. */
class UserQueryTest {

  private final Analyzer analyzer = FieldAnalyzers.of(new Analyzers());

  @Test
  void wordsPhrasesAndClauseFieldsMatchOnlyClauses() {
    for (String q :
        List.of(
            "liberté",
            "\"gouvernement ouvert\"",
            "transparen* OR expresion~1",
            "exact:societe",
            "id:2.7",
            "kind:heading AND label:Article",
            "liberté -work:paris-2016 -lang:fr")) {
      assertTrue(UserQuery.clausesOnly(parse(q)), q);
    }
  }

  @Test
  void fieldsVersionsAndLinksShareKeepTheFilter() {
    for (String q : List.of("work:paris-2016", "lang:fr", "liberté OR lang:fr")) {
      assertFalse(UserQuery.clausesOnly(parse(q)), q);
    }
    assertFalse(UserQuery.clausesOnly(new org.apache.lucene.search.MatchAllDocsQuery()));
  }

  @Test
  void aQueryIsEchoedWithItsControlAndBidiCharactersEscaped() {
    org.decl.DeclException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.decl.DeclException.class, () -> parse("droits (\ndecl: ok \u202Eliberté"));
    assertTrue(e.getMessage().contains("droits (\\ndecl: ok \\u202Eliberté"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("\u202E"), e.getMessage());
  }

  private org.apache.lucene.search.Query parse(String q) {
    return UserQuery.parse(q, List.of("text_fr", "text_en"), analyzer);
  }
}
