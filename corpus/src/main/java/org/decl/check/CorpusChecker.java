package org.decl.check;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.decl.DeclException;
import org.decl.Level;
import org.decl.Parallel;
import org.decl.clause.Clause;
import org.decl.extract.ExtractOptions;
import org.decl.manifest.CorpusFiles;
import org.decl.manifest.DeclFolder;
import org.decl.manifest.Manifest;
import org.decl.manifest.Version;
import org.decl.manifest.Work;

/**
 * Checks a corpus: every version read (from the cache when its content has not changed, else
 * extracted and split, several at once), then the checks of each version, of each work against its
 * original, and across the corpus. Findings come in corpus order, at the levels of the run.
 */
public final class CorpusChecker {

  /** Told how many versions there are and of each as it is read, for progress bars. */
  public interface Listener {
    void versions(int count);

    void versionDone(String key);

    /** The run enters a phase; after the last version read, this is what it is busy with. */
    default void phase(Phase phase) {}

    Listener NONE =
        new Listener() {
          @Override
          public void versions(int count) {}

          @Override
          public void versionDone(String key) {}
        };
  }

  /** What a check does after reading its versions, for a progress bar to name. */
  public enum Phase {
    /** Aligning each version with its work's original, for the translation checks. */
    ALIGNING("aligning"),
    /** The checks of each version and of each work against its original. */
    CHECKING("checking"),
    /** The same clause translated in two works: every work against the others. */
    COMPARING("comparing works");

    private final String words;

    Phase(String words) {
      this.words = words;
    }

    /** The phase in a few words, for people: {@code aligning}. */
    public String words() {
      return words;
    }
  }

  /**
   * How to check.
   *
   * @param levels the level of each rule in this run
   * @param jobs versions read at once
   * @param cache whether to use and fill {@code .decl/cache} beside the manifest
   * @param tool the tool's version, part of the cache key
   * @param extract how to extract versions the cache does not hold
   * @param works the works to check, or null for all
   */
  public record Options(
      RuleLevels levels,
      int jobs,
      boolean cache,
      String tool,
      ExtractOptions extract,
      Set<String> works) {}

  /** Where a corpus's cache lives. */
  public static Path cacheDir(Manifest manifest) {
    return manifest.root().resolve(".decl").resolve("cache");
  }

  private final Options options;
  private final VersionCache cache;
  private final CorpusFiles files;
  private VersionReader reader;

  public CorpusChecker(Manifest manifest, Options options) {
    this.options = options;
    if (options.cache()) {
      // the cache is written inside the corpus, never through a link to elsewhere
      CorpusFiles.requireRealFolders(manifest.root(), Path.of(".decl", "cache"));
      DeclFolder.create(manifest.root());
    }
    this.cache = new VersionCache(options.cache() ? cacheDir(manifest) : null, options.tool());
    this.files = CorpusFiles.of(manifest.root());
  }

  /** Checks the corpus (or the works the options name). */
  public CheckReport check(Manifest manifest, Listener listener) {
    List<Work> works =
        manifest.works().stream()
            .filter(w -> options.works() == null || options.works().contains(w.id()))
            .toList();
    List<Target> targets = new ArrayList<>();
    for (Work work : works) {
      for (Version version : work.versions()) {
        targets.add(new Target(work, version));
      }
    }
    listener.versions(targets.size());
    Map<String, VersionText> texts = read(targets, listener);
    Findings findings = new Findings(options.levels(), targets);
    if (Rules.all().stream().anyMatch(r -> r.translation() && findings.on(r.id()))) {
      listener.phase(Phase.ALIGNING);
      translate(manifest, works, texts);
    }
    listener.phase(Phase.CHECKING);
    for (Target t : targets) {
      checkVersion(t, texts.get(t.key()), findings, manifest);
    }
    for (Work work : works) {
      checkWork(work, texts, findings);
    }
    if (findings.on(Rules.INCONSISTENT_TRANSLATION)) {
      listener.phase(Phase.COMPARING);
      Consistency.check(manifest, works, texts, cache, findings);
    }
    return new CheckReport(
        findings.all(), targets.size(), targets.stream().map(Target::key).toList());
  }

  /** A version to check. */
  record Target(Work work, Version version) {
    String key() {
      return key(work, version);
    }

    static String key(Work work, Version version) {
      return work.id() + "/" + version.lang();
    }
  }

  private Map<String, VersionText> read(List<Target> targets, Listener listener) {
    try {
      List<VersionText> texts =
          Parallel.map(
              targets,
              options.jobs(),
              "decl-check",
              t -> {
                try {
                  return read(t);
                } finally {
                  listener.versionDone(t.key());
                }
              });
      Map<String, VersionText> byKey = new LinkedHashMap<>();
      for (int i = 0; i < targets.size(); i++) {
        byKey.put(targets.get(i).key(), texts.get(i));
      }
      return byKey;
    } finally {
      synchronized (this) {
        if (reader != null) {
          reader.close();
          reader = null;
        }
      }
    }
  }

