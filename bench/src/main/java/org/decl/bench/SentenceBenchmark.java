package org.decl.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.decl.clause.Sentences;
import org.decl.testkit.Texts;

/**
 * Sentence segmentation throughput on one core: our rule-based {@link Sentences} beside the
 * segmenter it replaced (ICU's sentence break iterator with CLDR's abbreviation suppressions), on
 * the same generated text in every language of our sample (each language's paragraphs repeated
 * until it holds about {@code MB} megabytes of UTF-8 in all), each language with its own segmenter.
 *
 * <p>Usage: {@code SentenceBenchmark [MB]}
 */
public final class SentenceBenchmark {

  private SentenceBenchmark() {}

  /** A segmenter as the benchmark sees it: a text to its number of sentences. */
  private interface Segmenter {
    int count(String text);
  }

  public static void main(String[] args) {
    double target = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    List<String> langs = Texts.languages();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    long perLanguage = (long) (target * 1e6 / langs.size());
    for (String lang : langs) {
      String sample = String.join("\n\n", Texts.paragraphs(lang)) + "\n\n";
      long sampleBytes = sample.getBytes(StandardCharsets.UTF_8).length;
      StringBuilder text = new StringBuilder();
      for (long b = 0; b < perLanguage; b += sampleBytes) {
        text.append(sample);
      }
      texts.add(text.toString());
      bytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
    double mb = bytes / 1e6;
    List<Segmenter> ours = new ArrayList<>();
    List<Segmenter> icu = new ArrayList<>();
    for (String lang : langs) {
      Sentences s = new Sentences(lang);
      ours.add(t -> s.of(t).size());
      icu.add(icuSegmenter(lang));
    }
    long oursCount = run(ours, texts);
    long icuCount = run(icu, texts);
    double oursTime = Harness.median(2, 5, () -> run(ours, texts));
    double icuTime = Harness.median(2, 5, () -> run(icu, texts));
    System.out.println("## Sentence segmentation");
    System.out.println();
    System.out.println(
        Harness.format(
            "Our sample declaration in its %d languages, each repeated to %.1f MB of UTF-8 text in"
                + " all (blank lines between paragraphs, each language cut by its own segmenter),"
                + " one thread; %s; median of 5 runs after 2 warm-ups.",
            langs.size(), mb, Harness.machine()));
    System.out.println();
    System.out.println("| segmenter | sentences | time | MB/s |");
    System.out.println("|---|---:|---:|---:|");
    row("decl's rules (`Sentences`)", oursCount, oursTime, mb);
    row("ICU sentence breaks + CLDR suppressions (before)", icuCount, icuTime, mb);
  }

  private static long run(List<Segmenter> segmenters, List<String> texts) {
    long sentences = 0;
    for (int k = 0; k < texts.size(); k++) {
      sentences += segmenters.get(k).count(texts.get(k));
    }
    return sentences;
  }

  /** The segmenter decl used before its own: ICU's, filtered by CLDR's abbreviations. */
  private static Segmenter icuSegmenter(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    BreakIterator breaks =
        FilteredBreakIteratorBuilder.getInstance(locale)
            .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    return text -> {
      breaks.setText(text);
      int count = 0;
      for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
        count++;
      }
      return count;
    };
  }

  private static void row(String name, long sentences, double seconds, double mb) {
    System.out.println(
        Harness.format("| %s | %,d | %.2f s | %.1f |", name, sentences, seconds, mb / seconds));
  }
}
