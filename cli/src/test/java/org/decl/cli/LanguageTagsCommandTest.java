package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A work whose versions share languages: Simplified and Traditional Chinese, European and Brazilian
 * Portuguese, Serbian in Cyrillic and in Latin script, German in the 1996 spelling. Each tag stays
 * whole through index, search, align and check; a filter {@code zh} reaches every {@code zh-*}
 * version, {@code zh-Hant} that one only.
 */
class LanguageTagsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The versions, the original first: a title and three articles each. */
  /** The charter in eight versions; SearchCommandTest reads some of them too. */
  static final Map<String, String> VERSIONS = new LinkedHashMap<>();

  static {
    VERSIONS.put(
        "en",
        """
        Charter of Open Records

        Article 1
        Everyone has the right to read the public records of the city.

        Article 2
        The city publishes its budget every year.

        Article 3
        Every request receives an answer within thirty days.
        """);
    VERSIONS.put(
        "zh-Hans",
        """
        公开档案宪章

        第一条
        人人有权阅读本市的公共档案。

        第二条
        本市每年公布其预算。

        第三条
        每一项申请均在三十天内得到答复。
        """);
    VERSIONS.put(
        "zh-Hant",
        """
        公開檔案憲章

        第一條
        人人有權閱讀本市的公共檔案。

        第二條
        本市每年公佈其預算。

        第三條
        每一項申請均在三十天內得到答覆。
        """);
    VERSIONS.put(
        "pt-PT",
        """
        Carta dos Registos Abertos

        Artigo 1.º
        Todos têm o direito de ler os registos públicos da cidade.

        Artigo 2.º
        A cidade publica o seu orçamento todos os anos.

        Artigo 3.º
        Cada pedido recebe uma resposta no prazo de trinta dias.
        """);
    VERSIONS.put(
        "pt-BR",
        """
        Carta dos Registros Abertos

        Artigo 1º
        Todos têm o direito de ler os registros públicos da cidade.

        Artigo 2º
        A cidade publica seu orçamento todo ano.

        Artigo 3º
        Cada pedido recebe uma resposta em até trinta dias.
        """);
    VERSIONS.put(
        "sr-Cyrl",
        """
        Повеља о отвореним евиденцијама

        Члан 1.
        Свако има право да чита јавне евиденције града.

        Члан 2.
        Град сваке године објављује свој буџет.

        Члан 3.
        Сваки захтев добија одговор у року од тридесет дана.
        """);
    VERSIONS.put(
        "sr-Latn",
        """
        Povelja o otvorenim evidencijama

        Član 1.
        Svako ima pravo da čita javne evidencije grada.

        Član 2.
        Grad svake godine objavljuje svoj budžet.

        Član 3.
        Svaki zahtev dobija odgovor u roku od trideset dana.
        """);
    VERSIONS.put(
        "de-1996",
        """
        Charta der offenen Register

        Artikel 1
        Jeder hat das Recht, die öffentlichen Register der Stadt zu lesen.

        Artikel 2
        Die Stadt veröffentlicht jedes Jahr ihren Haushalt.

        Artikel 3
        Jeder Antrag wird innerhalb von dreißig Tagen beantwortet.
        """);
  }

  private static final String HELD =
      "de-1996, en, pt-BR, pt-PT, sr-Cyrl, sr-Latn, zh-Hans, zh-Hant";

  @TempDir static Path corpus;

  private static String index;

  @BeforeAll
  static void indexTheCorpus() throws IOException {
    Files.createDirectories(corpus.resolve("charter"));
    StringBuilder yaml = new StringBuilder("works:\n  - id: charter\n    original: en\n");
    yaml.append("    versions:\n");
    for (Map.Entry<String, String> v : VERSIONS.entrySet()) {
      Files.writeString(corpus.resolve("charter/" + v.getKey() + ".txt"), v.getValue());
      // written in lower case: the manifest gives each tag its canonical case
      String tag = v.getKey().toLowerCase(java.util.Locale.ROOT);
      yaml.append("      - {lang: " + tag + ", path: charter/" + v.getKey() + ".txt}\n");
    }
    Files.writeString(corpus.resolve("corpus.yaml"), yaml);
    index = corpus.resolve(".decl/index").toString();

    Decl.Run run = Decl.run("index", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "added    charter/de-1996 charter/en charter/pt-BR charter/pt-PT charter/sr-Cyrl"
                    + " charter/sr-Latn charter/zh-Hans charter/zh-Hant"),
        run.err());
  }

  private static Decl.Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index));
    all.addAll(List.of(args));
    return Decl.run(all.toArray(String[]::new));
  }

  private static List<JsonNode> hits(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--format", "jsonl", "--limit", "0"));
    all.addAll(List.of(args));
    Decl.Run run = search(all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> hits = new ArrayList<>();
    for (String line : run.outLines()) {
      hits.add(JSON.readTree(line));
    }
    return hits;
  }

  /** The languages of the clauses a search finds. */
  private static Set<String> langs(String... args) throws IOException {
    Set<String> langs = new TreeSet<>();
    hits(args).forEach(h -> langs.add(h.get("lang").asText()));
    return langs;
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theIndexHoldsEveryTagWhole() throws IOException {
    assertEquals(new TreeSet<>(VERSIONS.keySet()), langs("*"));
  }

  @Test
  void aLanguageFilterMatchesTheTagAndEveryTagExtendingIt() throws IOException {
    assertEquals(Set.of("zh-Hans", "zh-Hant"), langs("--lang", "zh", "*"));
    assertEquals(Set.of("zh-Hant"), langs("--lang", "zh-Hant", "*"));
    assertEquals(Set.of("zh-Hant"), langs("--lang", "ZH-hant", "*"));
    assertEquals(Set.of("pt-BR", "pt-PT"), langs("--lang", "pt", "*"));
    assertEquals(Set.of("pt-BR"), langs("--lang", "pt-BR", "*"));
    assertEquals(Set.of("sr-Latn"), langs("--lang", "sr-Latn", "*"));
    assertEquals(Set.of("de-1996"), langs("--lang", "de", "*"));
    assertEquals(Set.of("de-1996", "sr-Cyrl"), langs("--lang", "de-1996,sr-Cyrl", "*"));
  }

  @Test
  void theLangFieldOfAQueryMatchesAsTheFilterDoes() throws IOException {
    assertEquals(Set.of("zh-Hans", "zh-Hant"), langs("lang:zh"));
    assertEquals(Set.of("zh-Hans"), langs("lang:zh-hans"));
    assertEquals(Set.of("pt-PT", "sr-Cyrl", "sr-Latn"), langs("lang:sr OR lang:pt-PT"));
  }

  @Test
  void eachVersionIsSearchedWithItsOwnWords() throws IOException {
    // 預算 is Traditional, 预算 Simplified: each is found in its own version only
    assertEquals(Set.of("zh-Hant"), langs("--lang", "zh", "預算"));
    assertEquals(Set.of("zh-Hans"), langs("--lang", "zh", "预算"));
    assertEquals(Set.of("pt-PT"), langs("--lang", "pt", "registos"));
  }

  @Test
  void aFilterMatchingNoTagIsAUsageErrorListingTheTagsHeld() {
    Decl.Run lang = search("--lang", "zh-TW", "*");
    Decl.Run show = search("--show", "ja", "*");

    assertEquals(2, lang.exitCode());
    assertEquals(
        "decl: --lang zh-TW: not in the index (did you mean zh-Hans or zh-Hant?); it holds the"
            + " languages "
            + HELD
            + "\n",
        lang.err());
    assertEquals(2, show.exitCode());
    assertEquals(
        "decl: --show ja: not in the index; it holds the languages " + HELD + "\n", show.err());
  }

  @Test
  void aMalformedFilterIsAUsageError() {
    Decl.Run run = search("--lang", "en_US", "*");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("decl: --lang: 'en_US' is not a BCP 47 language tag"), run.err());
    assertTrue(run.err().contains("subtags are joined by '-': en-US"), run.err());
  }

  @Test
  void showMatchesItsLanguagesAsTheFilterDoes() throws IOException {
    JsonNode zh = hits("--lang", "en", "--show", "zh", "budget").get(0);
    JsonNode one = hits("--lang", "en", "--show", "pt-BR,de-1996", "budget").get(0);

    assertEquals(Set.of("zh-Hans", "zh-Hant"), keys(zh.get("translations")));
    assertEquals("本市每年公布其预算。", zh.get("translations").get("zh-Hans").get("text").asText());
    assertEquals("本市每年公佈其預算。", zh.get("translations").get("zh-Hant").get("text").asText());
    assertEquals(Set.of("de-1996", "pt-BR"), keys(one.get("translations")));
    assertEquals(
        "Die Stadt veröffentlicht jedes Jahr ihren Haushalt.",
        one.get("translations").get("de-1996").get("text").asText());
  }

  @Test
  void showGivesAColumnAndALineToEachTagItMatches() {
    Decl.Run tsv = search("--lang", "en", "--show", "zh", "--format", "tsv", "budget");
    Decl.Run text = search("--lang", "en", "--show", "zh-Hant", "budget");

    // three columns a language shown: the counterpart's id, link score and text
    String[] columns = tsv.outLines().get(0).split("\t");
    assertEquals(
        List.of("本市每年公布其预算。", "本市每年公佈其預算。"),
        List.of(columns[columns.length - 4], columns[columns.length - 1]));
    assertTrue(text.outLines().contains("  zh-Hant  本市每年公佈其預算。"), text.out());
  }

  @Test
  void alignWritesEveryWholeTagToTmx() throws Exception {
    Decl.Run run = Decl.run("align", "--work", "charter", "--format", "tmx", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    org.w3c.dom.Document tmx = xml(run.out());
    Element header = (Element) tmx.getElementsByTagName("header").item(0);
    assertEquals("en", header.getAttribute("srclang"));
    assertEquals("en", header.getAttribute("adminlang"));
    Element first = (Element) tmx.getElementsByTagName("tu").item(0);
    NodeList tuvs = first.getElementsByTagName("tuv");
    List<String> langs = new ArrayList<>();
    for (int i = 0; i < tuvs.getLength(); i++) {
      langs.add(((Element) tuvs.item(i)).getAttribute("xml:lang"));
    }
    assertEquals(List.copyOf(VERSIONS.keySet()), langs);
  }

  @Test
  void alignOfAWorkKeepsTheVersionsALanguageFilterMatches() throws IOException {
    Decl.Run run =
        Decl.run(
            "align", "--work", "charter", "--lang", "zh", "--format", "jsonl", corpus.toString());
    Decl.Run none = Decl.run("align", "--work", "charter", "--lang", "ja", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode row = JSON.readTree(run.outLines().get(0));
    assertEquals(List.of("en", "zh-Hans", "zh-Hant"), fieldNames(row.get("versions")));
    assertEquals(2, none.exitCode());
    assertEquals(
        "decl: --lang ja: work 'charter' has no version in it; it has en, zh-Hans, zh-Hant,"
            + " pt-PT, pt-BR, sr-Cyrl, sr-Latn, de-1996\n",
        none.err());
  }

  @Test
  void xliffNamesBothWholeTags() throws Exception {
    Decl.Run run =
        Decl.run(
            "align",
            "--langs",
            "zh-hans,zh-hant",
            "--format",
            "xliff",
            corpus.resolve("charter/zh-Hans.txt").toString(),
            corpus.resolve("charter/zh-Hant.txt").toString());

    assertEquals(0, run.exitCode(), run.err());
    Element root = xml(run.out()).getDocumentElement();
    assertEquals("zh-Hans", root.getAttribute("srcLang"));
    assertEquals("zh-Hant", root.getAttribute("trgLang"));
  }

  @Test
  void twoTagsSharingALanguageAreATranslationNotTwoDrafts() {
    String hans = corpus.resolve("charter/zh-Hans.txt").toString();
    String hant = corpus.resolve("charter/zh-Hant.txt").toString();
    String ptPt = corpus.resolve("charter/pt-PT.txt").toString();
    String ptBr = corpus.resolve("charter/pt-BR.txt").toString();

    Decl.Run scripts = Decl.run("diff", "--langs", "zh-Hans,zh-Hant", hans, hant);
    Decl.Run regions = Decl.run("diff", "--langs", "pt-PT,pt-BR", ptPt, ptBr);
    Decl.Run drafts = Decl.run("diff", "--lang", "pt", ptPt, ptBr);

    assertEquals(0, scripts.exitCode(), scripts.err());
    assertEquals(hant + " against " + hans + ": 0 errors, 0 warnings, 0 notes\n", scripts.out());
    assertEquals(ptBr + " against " + ptPt + ": 0 errors, 0 warnings, 0 notes\n", regions.out());
    assertTrue(drafts.out().startsWith("clause-changed 0.1"), drafts.out());
  }

  @Test
  void aGlossaryTermOfASiblingTagIsNotRequired(@TempDir Path other) throws IOException {
    String manifest =
        "works:\n  - id: w\n    versions:\n      - {lang: en, path: en.txt}\nglossary:\n"
            + "  - {en: budget, %s: %s}\n";
    Path sibling = Files.createDirectories(other.resolve("sibling"));
    Path broader = Files.createDirectories(other.resolve("broader"));
    Files.writeString(sibling.resolve("corpus.yaml"), manifest.formatted("zh-Hans", "预算"));
    Files.writeString(broader.resolve("corpus.yaml"), manifest.formatted("zh", "预算"));
    String en = corpus.resolve("charter/en.txt").toString();
    String hant = corpus.resolve("charter/zh-Hant.txt").toString();

    Decl.Run hans =
        Decl.run("diff", "--corpus", sibling.toString(), "--langs", "en,zh-Hant", en, hant);
    Decl.Run zh =
        Decl.run("diff", "--corpus", broader.toString(), "--langs", "en,zh-Hant", en, hant);

    assertTrue(hans.out().endsWith(": 0 errors, 0 warnings, 0 notes\n"), hans.out());
    assertTrue(zh.out().contains("'budget' in the original should be rendered '预算'"), zh.out());
  }

  @Test
  void indexOfACorpusWithALanguageFilterIndexesTheVersionsItMatches() throws IOException {
    String partial = corpus.resolve("partial-index").toString();

    Decl.Run pt = Decl.run("index", "--index", partial, "--lang", "pt", corpus.toString());
    Decl.Run hant = Decl.run("index", "--index", partial, "--lang", "zh-Hant", corpus.toString());
    Decl.Run none = Decl.run("index", "--index", partial, "--lang", "ja", corpus.toString());

    assertTrue(pt.err().contains("added    charter/en charter/pt-BR charter/pt-PT\n"), pt.err());
    assertTrue(hant.err().contains("1 added, 0 updated, 1 unchanged, 0 removed"), hant.err());
    Set<String> held = new TreeSet<>();
    for (String line :
        Decl.run("search", "--index", partial, "--count", "--format", "tsv", "*").outLines()) {
      held.add(line.split("\t")[1]);
    }
    assertEquals(Set.of("en", "pt-BR", "pt-PT", "zh-Hant"), held);
    assertEquals(2, none.exitCode());
  }

  @Test
  void filesIndexedWithATagKeepIt() throws IOException {
    Path files = corpus.resolve("files-index");
    Decl.Run run =
        Decl.run(
            "index",
            "--index",
            files.toString(),
            "--lang",
            "zh-hant-tw",
            corpus.resolve("charter/zh-Hant.txt").toString());
    Decl.Run found =
        Decl.run(
            "search", "--index", files.toString(), "--lang", "zh-Hant", "--format", "tsv", "預算");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("added    zh-Hant/zh-Hant-TW"), run.err());
    assertEquals(
        "zh-Hant\tzh-Hant-TW", String.join("\t", List.of(found.out().split("\t")).subList(0, 2)));
  }

  @Test
  void theHtmlReportMarksEachCellWithItsWholeTag() {
    Decl.Run run = Decl.run("align", "--work", "charter", "--format", "html", corpus.toString());

    assertEquals(0, run.exitCode(), run.err());
    for (String tag : VERSIONS.keySet()) {
      assertTrue(run.out().contains("lang=\"" + tag + "\""), tag);
    }
  }

  @Test
  void checkReportsEachVersionUnderItsWholeTag() throws IOException {
    Decl.Run all = Decl.run("check", "--format", "json", "--no-cache", corpus.toString());
    Decl.Run zh =
        Decl.run("check", "--format", "json", "--no-cache", "--lang", "zh", corpus.toString());

    JsonNode report = JSON.readTree(all.out());
    assertEquals(8, report.get("summary").get("files").asInt(), all.out());
    for (JsonNode finding : report.get("findings")) {
      assertTrue(VERSIONS.containsKey(finding.get("lang").asText()), finding.toString());
      assertTrue(!finding.get("rule").asText().equals("language-mismatch"), finding.toString());
    }
    JsonNode zhReport = JSON.readTree(zh.out());
    assertEquals(3, zhReport.get("summary").get("files").asInt(), zh.out());
  }

  @Test
  void aDeclaredLanguageKeepsItsSubtagsAndADetectedOneIsBare() throws IOException {
    String file = corpus.resolve("charter/zh-Hant.txt").toString();

    JsonNode declared =
        JSON.readTree(
            Decl.run("split", "--format", "jsonl", "--lang", "zh-hant", file).outLines().get(0));
    JsonNode detected =
        JSON.readTree(Decl.run("split", "--format", "jsonl", file).outLines().get(0));

    assertEquals("zh-Hant", declared.get("lang").asText());
    assertEquals("zh", detected.get("lang").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "zh-", "x", "123"})
  void aMalformedTagInTheManifestStopsEveryCommandWithItsLine(String tag, @TempDir Path bad)
      throws IOException {
    Files.writeString(bad.resolve("fr.txt"), "La liberté d’expression est protégée.\n");
    Files.writeString(
        bad.resolve("corpus.yaml"),
        "works:\n  - id: w\n    versions:\n      - {lang: fr, path: fr.txt}\n"
            + "      - {lang: "
            + tag
            + ", path: fr.txt}\n");
    String message =
        "decl: "
            + bad.resolve("corpus.yaml")
            + ": line 5, column 16: '"
            + tag
            + "' is not a BCP 47 language tag";

    for (Decl.Run run :
        List.of(
            Decl.run("check", bad.toString()),
            Decl.run("index", bad.toString()),
            Decl.run("align", "--work", "w", bad.toString()))) {
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().startsWith(message), run.err());
      assertEquals(1, run.errLines().size(), run.err());
    }
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static org.w3c.dom.Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
