package dev.newswatch.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.pipeline.PipelineConfig;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.PipelineTopology;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Throughput and latency of the pipeline's near-duplicate and story stage through a real (embedded) broker,
 * next to the Kafka ceiling measured in the same run: a byte-array exactly-once pass-through of the same
 * records, a JSON pass-through (decode and encode, no work) and the JSON pass-through with the stage's two
 * extra hops. Every topology reads the same synthetic tagged articles ({@link SyntheticStories}) from its own
 * topic. Throughput is steady state: the first {@code --warmup} outputs (JIT, assignment, the pipeline
 * filling) are not counted; articles/s, process and stream-thread CPU per article are taken between the
 * warm-up mark and the last output. Also: broker bytes per article by topic, state bytes per article, and
 * end-to-end latency percentiles (producer send → committed output) at a fixed rate. {@code --json} prints
 * the figures as one JSON object as well.
 */
@Command(name = "story-bench", mixinStandardHelpOptions = true,
    description = "Articles/s and latency of the dedup+story stage through an embedded broker, next to a "
        + "pass-through topology.")
public final class StoryBenchCommand implements Callable<Integer> {

  private static final List<String> KV_STORES = List.of("cluster-content-hashes", "cluster-band-fingerprints",
      "cluster-duplicate-decisions", "cluster-duplicate-links", "cluster-pending", "cluster-pending-progress", "cluster-stories",
      "cluster-story-index", "cluster-article-stories", "cluster-published-stories", "cluster-lead-articles");

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the throughput run (default ${DEFAULT-VALUE}).")
  int articles = 20_000;

  @Option(names = "--pass-articles", paramLabel = "N",
      description = "Articles through the three pass-through topologies, which are 10x faster than the stage, so that "
          + "their steady state lasts as long (default: --articles).")
  Integer passArticles;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Outputs per topology not counted in the steady-state figures (default: a tenth of --articles, at "
          + "least 1,000 and at most half).")
  Integer warmup;

  @Option(names = "--stall-seconds", paramLabel = "S",
      description = "Give up on a topology when no new output came for this long (default ${DEFAULT-VALUE}); the "
          + "report then says how many articles came out of how many.")
  int stallSeconds = 60;

  @Option(names = "--broker", paramLabel = "KEY=VALUE",
      description = "A setting of the embedded broker (repeatable), e.g. producer.id.expiration.ms=86400000.")
  Map<String, String> brokerSettings = new java.util.LinkedHashMap<>();

  @Option(names = "--json", description = "Also print the figures as one JSON object (last line).")
  boolean json;

  @Option(names = "--spacing", paramLabel = "SECONDS",
      description = "Event time between articles (default ${DEFAULT-VALUE}: the 72 h windows fill and expire).")
  int spacing = 20;

  @Option(names = "--rate", paramLabel = "PER_SECOND", description = "Rate of the latency run (default ${DEFAULT-VALUE}).")
  int rate = 200;

  @Option(names = "--latency-seconds", paramLabel = "S", description = "Length of the latency run (default ${DEFAULT-VALUE}).")
  int latencySeconds = 30;

  @Option(names = "--commit-interval", paramLabel = "MS",
      description = "Streams commit.interval.ms (default ${DEFAULT-VALUE}, the exactly-once default).")
  int commitInterval = 100;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions of the input topics (default ${DEFAULT-VALUE}).")
  int partitions = 2;

  @Option(names = "--band-partitions", paramLabel = "N",
      description = "Partitions of the band search (pipeline bandPartitions; default: --partitions).")
  Integer bandPartitions;

  @Option(names = "--threads", paramLabel = "N", description = "Stream threads (default ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--compression", paramLabel = "TYPE",
      description = "compression.type of the Streams producers: none, lz4, zstd, gzip, snappy (default ${DEFAULT-VALUE}).")
  String compression = "none";

  @Option(names = "--streams", paramLabel = "KEY=VALUE",
      description = "Any other Kafka Streams setting for both topologies (repeatable), e.g. poll.ms=10.")
  Map<String, String> streamsSettings = new java.util.LinkedHashMap<>();

