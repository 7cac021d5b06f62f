package dev.newswatch.bench;

import dev.newswatch.alerts.match.Presearchers;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.lucene.monitor.Presearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures story matching: for each subscription count, a {@link SubscriptionIndex} of synthetic
 * subscriptions of realistic shape (name phrases, tag+country filters, boolean combinations, watchlists,
 * title words, legacy tags+keywords) matched by one thread against synthetic stories, with the tuned
 * presearcher, Lucene's default one and no presearcher (every query verified: the baseline). Reports
 * stories per second (wall and per CPU-second of the matching thread), p50/p99 match time, queries verified
 * per story, build time and the heap the index holds. Deterministic for a given {@code --seed}.
 */
@Command(name = "match-bench", mixinStandardHelpOptions = true,
    description = "Measure matching throughput, latency and heap for many subscriptions.")
public final class MatchBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--subscriptions", split = ",", defaultValue = "1000,10000,100000",
      description = "Subscription counts to measure (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--seconds", defaultValue = "10", description = "Matching time per run (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--stories", defaultValue = "2000", description = "Distinct synthetic stories (default ${DEFAULT-VALUE}).")
  int storyCount;

  @Option(names = "--presearchers", split = ",", defaultValue = "tuned,default,none",
      description = "Which presearchers to run: tuned, default, none (default ${DEFAULT-VALUE}).")
  List<String> presearchers;

  @Option(names = "--unfiltered-max", defaultValue = "100000",
      description = "Largest count run without a presearcher (default ${DEFAULT-VALUE}).")
  int unfilteredMax;

  @Option(names = "--warmup", defaultValue = "5",
      description = "Untimed matching before each run, seconds (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--check-stories", defaultValue = "0",
      description = "Before timing, match the first N stories once and print their match count and a digest of "
          + "the (story, subscription) pairs, to compare presearchers or builds (default ${DEFAULT-VALUE}: off).")
  int checkStories;

  private static final String[] TAGS = {"pardon", "pardon.political", "pardon.foreign", "pardon.exchange",
      "sanctions", "sanctions.imposed", "sanctions.eased", "sanctions.threatened", "sanctions.potash",
      "sanctions.aviation", "sanctions.banks"};
  private static final String[] COUNTRIES = {"BY", "RU", "UA", "IR", "US", "LT", "PL", "VE", "KP", "CN", "GE", "AM",
      "AZ", "KZ", "SY", "MM", "CU", "NI", "TR", "DE"};
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ser", "gei", "ta", "nov", "ich", "ala", "bia", "lia",
      "tski", "ras", "vet", "ko", "mar", "ia", "ol", "eg", "iv", "an", "dre", "pav", "el", "zh", "uk", "sha", "ruk"};
  private static final String[] WORDS = {"prisoners", "released", "pardoned", "opposition", "journalist", "activist",
      "border", "exchange", "embassy", "court", "sentence", "protest", "election", "ministry", "potash", "airline",
      "bank", "export", "oil", "tanker", "drone", "visa", "asylum", "amnesty", "hunger", "strike", "trial",
      "lawyer", "verdict", "deported", "minsk", "vilnius", "warsaw", "kyiv", "moscow", "tehran", "caracas"};
  private static final String[] OUTLETS = {"balticwire.example", "reuters.example", "apnews.example",
      "rferl.example", "nashaniva.example", "zerkalo.example", "tut.example", "bbc.example", "dw.example",
      "meduza.example", "kyivindependent.example", "euronews.example"};

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Random random = new Random(seed);
    List<String> names = names(random, 50_000);
    List<String> vocabulary = vocabulary(random, 20_000);
    List<Story> stories = new ArrayList<>(storyCount);
    for (int i = 0; i < storyCount; i++) {
      stories.add(story(random, names, vocabulary, i));
    }
    out.printf(Locale.ROOT, "match-bench: %d synthetic stories, %d-name pool, %d s per run, 1 matching thread, "
        + "%d available processors%n", storyCount, names.size(), seconds, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%-10s %-8s %9s %9s %11s %9s %9s %10s %9s %9s %8s%n", "subs", "presearch",
        "build s", "heap MB", "stories/s", "/cpu-s", "p50 ms", "p99 ms", "verified", "matches", "stories");
    for (int size : sizes) {
      long before = usedHeap();
      List<Subscription> subscriptions = subscriptions(new Random(seed + size), names, vocabulary, size);
      out.printf(Locale.ROOT, "%-10d the Subscription records themselves: %d MB of heap (held by the directory, "
          + "not counted in 'heap MB' below)%n", size, Math.max(0, usedHeap() - before) / (1024 * 1024));
      for (String kind : presearchers) {
        if (kind.equals("none") && size > unfilteredMax) {
          out.printf(Locale.ROOT, "%-10d %-8s skipped (over --unfiltered-max %d)%n", size, kind, unfilteredMax);
          continue;
        }
        run(out, size, kind, presearcher(kind), subscriptions, stories);
      }
      subscriptions = null;
      System.gc();
    }
    out.flush();
    return 0;
  }

  private void run(PrintWriter out, int size, String kind, Supplier<Presearcher> presearcher,
      List<Subscription> subscriptions, List<Story> stories) throws Exception {
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    try (SubscriptionIndex index = new SubscriptionIndex(presearcher.get())) {
      for (int from = 0; from < subscriptions.size(); from += 10_000) {
        index.putAll(subscriptions.subList(from, Math.min(subscriptions.size(), from + 10_000)));
      }
      int segments = index.segments();
      index.compact();
      out.printf(Locale.ROOT, "%-10d %-8s query index compacted from %d segments to %d%n", size, kind, segments,
          index.segments());
      // One match commits the monitor's pending updates before timing starts.
      index.match(stories.getFirst());
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      if (checkStories > 0) {
        check(out, size, kind, index, stories.subList(0, Math.min(checkStories, stories.size())));
      }
      long warm = System.nanoTime() + warmup * 1_000_000_000L;
      for (int i = 0; System.nanoTime() < warm; i++) {
        index.match(stories.get(stories.size() - 1 - i % stories.size()));
      }
      long heap = Math.max(0, usedHeap() - heapBefore);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[1 << 20];
      int n = 0;
      long verified = 0;
      long matches = 0;
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      long deadline = wallStart + seconds * 1_000_000_000L;
      while (System.nanoTime() < deadline && n < nanos.length) {
        SubscriptionIndex.Result result = index.match(stories.get(n % stories.size()));
        nanos[n++] = result.nanos();
        verified += result.queriesRun();
        matches += result.matches().size();
      }
      double wall = (System.nanoTime() - wallStart) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      out.printf(Locale.ROOT, "%-10d %-8s %9.1f %9d %11.0f %9.0f %9.2f %10.2f %9.0f %9.1f %8d%n", size, kind,
          buildSeconds, heap / (1024 * 1024), n / wall, n / cpu, sorted[n / 2] / 1e6,
          sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6, (double) verified / n, (double) matches / n, n);
      out.flush();
    }
  }

  /** Matches each story once; prints the match count and an order-independent digest of the pairs. */
  private static void check(PrintWriter out, int size, String kind, SubscriptionIndex index, List<Story> stories) {
    long count = 0;
    long digest = 0;
    long verified = 0;
    for (int i = 0; i < stories.size(); i++) {
      SubscriptionIndex.Result result = index.match(stories.get(i));
      verified += result.queriesRun();
      for (var m : result.matches()) {
        count++;
        digest += (i * 0x9E3779B97F4A7C15L) ^ (m.subscription().id().hashCode() * 0xC2B2AE3D27D4EB4FL);
      }
    }
    out.printf(Locale.ROOT, "%-10d %-8s check: first %d stories: %d matches, digest %016x, %d queries verified%n",
        size, kind, stories.size(), count, digest, verified);
    out.flush();
  }

  private static Supplier<Presearcher> presearcher(String kind) {
    return switch (kind) {
      case "tuned" -> Presearchers::tuned;
      case "default" -> Presearchers::lucenesDefault;
      case "none" -> Presearchers::none;
      default -> throw new IllegalArgumentException("unknown presearcher '" + kind + "': tuned, default or none");
    };
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * News vocabulary: the topical words first (the most frequent), then invented words; stories draw from
   * it with a skew towards the front, subscriptions uniformly (people subscribe to specific words).
   */
  private static List<String> vocabulary(Random random, int count) {
    java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(WORDS));
    while (words.size() < count) {
      words.add(word(random, 2 + random.nextInt(2)).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(words);
  }

  private static List<String> names(Random random, int count) {
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(word(random, 2) + " " + word(random, 3));
    }
    return names;
  }

  private static String word(Random random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  /** A name index skewed towards the first names of the pool: a few people are in the news a lot. */
  private static int popular(Random random, int size) {
    double u = random.nextDouble();
    return (int) (size * u * u * u);
  }

  private static Story story(Random random, List<String> names, List<String> vocabulary, int i) {
    List<Entity> entities = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (int p = 0, count = 1 + random.nextInt(3); p < count; p++) {
      String name = names.get(popular(random, names.size()));
      entities.add(new Entity("person:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), "person", name, "BY"));
      people.add(name);
    }
    String country = COUNTRIES[popular(random, COUNTRIES.length)];
    String tag = TAGS[random.nextInt(TAGS.length)];
    String top = tag.startsWith("pardon") ? "pardon" : "sanctions";
    List<Tag> tags = List.of(new Tag(top, List.of(), country, 0.9, null), new Tag(tag, List.of(), country, 0.8, null));
    StringBuilder title = new StringBuilder(people.getFirst());
    for (int w = 0; w < 6; w++) {
      title.append(' ').append(vocabulary.get(popular(random, vocabulary.size())));
    }
    StringBuilder summary = new StringBuilder();
    for (int w = 0; w < 60; w++) {
      summary.append(vocabulary.get(popular(random, vocabulary.size()))).append(w % 12 == 11 ? ". " : " ");
      if (w == 20) {
        summary.append(String.join(" and ", people)).append(' ');
      }
    }
    List<Story.Source> sources = new ArrayList<>();
    for (int s = 0, count = 1 + random.nextInt(5); s < count; s++) {
      String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
      sources.add(new Story.Source(outlet, "https://" + outlet + "/" + i + "/" + s, "a" + i + "-" + s, "t", null, null));
    }
    Instant t = Instant.parse("2026-11-20T09:00:00Z").plusSeconds(i);
    String id = String.format(Locale.ROOT, "%032x", i);
    return new Story(id, 1, title.toString(), summary.toString(), sources.getFirst().url(), t, t, sources.size(), sources,
        tags, entities, new ReleaseFacts((long) random.nextInt(40), null, people, List.of()),
        List.of(random.nextInt(4) == 0 ? "ru" : "en"), List.of(), t);
  }

  private static List<Subscription> subscriptions(Random random, List<String> names, List<String> vocabulary,
      int count) {
    List<Subscription> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = names.get(random.nextInt(names.size()));
      String tag = TAGS[random.nextInt(TAGS.length)];
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      String query = null;
      List<String> watchlist = List.of();
      List<String> tags = List.of();
      List<String> keywords = List.of();
      int shape = random.nextInt(100);
      if (shape < 35) {
        query = "entities:\"" + name + "\"";
      } else if (shape < 50) {
        query = "tags:" + tag + " AND country:" + country + " AND " + word;
      } else if (shape < 65) {
        String other = names.get(random.nextInt(names.size()));
        query = "(entities:\"" + name + "\" OR \"" + other + "\") AND tags:" + tag.split("\\.")[0]
            + " AND NOT source:" + OUTLETS[random.nextInt(OUTLETS.length)];
      } else if (shape < 80) {
        List<String> people = new ArrayList<>();
        for (int p = 0, n = 1 + random.nextInt(5); p < n; p++) {
          people.add(names.get(random.nextInt(names.size())));
        }
        watchlist = people;
      } else if (shape < 90) {
        query = "title:(" + word + " " + WORDS[random.nextInt(WORDS.length)] + ") AND country:" + country
            + " AND lang:en";
      } else {
        tags = List.of(tag);
        keywords = List.of(name.split(" ")[1]);
      }
      out.add(new Subscription("bench-" + i, "owner" + (i % 1000), null, query, watchlist, 1, null, null, List.of(), 0,
          false, tags, keywords));
    }
    return out;
  }
}
