package dev.newswatch.bench;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.analysis.cluster.ClusterText;
import dev.newswatch.analysis.cluster.MemoryClusterState;
import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.dup.LshBands;
import dev.newswatch.analysis.cluster.dup.MinHasher;
import dev.newswatch.analysis.cluster.dup.Shingler;
import dev.newswatch.analysis.cluster.eval.ArticleLines;
import dev.newswatch.analysis.cluster.eval.ClusterFixture;
import dev.newswatch.analysis.cluster.eval.PairAccuracy;
import dev.newswatch.analysis.cluster.eval.PairScore;
import dev.newswatch.analysis.cluster.story.FeatureExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Quality and speed of duplicate detection and story clustering. Quality: pair precision and recall for
 * duplicates and for same-story on labelled JSON lines (by default the bundled tuning fixture and the
 * held-out set), plus how they move when the two thresholds move. Speed: articles per second through
 * {@code ClusterEngine} alone (one thread, in-memory state) on a synthetic stream of about 3 KB articles
 * assembled from the fixture's paragraphs, spread over many windows so that state expiry is exercised and
 * its size reported.
 */
@Command(name = "cluster-bench", mixinStandardHelpOptions = true,
    description = "Pair precision/recall of duplicates and stories on labelled articles (default: the bundled "
        + "fixtures) and articles/s of the clustering code.")