  private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("newswatch-story-bench");
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0, 0, brokerSettings)) {
      String kafka = broker.bootstrapServers();
      List<String> inputs = List.of("bytes-in", "pass-in", "hops-in", "cluster-in");
      createTopics(kafka, List.of("bytes-in", "bytes-out", "pass-in", "pass-out", "hops-in", "hops-out", "cluster-in",
          "cluster-articles", "cluster-stories"));
      int passN = passArticles == null ? articles : passArticles;
      long[] sent = null;
      for (String topic : inputs) {
        sent = produceAll(kafka, topic, topic.equals("cluster-in") ? articles : passN);
      }
      long offered = endOffsets(kafka, "cluster-in");
      long passOffered = endOffsets(kafka, "pass-in");
      out.printf(Locale.ROOT, "%d synthetic articles, mean body %d chars: %d wire copies, %d other outlets' reports "
          + "of a recent event, the rest new events; %d s of event time apart; %d in the stage's input topic, %d in "
          + "each pass-through's%n", articles, sent[0] / Math.max(1, articles), sent[1], sent[2], spacing, offered,
          passOffered);
      int warm = warmup != null ? warmup : Math.min(articles / 2, Math.max(1_000, articles / 10));
      int passWarm = warmup != null ? warmup : Math.min(passN / 2, Math.max(1_000, passN / 10));
      out.printf(Locale.ROOT, "cores: %d, load average before: %.2f; steady state after the first %d outputs of the "
          + "stage and %d of each pass-through%n", Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage(),
          warm, passWarm);
      out.flush();

      SyntheticStories latencyArticles = new SyntheticStories(43, Math.max(articles, passN));
      Result bytes = measure("byte pass", kafka, data.resolve("bytes"), "story-bench-bytes-" + run,
          bytePassThrough("bytes-in", "bytes-out"), "bytes-in", "bytes-out", passOffered, passWarm, latencyArticles,
          out);
      Result pass = measure("pass-through", kafka, data.resolve("pass"), "story-bench-pass-" + run,
          PipelineTopology.passThrough("pass-in", "pass-out"), "pass-in", "pass-out", passOffered, passWarm,
          latencyArticles, out);
      int bands = bandPartitions == null ? partitions : bandPartitions;
      Result hops = measure("two more hops", kafka, data.resolve("hops"), "story-bench-hops-" + run,
          PipelineTopology.passThroughTwoHops("hops-in", "hops-out", bands), "hops-in", "hops-out", passOffered,
          passWarm, latencyArticles, out);
      PipelineConfig config = new PipelineConfig(PipelineConfig.DEFAULT_DEDUP_WINDOW, bands);
      out.printf(Locale.ROOT, "input partitions %d, band partitions %d, stream threads %d, commit.interval.ms %d, "
          + "compression %s, other settings %s%n", partitions, bands, threads, commitInterval, compression,
          streamsSettings);
      Topology cluster = PipelineTopology.clusterOnly(config, new PipelineMetrics(new PrometheusRegistry()),
          "cluster-in", "cluster-articles", "cluster-stories");
      Result clustered = measure("dedup+story", kafka, data.resolve("cluster"), "story-bench-cluster-" + run, cluster,
          "cluster-in", "cluster-articles", offered, warm, latencyArticles, out);

      List<Result> all = List.of(bytes, pass, hops, clustered);
      out.println();
      out.printf(Locale.ROOT, "%-15s %11s %8s %11s %11s %10s %10s %8s %8s %8s%n", "topology", "articles/s", "steady s",
          "proc ms/a", "thread ms/a", "broker KB/a", "state KB/a", "p50 ms", "p99 ms", "max ms");
      for (Result r : all) {
        out.printf(Locale.ROOT, "%-15s %11.0f %8.1f %11.3f %11.3f %10.1f %10.2f %8.1f %8.1f %8.1f%s%n", r.name,
            r.perSecond, r.seconds, r.processMsPerArticle, r.threadMsPerArticle, r.brokerKbPerArticle,
            r.stateKbPerArticle, r.p50, r.p99, r.max, r.complete ? "" : "  (incomplete: " + r.out + " out)");
      }
      out.printf(Locale.ROOT, "dedup+story at %.1f %% of the byte-array exactly-once pass-through's articles/s, "
          + "%.1f %% of the JSON pass-through's; stream-thread CPU %.1fx the JSON pass-through's per article%n",
          100 * clustered.perSecond / bytes.perSecond, 100 * clustered.perSecond / pass.perSecond,
          clustered.threadMsPerArticle / Math.max(pass.threadMsPerArticle, 1e-9));
      out.printf(Locale.ROOT, "added by the dedup+story stage at %d/s: p50 %+.1f ms, p99 %+.1f ms%n", rate,
          clustered.p50 - pass.p50, clustered.p99 - pass.p99);
      out.printf(Locale.ROOT, "added by two more exactly-once hops alone (the floor for any band + gather design): "
          + "p50 %+.1f ms, p99 %+.1f ms%n", hops.p50 - pass.p50, hops.p99 - pass.p99);
      out.printf(Locale.ROOT, "goals: >= 3,000 articles/s through the stage and >= 10 %% of the byte-array "
          + "pass-through; broker <= 12 KB and state <= 1.5 KB per article; p99 added < 100 ms at 200/s%n");
      for (Result r : all) {
        if (r.complete && r.seconds < 60) {
          out.printf(Locale.ROOT, "note: %s's steady state lasted %.1f s (< 60 s); raise --articles for a longer "
              + "one%n", r.name, r.seconds);
        }
      }
      if (json) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("articles", articles);
        doc.put("offered", offered);
        doc.put("passOffered", passOffered);
        doc.put("warmup", warm);
        doc.put("passWarmup", passWarm);
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        Map<String, Object> byName = new java.util.LinkedHashMap<>();
        for (Result r : all) {
          byName.put(r.name, r.asMap());
        }
        doc.put("topologies", byName);
        doc.put("stageShareOfBytePassThrough", Result.number(clustered.perSecond / bytes.perSecond));
        doc.put("stageThreadCpuVsJsonPassThrough", Result.number(clustered.threadMsPerArticle
            / Math.max(pass.threadMsPerArticle, 1e-9)));
        out.println(new String(JsonCodec.toBytes(doc), java.nio.charset.StandardCharsets.UTF_8));
      }
      out.flush();
      boolean complete = all.stream().allMatch(r -> r.complete);
      return complete ? 0 : 1;
    } finally {
      deleteTree(data);
    }
  }

  private record Result(String name, boolean complete, long out, double perSecond, double seconds,
      double processMsPerArticle, double threadMsPerArticle, double brokerKbPerArticle, double stateKbPerArticle,
      double p50, double p99, double max) {

    private static Object number(double d) {
      return Double.isFinite(d) ? d : null; // JSON has no NaN
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("complete", complete);
      m.put("articlesOut", out);
      m.put("articlesPerSecond", number(perSecond));
      m.put("steadySeconds", number(seconds));
      m.put("processCpuMsPerArticle", number(processMsPerArticle));
      m.put("streamThreadCpuMsPerArticle", number(threadMsPerArticle));
      m.put("brokerKbPerArticle", number(brokerKbPerArticle));
      m.put("stateKbPerArticle", number(stateKbPerArticle));
      m.put("latencyP50Ms", number(p50));
      m.put("latencyP99Ms", number(p99));
      m.put("latencyMaxMs", number(max));
      return m;
    }
  }

  private Result measure(String name, String kafka, Path stateDir, String appId, Topology topology, String input,
      String output, long offered, int warm, SyntheticStories latencyArticles, PrintWriter out) throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    p.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG),
        compression);
    p.putAll(streamsSettings);
    try (KafkaStreams streams = new KafkaStreams(topology, p);
        KafkaConsumer<String, byte[]> consumer = consumer(kafka, output)) {
      streams.start();
      Set<String> seen = new HashSet<>();
      Set<String> storyIds = new HashSet<>();
      Map<String, Boolean> copy = new HashMap<>();
      long warmAt = 0;
      long warmCpu = 0;
      double warmThreadCpu = 0;
      long last = System.nanoTime();
      long stallNanos = Duration.ofSeconds(stallSeconds).toNanos();
      boolean stalled = false;
      while (seen.size() < offered) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          if (seen.add(r.key())) {
            last = System.nanoTime();
            if (seen.size() == warm) {
              // The warm-up mark: steady-state figures count from here.
              warmAt = last;
              warmCpu = os.getProcessCpuTime();
              warmThreadCpu = streamThreadCpuSeconds(appId);
            }
          }
          if (output.equals("cluster-articles")) {
            // The last record per article counts (a demoted representative is re-emitted with dupOf).
            EnrichedArticle a = JsonCodec.fromBytes(r.value(), EnrichedArticle.class);
            copy.put(a.id(), a.dupOf() != null);
            storyIds.add(a.storyId());
          }
        }
        if (System.nanoTime() - last > stallNanos) {
          stalled = true;
          break;
        }
      }
      long cpuEnd = os.getProcessCpuTime();
      double threadEnd = streamThreadCpuSeconds(appId);
      long counted = seen.size() - warm;
      double seconds = warmAt == 0 ? 0 : (last - warmAt) / 1e9;
      double perSecond = counted > 0 && seconds > 0 ? counted / seconds : 0;
      double processMs = counted > 0 ? (cpuEnd - warmCpu) / 1e6 / counted : Double.NaN;
      double threadMs = counted > 0 ? (threadEnd - warmThreadCpu) * 1e3 / counted : Double.NaN;
      if (stalled) {
        out.printf(Locale.ROOT, "%s: STALLED: %d of %d articles out, no new output for %d s; the figures below count "
            + "what came out%n", name, seen.size(), offered, stallSeconds);
      }
      out.printf(Locale.ROOT, "%s: %d articles out; steady state %d articles in %.1f s after the first %d (%.0f/s), "
          + "process CPU %.3f ms per article, stream threads' CPU %.3f ms per article (%.0f articles per "
          + "stream-thread CPU second)%n", name, seen.size(), Math.max(0, counted), seconds, warm, perSecond, processMs,
          threadMs, 1e3 / threadMs);
      if (name.equals("dedup+story")) {
        out.printf(Locale.ROOT, "decisions: %d articles marked as copies (dupOf), %d stories%n",
            copy.values().stream().filter(b -> b).count(), storyIds.size());
      }
      long disk = stateBytes(stateDir);
      double stateKb = disk / 1024.0 / Math.max(1, seen.size());
      if (name.equals("dedup+story")) {
        state(streams, disk, out);
      }
      double brokerKb = topicBytes(kafka, appId, input, output, seen.size(), out);
      out.flush();
      double[] latency = latency(kafka, input, consumer, latencyArticles);
      return new Result(name, !stalled, seen.size(), perSecond, seconds, processMs, threadMs, brokerKb, stateKb,
          latency[0], latency[1], latency[2]);
    }
  }

  /** CPU time of the app's stream threads so far (they start with the app, so this is all of it). */
  private static double streamThreadCpuSeconds(String appId) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().contains(appId) && t.getName().contains("StreamThread")) {
        nanos += Math.max(0, threads.getThreadCpuTime(t.threadId()));
      }
    }
    return nanos / 1e9;
  }

  /** Sends {@code rate} articles a second for {@code latencySeconds} and measures send → committed output. */
  private double[] latency(String kafka, String input, KafkaConsumer<String, byte[]> consumer,
      SyntheticStories synthetic) throws Exception {
    int n = rate * latencySeconds;
    Map<String, Long> sentAt = new HashMap<>();
    List<Double> ms = new ArrayList<>(n);
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        long due = t0 + (long) (i * 1e9 / rate);
        while (System.nanoTime() < due) {
          collect(consumer, sentAt, ms, Duration.ofMillis(1));
        }
        EnrichedArticle a = synthetic.next(Instant.now());
        sentAt.put(a.id(), System.nanoTime());
        producer.send(new ProducerRecord<>(input, a.id(), JsonCodec.toBytes(a)));
      }
      producer.flush();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (ms.size() < n && System.nanoTime() < deadline) {
        collect(consumer, sentAt, ms, Duration.ofMillis(50));
      }
    }
    ms.sort(Double::compare);
    if (ms.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    return new double[] {ms.get(ms.size() / 2), ms.get(Math.min(ms.size() - 1, (int) (ms.size() * 0.99))),
        ms.get(ms.size() - 1)};
  }

  private static void collect(KafkaConsumer<String, byte[]> consumer, Map<String, Long> sentAt, List<Double> ms,
      Duration wait) {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
      Long sent = sentAt.remove(r.key());
      if (sent != null) {
        ms.add((System.nanoTime() - sent) / 1e6);
      }
    }
  }

  private static long stateBytes(Path stateDir) throws IOException {
    if (!Files.exists(stateDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(stateDir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void state(KafkaStreams streams, long disk, PrintWriter out) {
    long entries = 0;
    StringBuilder per = new StringBuilder();
    for (String store : KV_STORES) {
      long n = streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()))
          .approximateNumEntries();
      entries += n;
      per.append(String.format(Locale.ROOT, " %s=%d", store.substring("cluster-".length()), n));
    }
    out.printf(Locale.ROOT, "state: ~%d key-value entries (RocksDB estimates:%s) plus the band window store; "
        + "%.1f MB on disk%n", entries, per, disk / 1e6);
  }

  /**
   * Broker bytes per article of one topology: its input and output topics and its internal topics
   * (changelogs, repartitions), printed by topic; returns the total in KB per article.
   */
  private double topicBytes(String kafka, String appId, String input, String output, long outArticles,
      PrintWriter out) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
      Map<String, Long> bytes = new java.util.TreeMap<>();
      List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
      var dirs = admin.describeLogDirs(brokers).allDescriptions().get();
      String prefix = output.equals("cluster-articles") ? "cluster-" : null;
      for (var byBroker : dirs.values()) {
        for (var dir : byBroker.values()) {
          dir.replicaInfos().forEach((tp, info) -> {
            String t = tp.topic();
            if (t.startsWith(appId) || t.equals(input) || t.equals(output) || prefix != null && t.startsWith(prefix)) {
              bytes.merge(t.replace(appId + "-", "").replace("-changelog", " (changelog)")
                  .replace("-repartition", " (repartition)"), info.size(), Long::sum);
            }
          });
        }
      }
      long n = Math.max(1, outArticles);
      long total = bytes.values().stream().mapToLong(Long::longValue).sum();
      out.printf(Locale.ROOT, "  broker bytes: %.1f KB per article in all;", total / 1024.0 / n);
      bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.printf(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue() / 1024.0 / n));
      out.println(" (KB per article; repartition topics are purged as they are read, so they may show less)");
      return total / 1024.0 / n;
    }
  }

  /** Writes the synthetic stream to {@code topic}; returns {body chars, copies, paraphrases}. */
  private long[] produceAll(String kafka, String topic, int count) throws Exception {
    SyntheticStories synthetic = new SyntheticStories(42);
    Instant start = Instant.now().minusSeconds((long) count * spacing + 3600);
    java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicReference<Exception> firstError = new java.util.concurrent.atomic.AtomicReference<>();
    long chars = 0;
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      for (int i = 0; i < count; i++) {
        EnrichedArticle a = synthetic.next(start.plusSeconds((long) i * spacing));
        chars += a.article().body().length();
        producer.send(new ProducerRecord<>(topic, null, a.article().publishedAt().toEpochMilli(), a.id(),
            JsonCodec.toBytes(a)), (meta, e) -> {
              if (e != null) {
                failed.incrementAndGet();
                firstError.compareAndSet(null, e);
              }
            });
      }
      producer.flush();
    }
    if (failed.get() > 0) {
      throw new IllegalStateException(failed.get() + " of " + count + " articles could not be written to " + topic
          + ": " + firstError.get(), firstError.get());
    }
    return new long[] {chars, synthetic.copies(), synthetic.paraphrases()};
  }

  private static long endOffsets(String kafka, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
      int n = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
      Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> ask = new HashMap<>();
      for (int i = 0; i < n; i++) {
        ask.put(new org.apache.kafka.common.TopicPartition(topic, i), org.apache.kafka.clients.admin.OffsetSpec.latest());
      }
      return admin.listOffsets(ask).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }
  }

  /** The Kafka ceiling: copies records as bytes, exactly-once, no decoding. */
  static Topology bytePassThrough(String input, String output) {
    org.apache.kafka.streams.StreamsBuilder builder = new org.apache.kafka.streams.StreamsBuilder();
    builder.stream(input, org.apache.kafka.streams.kstream.Consumed.with(
            org.apache.kafka.common.serialization.Serdes.ByteArray(), org.apache.kafka.common.serialization.Serdes.ByteArray()))
        .to(output, org.apache.kafka.streams.kstream.Produced.with(
            org.apache.kafka.common.serialization.Serdes.ByteArray(), org.apache.kafka.common.serialization.Serdes.ByteArray()));
    return builder.build();
  }

  private static KafkaProducer<String, byte[]> producer(String kafka) {
    Map<String, Object> c = new HashMap<>();
    c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    c.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> consumer(String kafka, String topic) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "story-bench-reader-" + UUID.randomUUID());
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /**
   * Creates the topics, without time retention, and waits until every partition has a leader: an
   * idempotent producer's first batch to a partition without one can be lost (KAFKA-15591), and the bench
   * would then wait for it forever.
   */
  private void createTopics(String kafka, List<String> names) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
      // No time retention: records carry their event time (spacing x articles, weeks in the past for a long
      // run), and the broker's default 7 days would delete input the topologies have not read yet.
      admin.createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)
          .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))).toList()).all().get();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (true) {
        boolean led = admin.describeTopics(names).allTopicNames().get().values().stream()
            .allMatch(d -> d.partitions().size() == partitions && d.partitions().stream().allMatch(x -> x.leader() != null));
        if (led) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("topics " + names + " have partitions without a leader after 30 s");
        }
        Thread.sleep(100);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
