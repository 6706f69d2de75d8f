package org.decl.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the corpus decl check's benchmark reads: WORKS works in six languages (French the
 * original), every fourth file a PDF, the others plain text, with a corpus.yaml. Each work's title
 * carries its number, so no two works are the same.
 *
 * <p>Usage: {@code BenchCorpus DIR WORKS}
 */
public final class BenchCorpus {

  private static final List<String> LANGUAGES = List.of("fr", "ru", "el", "ar", "zh", "ja");

  private BenchCorpus() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int works = Integer.parseInt(args[1]);
    StringBuilder yaml = new StringBuilder("works:\n");
    int file = 0;
    for (int w = 1; w <= works; w++) {
      String id = String.format("work-%03d", w);
      Files.createDirectories(dir.resolve(id));
      yaml.append("  - id: ").append(id).append("\n    original: fr\n    versions:\n");
      for (String lang : LANGUAGES) {
        List<String> paragraphs = Texts.paragraphs(lang);
        boolean pdf = file++ % 4 == 0;
        String name = lang + (pdf ? ".pdf" : ".txt");
        Path target = dir.resolve(id).resolve(name);
        if (pdf) {
          PdfMaker.of(paragraphs).write(target);
        } else {
          Files.writeString(target, String.join("\n\n", paragraphs) + "\n");
        }
        yaml.append("      - {lang: ").append(lang).append(", path: ").append(id).append('/');
        yaml.append(name).append("}\n");
      }
    }
    Files.writeString(dir.resolve("corpus.yaml"), yaml);
  }
}
