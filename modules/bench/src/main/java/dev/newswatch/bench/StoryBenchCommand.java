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
 * next to a pass-through topology measured in the same run: both read the same synthetic tagged articles
 * ({@link SyntheticStories}) from a topic and write them to another under exactly-once. Reports articles/s
 * (first to last committed output), the process's CPU, the stage's state (entries and bytes on disk), and
 * end-to-end latency percentiles (producer send → committed output) at a fixed rate.
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
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0, 0)) {
      String kafka = broker.bootstrapServers();
      SyntheticStories synthetic = new SyntheticStories(42);
      Instant start = Instant.now().minusSeconds((long) articles * spacing + 3600);
      List<EnrichedArticle> stream = new ArrayList<>(articles);
      for (int i = 0; i < articles; i++) {
        stream.add(synthetic.next(start.plusSeconds((long) i * spacing)));
      }
      long bytes = stream.stream().mapToLong(a -> a.article().body().length()).sum();
      out.printf(Locale.ROOT, "%d synthetic articles, mean body %d chars: %d wire copies, %d other outlets' reports "
          + "of a recent event, the rest new events; %d s of event time apart%n", articles, bytes / articles,
          synthetic.copies(), synthetic.paraphrases(), spacing);
      createTopics(kafka, List.of("pass-in", "pass-out", "hops-in", "hops-out", "cluster-in", "cluster-articles",
          "cluster-stories"));
      produceAll(kafka, "pass-in", stream);
      produceAll(kafka, "hops-in", stream);
      produceAll(kafka, "cluster-in", stream);
      out.printf(Locale.ROOT, "cores: %d, load average before: %.2f%n", Runtime.getRuntime().availableProcessors(),
          os.getSystemLoadAverage());
      out.flush();

      Result pass = measure("pass-through", kafka, data.resolve("pass"), "story-bench-pass-" + run,
          PipelineTopology.passThrough("pass-in", "pass-out"), "pass-in", "pass-out", synthetic, out);
      int bands = bandPartitions == null ? partitions : bandPartitions;
      Result hops = measure("two more hops", kafka, data.resolve("hops"), "story-bench-hops-" + run,
          PipelineTopology.passThroughTwoHops("hops-in", "hops-out", bands), "hops-in", "hops-out", synthetic, out);
      PipelineConfig config = new PipelineConfig(PipelineConfig.DEFAULT_DEDUP_WINDOW, bands);
      out.printf(Locale.ROOT, "input partitions %d, band partitions %d, stream threads %d, commit.interval.ms %d, "
          + "compression %s, other settings %s%n", partitions, bands, threads, commitInterval, compression,
          streamsSettings);
      Topology cluster = PipelineTopology.clusterOnly(config, new PipelineMetrics(new PrometheusRegistry()),
          "cluster-in", "cluster-articles", "cluster-stories");
      Result clustered = measure("dedup+story", kafka, data.resolve("cluster"), "story-bench-cluster-" + run, cluster,
          "cluster-in", "cluster-articles", synthetic, out);

      out.println();
      out.printf(Locale.ROOT, "%-15s %12s %10s %12s %9s %9s %9s%n", "topology", "articles/s", "CPU cores",
          "load avg", "p50 ms", "p99 ms", "max ms");
      for (Result r : List.of(pass, hops, clustered)) {
        out.printf(Locale.ROOT, "%-15s %12.0f %10.2f %12.2f %9.1f %9.1f %9.1f%n", r.name, r.perSecond, r.cores,
            r.load, r.p50, r.p99, r.max);
      }
      out.printf(Locale.ROOT, "added by the dedup+story stage at %d/s: p50 %+.1f ms, p99 %+.1f ms%n", rate,
          clustered.p50 - pass.p50, clustered.p99 - pass.p99);
      out.printf(Locale.ROOT, "added by two more exactly-once hops alone (the floor for any band + gather design): "
          + "p50 %+.1f ms, p99 %+.1f ms%n", hops.p50 - pass.p50, hops.p99 - pass.p99);
      out.printf(Locale.ROOT, "goals: >= 3,000 articles/s through the stage; p99 added < 100 ms at 200/s%n");
      out.flush();
      return 0;
    } finally {
      deleteTree(data);
    }
  }

  private record Result(String name, double perSecond, double cores, double load, double p50, double p99,
      double max) {}

  private Result measure(String name, String kafka, Path stateDir, String appId, Topology topology, String input,
      String output, SyntheticStories synthetic, PrintWriter out) throws Exception {
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
      long cpu0 = os.getProcessCpuTime();
      // Throughput is timed from RUNNING (assignment done) to the last output rather than from the first output:
      // a topology with repartition hops has its first output only after its pipeline filled.
      java.util.concurrent.atomic.AtomicLong running = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicLong runningCpu = new java.util.concurrent.atomic.AtomicLong(cpu0);
      streams.setStateListener((now, before) -> {
        if (now == KafkaStreams.State.RUNNING && running.compareAndSet(0, System.nanoTime())) {
          runningCpu.set(os.getProcessCpuTime());
        }
      });
      streams.start();
      Set<String> seen = new HashSet<>();
      Set<String> storyIds = new HashSet<>();
      Map<String, Boolean> copy = new HashMap<>();
      long first = 0;
      long last = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (seen.size() < articles && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (seen.add(r.key())) {
            last = System.nanoTime();
            first = first == 0 ? last : first;
          }
          if (output.equals("cluster-articles")) {
            // The last record per article counts (a demoted representative is re-emitted with dupOf).
            EnrichedArticle a = JsonCodec.fromBytes(r.value(), EnrichedArticle.class);
            copy.put(a.id(), a.dupOf() != null);
            storyIds.add(a.storyId());
          }
        }
      }
      long cpu1 = os.getProcessCpuTime();
      double streamCpu = streamThreadCpuSeconds(appId);
      long from = running.get() == 0 ? first : Math.min(running.get(), first);
      long cpuFrom = runningCpu.get(); // the CPU clock at RUNNING, or before start() if it never was
      double seconds = (last - from) / 1e9;
      double perSecond = seen.size() / Math.max(seconds, 1e-9);
      double cores = (cpu1 - cpuFrom) / 1e9 / Math.max(seconds, 1e-9);
      double load = os.getSystemLoadAverage();
      out.printf(Locale.ROOT, "%s: %d articles out in %.1f s from RUNNING (%.0f/s; first output after %.2f s), "
          + "process CPU %.1f s (%.2f ms per article), stream threads' CPU %.1f s (%.0f articles per stream-thread "
          + "CPU second)%n",
          name, seen.size(), seconds, perSecond, (first - from) / 1e9, (cpu1 - cpuFrom) / 1e9,
          (cpu1 - cpuFrom) / 1e6 / Math.max(seen.size(), 1), streamCpu, seen.size() / Math.max(streamCpu, 1e-9));
      if (name.equals("dedup+story")) {
        out.printf(Locale.ROOT, "decisions: %d articles marked as copies (dupOf), %d stories%n",
            copy.values().stream().filter(b -> b).count(), storyIds.size());
        state(streams, stateDir, out);
        topicBytes(kafka, appId, out);
      }
      out.flush();
      double[] latency = latency(kafka, input, consumer, synthetic);
      return new Result(name, perSecond, cores, load, latency[0], latency[1], latency[2]);
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

  private static void state(KafkaStreams streams, Path stateDir, PrintWriter out) throws IOException {
    long entries = 0;
    StringBuilder per = new StringBuilder();
    for (String store : KV_STORES) {
      long n = streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()))
          .approximateNumEntries();
      entries += n;
      per.append(String.format(Locale.ROOT, " %s=%d", store.substring("cluster-".length()), n));
    }
    long disk;
    try (Stream<Path> files = Files.walk(stateDir)) {
      disk = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    out.printf(Locale.ROOT, "state: ~%d key-value entries (RocksDB estimates:%s) plus the band window store; "
        + "%.1f MB on disk%n", entries, per, disk / 1e6);
  }

  /** Bytes the stage wrote to the broker per internal topic (changelogs, repartitions) and per article. */
  private void topicBytes(String kafka, String appId, PrintWriter out) throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
        Map.of("bootstrap.servers", kafka))) {
      Map<String, Long> bytes = new java.util.TreeMap<>();
      List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
      var dirs = admin.describeLogDirs(brokers).allDescriptions().get();
      for (var byBroker : dirs.values()) {
        for (var dir : byBroker.values()) {
          dir.replicaInfos().forEach((tp, info) -> {
            if (tp.topic().startsWith(appId) || tp.topic().startsWith("cluster-")) {
              bytes.merge(tp.topic().replace(appId + "-", "").replace("-changelog", " (changelog)")
                  .replace("-repartition", " (repartition)"), info.size(), Long::sum);
            }
          });
        }
      }
      long total = bytes.values().stream().mapToLong(Long::longValue).sum();
      out.printf(Locale.ROOT, "broker bytes: %.1f KB per article in all;", total / 1024.0 / articles);
      bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.printf(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue() / 1024.0 / articles));
      out.println(" (KB per article; repartition topics are purged as they are read, so they may show less)");
    }
  }

  private void produceAll(String kafka, String topic, List<EnrichedArticle> stream) {
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      for (EnrichedArticle a : stream) {
        producer.send(new ProducerRecord<>(topic, null, a.article().publishedAt().toEpochMilli(), a.id(),
            JsonCodec.toBytes(a)));
      }
      producer.flush();
    }
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

  private void createTopics(String kafka, List<String> names) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
      admin.createTopics(names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList()).all().get();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