public final class ClusterBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE",
      description = "Labelled JSON lines (dupGroup, storyGroup per line) instead of the bundled fixtures.")
  Path in;

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the speed run (default ${DEFAULT-VALUE}).")
  int articles = 20_000;

  @Option(names = "--spacing", paramLabel = "SECONDS",
      description = "Event time between articles in the speed run (default ${DEFAULT-VALUE}: 4,320 a day, so "
          + "the 72-hour windows fill and expire).")
  int spacing = 20;

  @Option(names = "--no-sweep", description = "Skip the threshold sensitivity table.")
  boolean noSweep;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<List<ArticleLines.Line>> sets = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (in != null) {
      try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
        sets.add(ArticleLines.read(r));
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(in + ": " + e.getMessage());
        return 2;
      }
      names.add(in.toString());
    } else {
      sets.add(ClusterFixture.load(ClusterFixture.RESOURCE));
      names.add("fixture (tuned on)");
      sets.add(ClusterFixture.load(ClusterFixture.HOLDOUT));
      names.add("held-out (not tuned on)");
      sets.add(ClusterFixture.load(ClusterFixture.EVENTS_DEV));
      names.add("events dev");
    }
    if (sets.get(0).stream().noneMatch(l -> l.dupGroup() != null && l.storyGroup() != null)) {
      spec.commandLine().getErr().println("no labelled lines (dupGroup and storyGroup) in " + names.get(0));
      return 2;
    }
    ClusterConfig config = ClusterConfig.defaults();
    out.printf(Locale.ROOT, "%-26s %8s %9s %8s %9s %8s %8s%n", "set", "articles", "dup P", "dup R", "story P",
        "story R", "stories");
    for (int i = 0; i < sets.size(); i++) {
      List<ArticleLines.Line> lines = sets.get(i);
      List<ClusterRun.Outcome> outcomes = run(lines, config);
      ClusterFixture.Scores s = ClusterFixture.score(lines, outcomes);
      out.printf(Locale.ROOT, "%-26s %8d %9.3f %8.3f %9.3f %8.3f %8d%n", names.get(i), lines.size(),
          s.duplicates().precision(), s.duplicates().recall(), s.stories().precision(), s.stories().recall(),
          outcomes.stream().map(ClusterRun.Outcome::storyId).distinct().count());
      out.printf(Locale.ROOT, "%-26s pairs: duplicates %d true, %d predicted, %d right; stories %d true, %d "
          + "predicted, %d right%n", "", s.duplicates().truePairs(), s.duplicates().predicted(),
          s.duplicates().correct(), s.stories().truePairs(), s.stories().predicted(), s.stories().correct());
      PairAccuracy a = s.pairs();
      out.printf(Locale.ROOT, "%-26s pair accuracy: same-story kept together %d/%d (%.3f), different-story kept "
          + "apart %d/%d (%.3f), accuracy %.3f%n", "", a.sameTogether(), a.samePairs(), a.same(), a.diffApart(),
          a.diffPairs(), a.different(), a.accuracy());
    }
    out.println("goals: duplicates P >= 0.98, R >= 0.95; same-story P >= 0.90, R >= 0.85");
    if (!noSweep) {
      sweep(out, sets.get(0), config);
    }
    speed(out, sets.get(0), config);
    out.flush();
    return 0;
  }

  private static List<ClusterRun.Outcome> run(List<ArticleLines.Line> lines, ClusterConfig config) {
    return ClusterRun.run(lines.stream().map(ArticleLines.Line::input).toList(), config);
  }

  /** How the scores move with the thresholds: a flat table means the defaults are not a knife edge. */
  private static void sweep(PrintWriter out, List<ArticleLines.Line> lines, ClusterConfig config) {
    out.println("sensitivity (first set):");
    for (double j : new double[] {0.6, 0.7, 0.8, 0.9, 0.95}) {
      PairScore d = ClusterFixture.score(lines, run(lines, config.withDuplicateJaccard(j))).duplicates();
      out.printf(Locale.ROOT, "  duplicate Jaccard %.2f: dup P %.3f R %.3f%n", j, d.precision(), d.recall());
    }
    for (double t : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6}) {
      PairScore s = ClusterFixture.score(lines, run(lines, config.withStoryThreshold(t))).stories();
      out.printf(Locale.ROOT, "  story threshold %.2f: story P %.3f R %.3f%n", t, s.precision(), s.recall());
    }
  }

  /**
   * Articles per second through the engine on a synthetic stream of about 3 KB articles: four in five are
   * new texts whose words are drawn from the fixture's own word frequencies (so features and shingle
   * statistics look like news, but texts do not collide by construction), one in five is a wire copy of
   * a recent article with a changed headline and a few words edited. Articles are {@code --spacing}
   * seconds of event time apart, so the 72-hour windows fill and expire.
   */
  private void speed(PrintWriter out, List<ArticleLines.Line> lines, ClusterConfig config) {
    List<String> vocabulary = new ArrayList<>();
    for (ArticleLines.Line l : lines) {
      for (String w : l.input().text().split("\\s+")) {
        if (!w.isBlank()) {
          vocabulary.add(w);
        }
      }
    }
    SplittableRandom random = new SplittableRandom(42);
    List<ClusterInput> stream = new ArrayList<>(articles);
    long bytes = 0;
    java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < articles; i++) {
      String body;
      if (i > 10 && random.nextInt(5) == 0) {
        String[] words = stream.get(i - 1 - random.nextInt(Math.min(i - 1, 200))).text().split(" ");
        for (int e = 0; e < 5; e++) {
          words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        body = String.join(" ", words);
      } else {
        StringBuilder text = new StringBuilder(3100);
        while (text.length() < 3000) {
          text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
        }
        body = text.toString().strip();
      }
      ClusterInput pick = lines.get(random.nextInt(lines.size())).input();
      bytes += body.length();
      stream.add(new ClusterInput("bench-" + i, pick.url(), pick.title(), body, t0.plusSeconds((long) spacing * i),
          pick.lang(), List.of()));
    }
    ClusterEngine engine = new ClusterEngine(config);
    MemoryClusterState state = new MemoryClusterState(Duration.ofHours(72).toMillis());
    int warmup = Math.min(2_000, articles / 5);
    long start = 0;
    long cpuStart = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int maxState = 0;
    for (int i = 0; i < stream.size(); i++) {
      if (i == warmup) {
        start = System.nanoTime();
        cpuStart = threads.getCurrentThreadCpuTime();
      }
      engine.process(stream.get(i), state);
      if (i % 1_000 == 999) {
        state.expire();
        maxState = Math.max(maxState, state.size());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    int measured = stream.size() - warmup;
    out.printf(Locale.ROOT, "speed: %.0f articles/s wall clock, %.0f per CPU-second of the one thread (load "
        + "average %.1f on %d cores)%n", measured / seconds, measured / cpuSeconds,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "  %d articles of %.1f KB average, clustering code only, in-memory state; "
        + "%.1f hours of event time; state entries max %d, at end %d%n", measured, bytes / 1024.0 / articles,
        (double) articles * spacing / 3600.0, maxState, state.size());
    phases(out, stream.subList(warmup, stream.size()), config);
  }

  /**
   * CPU microseconds per article of the pure per-article steps (what runs on every partition): folding,
   * the fingerprint (skeletons, shingles, MinHash, content hash) with its band keys, and the story
   * features. Each article goes through the three in turn, as in {@code ClusterEngine.prepare}, timed by
   * the thread's CPU clock around each step; two rounds over the stream, the second counts.
   */
  private static void phases(PrintWriter out, List<ClusterInput> stream, ClusterConfig config) {
    DuplicateDetector detector = new DuplicateDetector(config);
    FeatureExtractor extractor = new FeatureExtractor();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Shingler shingler = new Shingler(config.shingleWords());
    LshBands lsh = new LshBands(config.bands(), config.rows());
    MinHasher minHasher = new MinHasher(lsh.signatureLength());
    long fold = 0;
    long print = 0;
    long sketched = 0;
    long feat = 0;
    long sink = 0;
    for (int round = 0; round < 2; round++) {
      fold = 0;
      print = 0;
      sketched = 0;
      feat = 0;
      for (ClusterInput a : stream) {
        long t0 = threads.getCurrentThreadCpuTime();
        List<String> words = ClusterText.words(a.text());
        long t1 = threads.getCurrentThreadCpuTime();
        Fingerprint fp = detector.fingerprint(a, words);
        sink += detector.bandKeys(fp)[0];
        long t2 = threads.getCurrentThreadCpuTime();
        sink += extractor.extract(a, words).terms().size();
        long t3 = threads.getCurrentThreadCpuTime();
        // The one-pass path (Shingler.sketch: no string per skeleton); its values must equal the detector's.
        Shingler.Sketch sketch = shingler.sketch(words.isEmpty() ? ClusterText.words(a.title()) : words);
        int[] signature = minHasher.signature(sketch.shingles());
        sink += lsh.keys(signature)[0];
        long t4 = threads.getCurrentThreadCpuTime();
        if (!sketch.contentHash().equals(fp.contentHash()) || !Arrays.equals(signature, fp.signature())) {
          throw new IllegalStateException("Shingler.sketch differs from DuplicateDetector.fingerprint on " + a.id());
        }
        fold += t1 - t0;
        print += t2 - t1;
        feat += t3 - t2;
        sketched += t4 - t3;
      }
    }
    double n = stream.size() * 1e3;
    out.printf(Locale.ROOT, "  per article, CPU: folding %.1f us, fingerprint + band keys %.1f us (%.1f us through "
        + "Shingler.sketch), features %.1f us; together %.1f us (%d articles, second round)%s%n", fold / n,
        print / n, sketched / n, feat / n, (fold + print + feat) / n, stream.size(), sink == 42 ? " " : "");
  }
}
