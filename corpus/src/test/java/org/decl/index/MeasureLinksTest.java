package org.decl.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decl.align.Aligner;
import org.decl.clause.ClauseDocument;
import org.decl.clause.Granularity;
import org.decl.clause.Splitter;
import org.decl.extract.ExtractOptions;
import org.decl.extract.Extractor;
import org.decl.extract.Source;
import org.junit.jupiter.api.Test;

class MeasureLinksTest {
  @Test
  void measure() throws Exception {
    Path d = Path.of("/work/main/testkit/src/main/resources/org/decl/testkit/declaration");
    List<String> gold =
        Files.readAllLines(d.resolve("structure.tsv")).stream()
            .skip(1)
            .map(l -> l.split("\t")[0])
            .toList();
    Extractor ex = new Extractor(ExtractOptions.defaults().withLanguageDetection(false));
    ClauseDocument en =
        Splitter.split(
            ex.extract(Source.file(d.resolve("en.txt")).withLang("en")), Granularity.CLAUSE);
    Aligner aligner = new Aligner();
    List<Double> scores = new ArrayList<>();
    List<Double> rightScores = new ArrayList<>();
    List<Double> wrongScores = new ArrayList<>();
    int wrongLinks = 0, links = 0;
    try (var files = Files.list(d)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String lang = f.getFileName().toString().replace(".txt", "");
        if (lang.equals("en")) continue;
        ClauseDocument v =
            Splitter.split(ex.extract(Source.file(f).withLang(lang)), Granularity.CLAUSE);
        double foreign = VersionLinks.foreignIds(en.units(), v.units());
        List<LinkedUnit> linked = VersionLinks.linked(aligner, en, v);
        int ownRight = 0, storedRight = 0, wrong = 0;
        double min = 1;
        for (int k = 0; k < linked.size(); k++) {
          LinkedUnit u = linked.get(k);
          String g = k < gold.size() ? gold.get(k) : "?";
          if (u.ownId().equals(g)) ownRight++;
          if (u.clause().id().equals(g)) storedRight++;
          boolean ok = u.link().original().equals(List.of(k + 1));
          if (!ok) {
            wrong++;
            wrongScores.add(u.link().score());
            if (List.of("ar", "bg", "ko", "km", "ja").contains(lang))
              System.out.println(
                  "MEASURE   "
                      + lang
                      + " "
                      + (k + 1)
                      + " "
                      + u.ownId()
                      + "->"
                      + u.clause().id()
                      + " linked "
                      + u.link().original()
                      + " "
                      + u.link().score()
                      + " "
                      + u.clause().text().substring(0, Math.min(40, u.clause().text().length())));
          } else rightScores.add(u.link().score());
          links++;
          scores.add(u.link().score());
          min = Math.min(min, u.link().score());
        }
        wrongLinks += wrong;
        System.out.printf(
            Locale.ROOT,
            "MEASURE %-8s units %3d foreign %.2f own-ids-right %3d stored-ids-right %3d wrong-links %d min-score %.3f%n",
            lang,
            v.units().size(),
            foreign,
            ownRight,
            storedRight,
            wrong,
            min);
      }
    }
    scores.sort(null);
    for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
      System.out.printf(
          Locale.ROOT,
          "MEASURE below %.1f: right %d of %d, wrong %d of %d%n",
          t,
          rightScores.stream().filter(x -> x < t).count(),
          rightScores.size(),
          wrongScores.stream().filter(x -> x < t).count(),
          wrongScores.size());
    }
    System.out.printf(
        Locale.ROOT,
        "MEASURE links %d wrong %d; score p1 %.3f p5 %.3f p10 %.3f median %.3f; below 0.5: %d, below 0.8: %d%n",
        links,
        wrongLinks,
        scores.get(scores.size() / 100),
        scores.get(scores.size() / 20),
        scores.get(scores.size() / 10),
        scores.get(scores.size() / 2),
        scores.stream().filter(s -> s < 0.5).count(),
        scores.stream().filter(s -> s < 0.8).count());
  }
}
