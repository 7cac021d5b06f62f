package dev.newswatch.bench;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.broker.TopicInitializer;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.ParsedFeed;
import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.poll.FeedSource;
import dev.newswatch.ingest.poll.PollerConfig;
import dev.newswatch.ingest.poll.PollerService;
import dev.newswatch.ingest.poll.ScheduleConfig;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The poller benchmark: serves N synthetic feeds (20-200 KB, RSS and Atom) and their article pages from
 * 127.0.0.1 and runs the real {@link PollerService} against them, publishing to Kafka (an embedded
 * broker in this process unless {@code --bootstrap-servers} names one), then reports sustained polls/s,
 * pages/s, CPU and heap. Before that it compares {@link FeedParser} with calling Rome directly on the
 * same documents. Prints figures; asserts nothing.
 */
@Command(name = "poll-bench", mixinStandardHelpOptions = true,
    description = "Benchmark the poller: N synthetic feeds served locally, polled through the real poller into "
        + "Kafka; reports polls/s, pages/s, CPU and heap, and FeedParser vs Rome parse throughput.")
public final class PollBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--feeds", defaultValue = "10000", description = "Feeds served and polled (default ${DEFAULT-VALUE}).")
  int feeds;

  @Option(names = "--interval", defaultValue = "PT5M",
      description = "Poll interval of every feed, ISO-8601 (default ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--measure", defaultValue = "PT2M",
      description = "How long to measure after every feed has been polled once (default ${DEFAULT-VALUE}).")
  Duration measure;

  @Option(names = "--new-item-every", defaultValue = "PT30M",
      description = "How often each feed gets a new item (default ${DEFAULT-VALUE}).")
  Duration newItemEvery;

  @Option(names = "--page-kb", defaultValue = "100", description = "Size of article pages in KB (default ${DEFAULT-VALUE}).")
  int pageKb;

  @Option(names = "--concurrency", defaultValue = "32", description = "Poller fetch threads (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--parse-docs", defaultValue = "200",
      description = "Synthetic documents in the parse comparison; 0 skips it (default ${DEFAULT-VALUE}).")
  int parseDocs;

  @Option(names = "--parse-only", description = "Run only the parse comparison.")
  boolean parseOnly;

  @Option(names = "--bootstrap-servers", description = "Use this Kafka cluster instead of an embedded broker.")
  String bootstrapServers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    try (SyntheticFeeds server = new SyntheticFeeds(Clock.systemUTC(), newItemEvery.toSeconds(), pageKb * 1024, 4)) {
      if (parseDocs > 0) {
        compareParsers(server, out);
      }
      if (!parseOnly) {
        poll(server, out);
      }
    }
    return 0;
  }

  /** FeedParser against Rome's SyndFeedInput on the same documents, alternating rounds, after a warm-up. */
  private void compareParsers(SyntheticFeeds server, PrintWriter out) throws Exception {
    List<byte[]> docs = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < parseDocs; i++) {
      byte[] doc = server.feed(i, 1_000_000 + i);
      docs.add(doc);
      bytes += doc.length;
    }
    FeedParser parser = new FeedParser();
    URI base = URI.create("https://bench.example/feed");
    long items = 0;
    for (int round = 0; round < 3; round++) {
      items = 0;
      for (byte[] doc : docs) {
        items += ours(parser, doc, base);
        items -= rome(doc);
      }
    }
    if (items != 0) {
      throw new IllegalStateException("FeedParser and Rome disagree on item counts (difference " + items + ")");
    }
    long oursNanos = 0;
    long romeNanos = 0;
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (byte[] doc : docs) {
        ours(parser, doc, base);
      }
      oursNanos += System.nanoTime() - start;
      start = System.nanoTime();
      for (byte[] doc : docs) {
        rome(doc);
      }
      romeNanos += System.nanoTime() - start;
    }
    double mb = bytes * (double) rounds / (1 << 20);
    double oursMbs = mb / (oursNanos / 1e9);
    double romeMbs = mb / (romeNanos / 1e9);
    out.printf(Locale.ROOT, "parse: %d documents, %.1f MB, mean %.0f KB (half RSS 2.0, half Atom 1.0), %d rounds%n",
        docs.size(), bytes / (double) (1 << 20), bytes / 1024.0 / docs.size(), rounds);
    out.printf(Locale.ROOT, "parse: FeedParser %.1f MB/s (%.0f docs/s), Rome SyndFeedInput %.1f MB/s (%.0f docs/s): "
            + "FeedParser at %.0f %% of Rome%n", oursMbs, docs.size() * rounds / (oursNanos / 1e9), romeMbs,
        docs.size() * rounds / (romeNanos / 1e9), 100 * oursMbs / romeMbs);
    out.flush();
  }

  private static int ours(FeedParser parser, byte[] doc, URI base) throws Exception {
    ParsedFeed feed = parser.parse(doc, "application/xml", base);
    return feed.items().size();
  }

  private static int rome(byte[] doc) throws Exception {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(doc))) {
      SyndFeed feed = new SyndFeedInput().build(reader);
      return feed.getEntries().size();
    }
  }

  private void poll(SyntheticFeeds server, PrintWriter out) throws Exception {
    Path data = Files.createTempDirectory("newswatch-poll-bench");
    EmbeddedKafkaBroker broker = null;
    try {
      String bootstrap = bootstrapServers;
      if (bootstrap == null) {
        broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0, 0);
        bootstrap = broker.bootstrapServers();
      }
      Map<String, Object> kafka = Map.of("bootstrap.servers", bootstrap);
      TopicInitializer.ensureTopics(kafka, Topics.ALL,
          new TopicInitializer.Settings(4, 4, (short) 1, Duration.ofHours(6)), Duration.ofSeconds(60));
      out.printf(Locale.ROOT, "poll: %d feeds every %s, new item every %s per feed, %d KB pages, %d fetch threads, "
          + "Kafka %s%n", feeds, interval, newItemEvery, pageKb, concurrency,
          broker == null ? bootstrap : "embedded in this process (its heap counts below)");
      out.flush();
      List<FeedSource> sources = new ArrayList<>(feeds);
      for (int i = 0; i < feeds; i++) {
        sources.add(new FeedSource(server.feedUrl(i), "bench " + i));
      }
      FetchConfig fetch = new FetchConfig(Duration.ofSeconds(5), Duration.ofSeconds(30),
          FetchConfig.DEFAULT_MAX_BODY_BYTES, 5, FetchConfig.DEFAULT_USER_AGENT, false,
          List.of(server.hostAndPort()));
      // Every feed lives on one host here, so the per-host limit would serialise everything: lift it.
      PollerConfig config = new PollerConfig(sources, interval, concurrency, fetch, concurrency,
          Duration.ofHours(1), ScheduleConfig.fixed(interval), 30);
      PrometheusRegistry registry = new PrometheusRegistry();
      Sampler sampler = new Sampler();
      try (PollerService poller = new PollerService(config, kafka, "poll-bench-" + UUID.randomUUID(), registry)) {
        long start = System.nanoTime();
        poller.start();
        sampler.start();
        while (counter(registry, "newswatch_ingest_feed_polls", null) < feeds) {
          Thread.sleep(200);
        }
        double firstRound = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "first round: %d feeds polled once in %.1f s (%.0f polls/s; first polls fetch the "
            + "whole feed and its newest page)%n", feeds, firstRound, feeds / firstRound);
        out.flush();
        sampler.resetPeak();
        Snapshot before = Snapshot.take(registry, server);
        Thread.sleep(measure.toMillis());
        Snapshot after = Snapshot.take(registry, server);
        double seconds = (after.nanos - before.nanos) / 1e9;
        out.printf(Locale.ROOT, "sustained over %.0f s: %.1f polls/s (%.1f not modified, %.1f with new items, "
                + "%.1f failed), %.1f article pages/s, %.1f articles published/s; server sent %.1f MB/s%n",
            seconds, (after.polls - before.polls) / seconds, (after.notModified - before.notModified) / seconds,
            (after.newItems - before.newItems) / seconds, (after.failed - before.failed) / seconds,
            (after.pages - before.pages) / seconds, (after.published - before.published) / seconds,
            (after.bytes - before.bytes) / seconds / (1 << 20));
        out.printf(Locale.ROOT, "target: %d feeds / %s = %.1f polls/s%n", feeds, interval,
            feeds / (double) interval.toSeconds());
        double cpu = (after.cpuNanos - before.cpuNanos) / 1e9 / seconds;
        out.printf(Locale.ROOT, "cpu: %.2f cores of %d (whole process: poller, local feed server%s)%n", cpu,
            Runtime.getRuntime().availableProcessors(), broker == null ? "" : ", embedded broker");
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        out.printf(Locale.ROOT, "heap: peak used %d MB while measuring, %d MB live after GC, max heap %d MB%n",
            sampler.peak() >> 20, memory.getHeapMemoryUsage().getUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
      } finally {
        sampler.close();
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  /** The sum of a counter's points, or of those whose {@code outcome} label is given. */
  static double counter(PrometheusRegistry registry, String name, String outcome) {
    double sum = 0;
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(name) && snapshot instanceof CounterSnapshot counter) {
        for (CounterSnapshot.CounterDataPointSnapshot point : counter.getDataPoints()) {
          if (outcome == null || outcome.equals(point.getLabels().get("outcome"))) {
            sum += point.getValue();
          }
        }
      }
    }
    return sum;
  }

  private record Snapshot(long nanos, long cpuNanos, double polls, double notModified, double newItems,
      double failed, double pages, double published, long bytes) {

    static Snapshot take(PrometheusRegistry registry, SyntheticFeeds server) {
      double polls = counter(registry, "newswatch_ingest_feed_polls", null);
      double notModified = counter(registry, "newswatch_ingest_feed_polls", "not_modified");
      double newItems = counter(registry, "newswatch_ingest_feed_polls", "new_items");
      double ok = notModified + newItems + counter(registry, "newswatch_ingest_feed_polls", "unchanged");
      return new Snapshot(System.nanoTime(), processCpuNanos(), polls, notModified, newItems, polls - ok,
          counter(registry, "newswatch_ingest_article_pages", null), counter(registry, "newswatch_ingest_articles_published", null),
          server.bytesServed.get());
    }

    private static long processCpuNanos() {
      if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getProcessCpuTime();
      }
      return 0;
    }
  }

  /** Samples heap use every 100 ms to find the peak. */
  private static final class Sampler implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "heap-sampler");
      t.setDaemon(true);
      return t;
    });
    private final AtomicLong peak = new AtomicLong();

    void start() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
          0, 100, TimeUnit.MILLISECONDS);
    }

    void resetPeak() {
      peak.set(0);
    }

    long peak() {
      return peak.get();
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }
}
