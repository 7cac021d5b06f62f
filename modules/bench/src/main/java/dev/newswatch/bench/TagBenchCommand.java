package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.entities.Gazetteer;
import dev.newswatch.analysis.entities.GazetteerEntry;
import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.analysis.tags.TagHit;
import dev.newswatch.analysis.tags.TagResult;
import dev.newswatch.analysis.tags.TagRuleFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Measures the tagger on a labelled JSON lines file (lines {@code {"id","title","text","lang","labels":{"tags":
 * ["pardon@BY",...],"entities":[ids],"count":N|null}}}): precision and recall per tag over (tag, country) pairs,
 * recall of labelled entities (name variants), accuracy of the released count, and single-thread throughput
 * with the bundled gazetteer padded to {@code --names} synthetic people. Tags that no label names (sector
 * subtags) are not scored.
 */
@Command(name = "tag-bench", mixinStandardHelpOptions = true,
    description = "Score tagging on a labelled JSON lines file and measure articles per second.")
public final class TagBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Labelled articles, JSON lines.")
  Path file;

  @Option(names = "--names", defaultValue = "10000", description = "Gazetteer size for the throughput run (default ${DEFAULT-VALUE}).")
  int names;

  @Option(names = "--seconds", defaultValue = "10", description = "Length of the throughput run (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--throughput-in", paramLabel = "FILE",
      description = "Articles (JSON lines title/text) to time instead of the labelled ones, e.g. full-length news.")
  Path throughputIn;

  @Option(names = "--per-article", description = "Print each article whose tags, entities or count differ from the labels.")
  boolean perArticle;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> articles = jsonLines(mapper, file);
    Set<String> scored = new HashSet<>();
    articles.forEach(a -> a.path("labels").path("tags").forEach(t -> scored.add(t.asText().split("@")[0])));
    Map<String, int[]> perTag = new TreeMap<>(); // tp, fp, fn
    int entityExpected = 0;
    int entityFound = 0;
    int countLabelled = 0;
    int countRight = 0;
    int countSpurious = 0;
    try (ArticleTagger tagger = ArticleTagger.defaults()) {
      for (JsonNode a : articles) {
        TagResult r = tagger.tag(a.path("title").asText(), a.path("text").asText());
        JsonNode labels = a.path("labels");
        Set<String> want = new HashSet<>();
        labels.path("tags").forEach(t -> want.add(t.asText()));
        Set<String> got = new HashSet<>();
        for (TagHit t : r.tags()) {
          if (scored.contains(t.tag())) {
            got.add(t.tag() + "@" + t.country());
          }
        }
        for (String g : got) {
          perTag.computeIfAbsent(g.split("@")[0], k -> new int[3])[want.contains(g) ? 0 : 1]++;
        }
        for (String w : want) {
          if (!got.contains(w)) {
            perTag.computeIfAbsent(w.split("@")[0], k -> new int[3])[2]++;
          }
        }
        Set<String> ids = new HashSet<>(r.entities().stream().map(EntityMention::id).toList());
        List<String> missed = new ArrayList<>();
        for (JsonNode e : labels.path("entities")) {
          entityExpected++;
          if (ids.contains(e.asText())) {
            entityFound++;
          } else {
            missed.add(e.asText());
          }
        }
        Long count = r.facts().releasedCount();
        boolean countOk = true;
        if (labels.hasNonNull("count")) {
          countLabelled++;
          countOk = count != null && count == labels.get("count").asLong();
          countRight += countOk ? 1 : 0;
        } else if (count != null) {
          countSpurious++;
          countOk = false;
        }
        if (perArticle && (!got.equals(want) || !missed.isEmpty() || !countOk)) {
          out.printf(Locale.ROOT, "%s want=%s got=%s missed=%s count=%s%n", a.path("id").asText(), want, got, missed, count);
        }
      }
    }
    out.printf(Locale.ROOT, "%d articles%n%-24s %5s %5s %5s %6s %6s%n", articles.size(), "tag", "TP", "FP", "FN", "P", "R");
    for (Map.Entry<String, int[]> e : perTag.entrySet()) {
      int[] c = e.getValue();
      out.printf(Locale.ROOT, "%-24s %5d %5d %5d %6.3f %6.3f%n", e.getKey(), c[0], c[1], c[2], ratio(c[0], c[0] + c[1]),
          ratio(c[0], c[0] + c[2]));
    }
    out.printf(Locale.ROOT, "entity recall (name variants): %d/%d = %.3f%n", entityFound, entityExpected,
        ratio(entityFound, entityExpected));
    out.printf(Locale.ROOT, "released count right: %d/%d = %.3f (counts where none is labelled: %d)%n", countRight,
        countLabelled, ratio(countRight, countLabelled), countSpurious);
    throughput(out, throughputIn == null ? articles : jsonLines(mapper, throughputIn));
    return 0;
  }

  /** The non-blank lines of {@code file}, each a JSON value. */
  private static List<JsonNode> jsonLines(ObjectMapper mapper, Path file) throws IOException {
    List<JsonNode> values = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        values.add(mapper.readTree(line));
      }
    }
    return values;
  }

  private void throughput(PrintWriter out, List<JsonNode> articles) throws IOException {
    Gazetteer big = Gazetteer.bundled().plus(syntheticPeople(names));
    long chars = 0;
    for (JsonNode a : articles) {
      chars += a.path("title").asText().length() + a.path("text").asText().length();
    }
    if (seconds <= 0 || articles.isEmpty()) {
      out.println("throughput: not measured (--seconds 0)");
      return;
    }
    try (ArticleTagger tagger = new ArticleTagger(TagRuleFile.bundled(), big)) {
      long end = System.nanoTime() + Math.min(2, seconds) * 1_000_000_000L; // warm-up
      while (System.nanoTime() < end) {
        articles.forEach(a -> tagger.tag(a.path("title").asText(), a.path("text").asText()));
      }
      java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      end = start + seconds * 1_000_000_000L;
      long done = 0;
      // Batches of at least 50 ms of work, timed apart: on shared cores the median and best batch show the
      // tagger's own cost, the mean also what other processes took from it (cache, stolen cycles).
      List<Double> batchRates = new ArrayList<>();
      while (System.nanoTime() < end) {
        long batchCpu = cpu.getCurrentThreadCpuTime();
        long batchWall = System.nanoTime();
        int batchDone = 0;
        while (System.nanoTime() - batchWall < 50_000_000L) {
          for (JsonNode a : articles) {
            tagger.tag(a.path("title").asText(), a.path("text").asText());
          }
          batchDone += articles.size();
        }
        done += batchDone;
        batchRates.add(batchDone / ((cpu.getCurrentThreadCpuTime() - batchCpu) / 1e9));
      }
      double secs = (System.nanoTime() - start) / 1e9;
      double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      batchRates.sort(Double::compare);
      // Per CPU-second is the per-core figure; wall-clock is lower when other processes share the cores.
      out.printf(Locale.ROOT, "throughput: %.0f articles per CPU-second (batches of 50 ms: median %.0f, best %.0f), "
          + "%.0f articles/s wall-clock, one thread (%d rules, %d gazetteer entries, mean article %d chars)%n",
          done / cpuSecs, batchRates.get(batchRates.size() / 2), batchRates.get(batchRates.size() - 1), done / secs,
          tagger.rules().rules().size(), big.entries().size(), chars / Math.max(1, articles.size()));
    }
  }

  /** Made-up people with a Latin and a Cyrillic alias each, so the gazetteer has {@code n} more names. */
  static List<GazetteerEntry> syntheticPeople(int n) {
    String[] lat = {"ka", "ro", "vi", "len", "dor", "mi", "sha", "tur", "gel", "no", "bra", "sel", "pon", "zu", "vak"};
    String[] cyr = {"ка", "ро", "ві", "лен", "дор", "мі", "ша", "тур", "гель", "но", "бра", "сель", "пон", "зу", "вак"};
    Random random = new Random(42);
    List<GazetteerEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder l = new StringBuilder();
      StringBuilder c = new StringBuilder();
      int parts = 3 + random.nextInt(2);
      for (int p = 0; p < parts; p++) {
        int s = random.nextInt(lat.length);
        l.append(lat[s]);
        c.append(cyr[s]);
      }
      String latin = Character.toUpperCase(l.charAt(0)) + l.substring(1) + "ovich";
      String cyrillic = Character.toUpperCase(c.charAt(0)) + c.substring(1) + "овіч";
      out.add(new GazetteerEntry("synthetic:" + i, "person", latin, "BY", List.of(latin, cyrillic), null, null,
          null, null));
    }
    return out;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
