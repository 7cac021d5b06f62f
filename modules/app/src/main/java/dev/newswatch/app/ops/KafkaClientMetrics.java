package dev.newswatch.app.ops;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Exposes the metrics Kafka clients (producers, consumers, Streams) keep about themselves on
 * {@code /metrics}: consumer lag ({@code newswatch_kafka_consumer_fetch_manager_records_lag_max}, per
 * partition {@code ..._records_lag}), send/consume rates, request latencies, errors, Streams thread
 * process and commit rates, state store sizes and dropped records per task. Only the groups and
 * metrics listed here are exported, so the label sets stay bounded
 * (client id, thread id, topic, partition). Kafka's cumulative {@code *-total} metrics become counters,
 * the rest gauges.
 *
 * <p>Names follow Prometheus conventions ({@code promtool check metrics} passes, and CI checks it): Kafka
 * reports durations in nanoseconds ({@code *-time-ns-*}) or milliseconds ({@code *-latency-*},
 * {@code *-time-avg}, {@code *-time-max}, the rebalance total, the thread start time); those are
 * converted to seconds and named {@code ..._seconds} (counters {@code ..._seconds_total}). The
 * {@code connection-count} gauge becomes {@code ..._connections}, as {@code _count} is reserved for
 * histograms and summaries, and {@code task-created-total} becomes {@code ..._task_creations_total}
 * ({@code _created} is reserved too). Non-finite gauge values are exported as NaN.
 */
public final class KafkaClientMetrics implements MultiCollector {

  private static final Set<String> GROUPS = Set.of(
      "consumer-fetch-manager-metrics", "consumer-coordinator-metrics", "consumer-metrics",
      "producer-metrics", "producer-topic-metrics", "stream-metrics", "stream-thread-metrics");
  /**
   * From these groups only the listed metrics: their latencies are nanoseconds (not the milliseconds the
   * client groups use) and most are recorded only at DEBUG level. Kept: state store size (RocksDB
   * property metrics, INFO level) and records a task dropped (Streams' count of task errors).
   */
  private static final Map<String, Set<String>> SELECTED = Map.of(
      "stream-state-metrics", Set.of("estimate-num-keys", "total-sst-files-size", "live-sst-files-size",
          "size-all-mem-tables", "block-cache-usage", "estimate-table-readers-mem"),
      "stream-task-metrics", Set.of("dropped-records-total", "dropped-records-rate", "active-process-ratio",
          "enforced-processing-total"));
  private static final Set<String> LABELS = Set.of("client-id", "thread-id", "topic", "partition", "task-id",
      "rocksdb-state-id", "rocksdb-window-state-id", "rocksdb-session-state-id");

  private final List<Supplier<Map<MetricName, ? extends Metric>>> sources = new CopyOnWriteArrayList<>();

  /** Adds a client's metric map (for example {@code producer::metrics}); read at every scrape. */
  public void register(Supplier<Map<MetricName, ? extends Metric>> source) {
    sources.add(source);
  }