  /**
   * Runs decl diff's translation check on every version against its work's original, on several
   * threads; each version's findings come from the cache when neither text nor glossary changed,
   * else are worked out and cached with the version.
   */
  private void translate(Manifest manifest, List<Work> works, Map<String, VersionText> texts) {
    Translations translations = new Translations(manifest.glossary());
    List<Target> pairs = new ArrayList<>();
    for (Work work : works) {
      VersionText original = texts.get(Target.key(work, work.originalVersion()));
      if (original == null || !original.readable()) {
        continue;
      }
      for (Version v : work.versions()) {
        VersionText text = texts.get(Target.key(work, v));
        if (v != work.originalVersion() && text != null && text.readable()) {
          pairs.add(new Target(work, v));
        }
      }
    }
    List<VersionText> done =
        Parallel.map(
            pairs,
            options.jobs(),
            "decl-check",
            t -> {
              Version originalVersion = t.work().originalVersion();
              VersionText original = texts.get(Target.key(t.work(), originalVersion));
              VersionText text = texts.get(t.key());
              String key = translations.key(original, text);
              if (key.equals(text.translationKey())) {
                return text;
              }
              VersionText checked =
                  text.withTranslation(
                      key,
                      translations.check(
                          originalVersion.file().toString(),
                          originalVersion.lang(),
                          original,
                          t.version().file().toString(),
                          t.version().lang(),
                          text));
              if (checked.key() != null) {
                cache.put(t.key(), checked);
              }
              return checked;
            });
    for (int i = 0; i < pairs.size(); i++) {
      texts.put(pairs.get(i).key(), done.get(i));
    }
  }

  /** One version's text: from the cache, else read; null when its file does not exist. */
  private VersionText read(Target t) {
    Path file = t.version().file();
    String name = file.toString();
    byte[] content;
    try {
      // checked and opened at once: inside the corpus, a regular file, through no outside link
      content = files.read(file, options.extract().maxBytes());
    } catch (NoSuchFileException e) {
      return null;
    } catch (DeclException e) {
      return VersionText.failed(null, Rules.UNREADABLE_FILE, e.problem());
    }
    String key = cache.key(content, "lang=" + t.version().lang() + ";unit=clause");
    return cache
        .get(t.key(), key)
        .orElseGet(
            () -> {
              VersionText text = reader().read(key, name, content, t.version().lang());
              cache.put(t.key(), text);
              return text;
            });
  }

  private synchronized VersionReader reader() {
    if (reader == null) {
      reader = new VersionReader(options.extract());
    }
    return reader;
  }

  private static void checkVersion(
      Target t, VersionText text, Findings findings, Manifest manifest) {
    Work work = t.work();
    Version v = t.version();
    String file = v.file().toString();
    if (text == null) {
      findings.add(
          Rules.MISSING_FILE,
          work.id(),
          v.lang(),
          manifest.file().toString(),
          v.line(),
          null,
          v.path()
              + ": no such file (listed in "
              + manifest.file().getFileName()
              + " at line "
              + v.line()
              + ", column "
              + v.column()
              + ")");
      return;
    }
    if (!text.readable()) {
      findings.add(text.failureRule(), work.id(), v.lang(), file, null, null, text.failure());
      return;
    }
    for (String warning : text.warnings()) {
      findings.add(Rules.EXTRACTION_WARNING, work.id(), v.lang(), file, null, null, warning);
    }
    for (VersionText.Damage d : text.damage()) {
      if (d.unit() < 0) {
        findings.add(d.rule(), work.id(), v.lang(), file, null, null, d.message());
        continue;
      }
      Clause unit = text.units().get(d.unit());
      findings.add(d.rule(), work.id(), v.lang(), file, line(unit), unit.id(), d.message());
    }
    String mismatch = Languages.mismatch(v.lang(), text);
    if (mismatch != null) {
      findings.add(Rules.LANGUAGE_MISMATCH, work.id(), v.lang(), file, null, null, mismatch);
    }
  }

  /** The translation check's findings of a version, after its structure's. */
  private static void reportTranslation(Work work, Version v, VersionText text, Findings findings) {
    for (VersionText.Translated f : text.translation()) {
      Integer line = f.unit() < 0 ? null : line(text.units().get(f.unit()));
      findings.add(
          f.rule(), work.id(), v.lang(), v.file().toString(), line, f.clause(), f.message());
    }
  }

  private static void checkWork(Work work, Map<String, VersionText> texts, Findings findings) {
    Version original = work.originalVersion();
    VersionText source = texts.get(Target.key(work, original));
    if (source == null || !source.readable()) {
      return;
    }
    for (Version v : work.versions()) {
      VersionText text = texts.get(Target.key(work, v));
      if (v == original || text == null || !text.readable()) {
        continue;
      }
      Structure.check(work, original, source, v, text, explained(text, findings), findings);
      reportTranslation(work, v, text, findings);
    }
  }

  /**
   * Whether the translation check already tells, clause by clause, how a version's shape differs
   * from the original's (a clause missing, added, merged, split): then the clause count and the
   * sections, which follow from it, need no finding of their own.
   */
  private static boolean explained(VersionText text, Findings findings) {
    return text.translation().stream()
        .anyMatch(f -> Rules.EXPLAIN_STRUCTURE.contains(f.rule()) && findings.on(f.rule()));
  }

  static Integer line(Clause unit) {
    return unit.span() != null && unit.span().line() > 0 ? unit.span().line() : null;
  }

  /** The findings of a run, kept per version in corpus order, at the run's levels. */
  static final class Findings {

    private final RuleLevels levels;
    private final Map<String, List<CheckFinding>> byVersion = new LinkedHashMap<>();

    Findings(RuleLevels levels, List<Target> targets) {
      this.levels = levels;
      targets.forEach(t -> byVersion.put(t.key(), new ArrayList<>()));
    }

    boolean on(String rule) {
      return levels.on(rule);
    }

    void add(
        String rule,
        String work,
        String lang,
        String file,
        Integer line,
        String clause,
        String message) {
      Level level = levels.level(rule);
      if (level == null) {
        return;
      }
      byVersion
          .computeIfAbsent(work + "/" + lang, k -> new ArrayList<>())
          .add(new CheckFinding(rule, level, work, lang, file, line, clause, message));
    }

    List<CheckFinding> all() {
      List<CheckFinding> all = new ArrayList<>();
      byVersion.values().forEach(all::addAll);
      return all;
    }
  }
}
