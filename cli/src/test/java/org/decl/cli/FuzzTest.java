package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.decl.testkit.MakeCorpus;
import org.decl.testkit.Repo;
import org.decl.testkit.Texts;
import org.decl.text.Printable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated documents through {@code decl extract} and generated queries through {@code decl search},
 * in process, as the command line runs them: every run ends with exit 0, 1 or 2, within its time
 * limit, and says what went wrong in lines of its own ({@code decl: …}), never an internal error, a
 * stack trace or a Java class name.
 *
 * <p>Seeded and bounded: {@code -Ddecl.fuzz.seed=N}, {@code -Ddecl.fuzz.files=N}, {@code
 * -Ddecl.fuzz.queries=N} ({@code make fuzz} runs a longer campaign). A failure names the seed and
 * the input; the counts, by exit code, are printed at the end.
 */
class FuzzTest {

  private static final long SEED = Long.getLong("decl.fuzz.seed", 20261203L);
  private static final int FILES = Integer.getInteger("decl.fuzz.files", 200);
  private static final int QUERIES = Integer.getInteger("decl.fuzz.queries", 600);

  /** What no message may show without --verbose. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "internal error|please report|^\\s+at |\\b[A-Z]\\w*(Exception|Error)\\b|\\bjava\\.|"
              + "\\borg\\.apache\\.|\\bcom\\.fasterxml\\.|StackOverflow",
          Pattern.MULTILINE);

  @TempDir static Path dir;

  private static final ExecutorService RUNNER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
          });

  private static String index;

  @BeforeAll
  static void indexTheBundledCorpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("paris-2016"));
    Files.copy(Repo.file("examples/corpus.yaml"), corpus.resolve("corpus.yaml"));
    for (String f : List.of("fr.txt", "de.txt", "en.pdf", "es.docx")) {
      Files.copy(MakeCorpus.example(f), corpus.resolve("paris-2016/" + f));
    }
    index = corpus.resolve(".decl/index").toString();
    Decl.Run run = Decl.run("index", "-q", corpus.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
  }

  @Test
  void mutatedDocumentsFailInOneLineOfTheirOwn() throws Exception {
    List<Seed> seeds = seeds();
    Random random = new Random(SEED);
    Map<Integer, Integer> outcomes = new TreeMap<>();
    Path mutated = Files.createDirectories(dir.resolve("mutated"));
    for (int i = 0; i < FILES; i++) {
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      byte[] bytes = mutation.apply(seed.bytes(), random);
      Path file = mutated.resolve(i + "." + seed.extension());
      Files.write(file, bytes);
      String input = "file " + file + " (" + mutation + " of " + seed.name() + ")";
      Decl.Run run =
          within(60, input, () -> Decl.run("extract", "--timeout", "10", file.toString()));
      check(run, input);
      outcomes.merge(run.exitCode(), 1, Integer::sum);
      Files.delete(file);
    }
    System.out.println(
        "fuzz (seed " + SEED + "): " + FILES + " files, outcomes by exit code " + outcomes);
  }

  @Test
  void generatedQueriesAreAnsweredOrRefusedInOneLine() throws Exception {
    Random random = new Random(SEED);
    List<String> words = words();
    Map<Integer, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < QUERIES; i++) {
      String query = Queries.generate(random, words);
      String input =
          "query '"
              + Printable.of(query.length() > 300 ? query.substring(0, 300) + "…" : query)
              + "'";
      Decl.Run run = within(30, input, () -> Decl.run("search", "--index", index, "--", query));
      check(run, input);
      outcomes.merge(run.exitCode(), 1, Integer::sum);
    }
    System.out.println(
        "fuzz (seed " + SEED + "): " + QUERIES + " queries, outcomes by exit code " + outcomes);
  }

  private static void check(Decl.Run run, String input) {
    String why = null;
    if (run.exitCode() < 0 || run.exitCode() > 2) {
      why = "exit code " + run.exitCode();
    } else if (INTERNAL.matcher(run.err()).find()) {
      why = "internal wording on stderr";
    } else {
      for (String line : run.errLines()) {
        if (!line.startsWith("decl: ") && !line.isEmpty() && run.exitCode() != 0) {
          why = "a line that is not a message: " + line;
        }
      }
    }
    if (why != null) {
      fail("fuzz seed " + SEED + ", " + input + ": " + why + "\n" + run.err());
    }
  }

  private static Decl.Run within(
      int seconds, String input, java.util.concurrent.Callable<Decl.Run> run) throws Exception {
    Future<Decl.Run> future = RUNNER.submit(run);
    try {
      return future.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError(
          "fuzz seed " + SEED + ", " + input + ": no answer in " + seconds + " s");
    }
  }

  /** A document to mutate. */
  private record Seed(String name, String extension, byte[] bytes) {}