  @Override
  public MetricSnapshots collect() {
    // name -> (labels -> value), with the union of label names per family so every point has the same set
    Map<String, Family> families = new TreeMap<>();
    for (Supplier<Map<MetricName, ? extends Metric>> source : sources) {
      Map<MetricName, ? extends Metric> metrics;
      try {
        metrics = source.get();
      } catch (RuntimeException e) {
        continue; // a client that is closing; its metrics are simply absent from this scrape
      }
      for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
        MetricName name = e.getKey();
        boolean wanted = GROUPS.contains(name.group())
            || SELECTED.getOrDefault(name.group(), Set.of()).contains(name.name());
        if (!wanted || !(e.getValue().metricValue() instanceof Number number)) {
          continue;
        }
        double value = number.doubleValue();
        boolean counter = name.name().endsWith("-total");
        if (!Double.isFinite(value)) {
          if (counter) {
            continue;
          }
          // Kafka reports NaN for an avg/max with no measurement in its window (an idle consumer's lag,
          // for one). Exported as NaN the series stays present, so dashboards and rules see a gap
          // rather than a metric that comes and goes.
          value = Double.NaN;
        }
        String base = name.name().substring(0, counter ? name.name().length() - "-total".length() : name.name().length());
        Unit unit = Unit.of(base);
        value *= unit.scale;
        String family = legacyName("newswatch_kafka_" + name.group().replace("-metrics", "") + "_" + unit.base);
        if (!PrometheusNaming.isValidMetricName(family)) {
          continue; // one odd Kafka metric must not make the whole scrape fail
        }
        Map<String, String> labels = new TreeMap<>();
        name.tags().forEach((k, v) -> {
          if (LABELS.contains(k)) {
            labels.put(legacyName(k), v);
          }
        });
        Family f = families.computeIfAbsent(family, n -> new Family(counter,
            unit.scale == 1 ? name.description() : name.description() + " (exported in seconds)"));
        f.points.add(Map.entry(labels, value));
        f.labelNames.addAll(labels.keySet());
      }
    }
    List<MetricSnapshot> snapshots = new ArrayList<>();
    families.forEach((name, f) -> snapshots.add(f.snapshot(name)));
    return new MetricSnapshots(snapshots);
  }

  /**
   * Underscores for every character outside {@code [a-zA-Z0-9_:]}. The client library accepts UTF-8 names
   * ({@code client-id}) and leaves it to the exposition format to escape them; names fixed here stay the
   * same whatever a scraper negotiates, and the rules and dashboards depend on them.
   */
  static String legacyName(String name) {
    String legacy = name.replaceAll("[^a-zA-Z0-9_:]", "_");
    // _created is reserved (OpenMetrics creation timestamps): Streams' task-created-total would clash.
    return legacy.endsWith("_created") ? legacy.substring(0, legacy.length() - "_created".length()) + "_creations" : legacy;
  }

  /** A Kafka metric name without {@code -total}, renamed to carry its unit in seconds, and the factor to get there. */
  record Unit(String base, double scale) {

    static Unit of(String kafkaBase) {
      if (kafkaBase.endsWith("-ns")) { // io-time-ns, txn-commit-time-ns, blocked-time-ns (cumulative)
        return new Unit(trim(kafkaBase, "-ns") + "-seconds", 1e-9);
      }
      if (kafkaBase.endsWith("-ns-avg")) { // io-time-ns-avg, io-wait-time-ns-avg
        return new Unit(trim(kafkaBase, "-ns-avg") + "-avg-seconds", 1e-9);
      }
      if (kafkaBase.equals("metadata-age")) { // already seconds
        return new Unit("metadata-age-seconds", 1);
      }
      if (kafkaBase.endsWith("-files-size") || kafkaBase.equals("size-all-mem-tables")
          || kafkaBase.equals("block-cache-usage") || kafkaBase.equals("estimate-table-readers-mem")) {
        return new Unit(kafkaBase + "-bytes", 1); // RocksDB property metrics are in bytes
      }
      if (kafkaBase.equals("connection-count")) {
        return new Unit("connections", 1);
      }
      if (kafkaBase.equals("thread-start-time")) { // epoch milliseconds
        return new Unit("thread-start-time-seconds", 1e-3);
      }
      if (kafkaBase.equals("rebalance-latency")) { // only as rebalance-latency-total: milliseconds
        return new Unit("rebalance-latency-seconds", 1e-3);
      }
      for (String stat : new String[] {"-avg", "-max"}) {
        String measure = kafkaBase.endsWith(stat) ? trim(kafkaBase, stat) : "";
        if (measure.endsWith("-latency") || measure.endsWith("-time") || measure.equals("time-between-poll")) {
          return new Unit(kafkaBase + "-seconds", 1e-3); // Kafka's latencies and times are milliseconds
        }
      }
      return new Unit(kafkaBase, 1);
    }

    private static String trim(String s, String suffix) {
      return s.substring(0, s.length() - suffix.length());
    }
  }

  private static final class Family {
    final boolean counter;
    final String help;
    final List<Map.Entry<Map<String, String>, Double>> points = new ArrayList<>();
    final Set<String> labelNames = new TreeSet<>();

    Family(boolean counter, String help) {
      this.counter = counter;
      this.help = help == null || help.isBlank() ? "Kafka client metric" : help;
    }

    MetricSnapshot snapshot(String name) {
      Map<Labels, Double> unique = new java.util.LinkedHashMap<>();
      for (var point : points) {
        List<String> names = new ArrayList<>(labelNames);
        List<String> values = new ArrayList<>();
        for (String label : names) {
          values.add(point.getKey().getOrDefault(label, ""));
        }
        unique.merge(Labels.of(names, values), point.getValue(), Double::sum);
      }
      if (counter) {
        CounterSnapshot.Builder b = CounterSnapshot.builder().name(name).help(help);
        unique.forEach((labels, v) -> b.dataPoint(
            CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels).value(Math.max(0, v)).build()));
        return b.build();
      }
      GaugeSnapshot.Builder b = GaugeSnapshot.builder().name(name).help(help);
      unique.forEach((labels, v) -> b.dataPoint(
          GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels).value(v).build()));
      return b.build();
    }
  }
}