  private static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (String f : List.of("fr.txt", "de.txt", "en.pdf", "es.docx")) {
      seeds.add(
          new Seed(f, f.substring(f.indexOf('.') + 1), Files.readAllBytes(MakeCorpus.example(f))));
    }
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><body><h1>Декларация</h1><ol>");
    for (String p : Texts.paragraphs("ru")) {
      html.append("<li><p>").append(p).append("</p></li>");
    }
    html.append("</ol></body></html>");
    seeds.add(new Seed("ru.html", "html", html.toString().getBytes(StandardCharsets.UTF_8)));
    seeds.add(
        new Seed(
            "zh.txt",
            "txt",
            String.join("\n\n", Texts.paragraphs("zh")).getBytes(StandardCharsets.UTF_8)));
    return seeds;
  }

  /** Ways to damage a file, as disks, networks and people do. */
  enum Mutation {
    BYTE_FLIPS {
      @Override
      byte[] apply(byte[] b, Random r) {
        byte[] out = b.clone();
        for (int n = 1 + r.nextInt(20); n > 0; n--) {
          out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return out;
      }
    },
    TRUNCATION {
      @Override
      byte[] apply(byte[] b, Random r) {
        return java.util.Arrays.copyOf(b, r.nextInt(b.length));
      }
    },
    CHUNK_DUPLICATION {
      @Override
      byte[] apply(byte[] b, Random r) {
        int from = r.nextInt(b.length);
        int length = Math.min(b.length - from, 1 + r.nextInt(4096));
        int at = r.nextInt(b.length);
        byte[] out = new byte[b.length + length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, from, out, at, length);
        System.arraycopy(b, at, out, at + length, b.length - at);
        return out;
      }
    },
    ALL_THREE {
      @Override
      byte[] apply(byte[] b, Random r) {
        return TRUNCATION.apply(CHUNK_DUPLICATION.apply(BYTE_FLIPS.apply(b, r), r), r);
      }
    };

    abstract byte[] apply(byte[] bytes, Random random);
  }

  private static List<String> words() throws IOException {
    List<String> words = new ArrayList<>();
    for (String f : List.of("fr.txt", "de.txt")) {
      for (String w : Files.readString(MakeCorpus.example(f)).split("\\s+")) {
        if (!w.isBlank()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Queries as people mistype them and as attackers write them. */
  static final class Queries {

    private static final String[] OPERATORS = {"AND", "OR", "NOT", "&&", "||", "+", "-", "!"};
    private static final String[] FIELDS = {
      "text:", "exact:", "lang:", "work:", "id:", "kind:", "role:", "label:", "nofield:", "text_fr:"
    };
    private static final String SPECIALS = "()[]{}\"~^*?:\\/+-!&|<>=";

    static String generate(Random r, List<String> words) {
      return switch (r.nextInt(10)) {
        case 0 -> "(".repeat(r.nextInt(20_000)) + word(r, words) + ")".repeat(r.nextInt(20_000));
        case 1 -> "/" + regex(r) + "/";
        case 2 -> "?*".repeat(1 + r.nextInt(600));
        case 3 ->
            word(r, words)
                + "~"
                + r.nextInt(5)
                + " "
                + "*".repeat(r.nextInt(3))
                + word(r, words)
                + "*";
        case 4 -> sentence(r, words, 20 + r.nextInt(600));
        case 5 -> soup(r, 1 + r.nextInt(200));
        default -> expression(r, words, 0);
      };
    }

    private static String word(Random r, List<String> words) {
      return words.get(r.nextInt(words.size()));
    }

    private static String sentence(Random r, List<String> words, int n) {
      int from = r.nextInt(words.size());
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(words.get((from + i) % words.size())).append(' ');
      }
      return s.toString();
    }

    private static String regex(Random r) {
      String[] parts = {
        "[a-z]", "{1,100}", "(", ")", "|", ".*", "\\", "+", "?", "[^", "]", "a", "{", "}", "~", "&",
        "<1-99>", "#", "@"
      };
      StringBuilder s = new StringBuilder();
      for (int i = r.nextInt(30); i > 0; i--) {
        s.append(parts[r.nextInt(parts.length)]);
      }
      return s.toString();
    }

    private static String soup(Random r, int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int kind = r.nextInt(4);
        if (kind == 0) {
          s.append(SPECIALS.charAt(r.nextInt(SPECIALS.length())));
        } else if (kind == 1) {
          s.appendCodePoint(r.nextInt(0x30)); // controls, newlines
        } else if (kind == 2) {
          s.append(
              (char)
                  ("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u00A0\u2028"
                      .charAt(r.nextInt(11))));
        } else {
          s.appendCodePoint(0x20 + r.nextInt(0x3000));
        }
      }
      String q = s.toString();
      return q.isBlank() ? "x" + q : q;
    }

    private static String expression(Random r, List<String> words, int depth) {
      StringBuilder s = new StringBuilder();
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        int kind = r.nextInt(8);
        if (kind == 0 && depth < 40) {
          s.append('(')
              .append(expression(r, words, depth + 1))
              .append(r.nextInt(10) == 0 ? "" : ")");
        } else if (kind == 1) {
          s.append('"')
              .append(sentence(r, words, 1 + r.nextInt(6)).strip())
              .append(r.nextInt(10) == 0 ? "" : "\"");
          if (r.nextBoolean()) {
            s.append('~').append(r.nextInt(20));
          }
        } else if (kind == 2) {
          s.append(FIELDS[r.nextInt(FIELDS.length)]).append(word(r, words));
        } else if (kind == 3) {
          s.append(OPERATORS[r.nextInt(OPERATORS.length)]);
        } else if (kind == 4) {
          s.append('[')
              .append(word(r, words))
              .append(" TO ")
              .append(word(r, words))
              .append(r.nextBoolean() ? "]" : "}");
        } else if (kind == 5) {
          s.append(word(r, words)).append('^').append(r.nextInt(100));
        } else {
          s.append(word(r, words));
        }
        s.append(' ');
      }
      return s.toString().strip();
    }
  }
}
