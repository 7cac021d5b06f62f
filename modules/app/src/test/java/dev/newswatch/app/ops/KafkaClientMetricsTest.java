package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.ops.KafkaClientMetrics.Unit;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class KafkaClientMetricsTest {

  @Test
  void convertsNanosecondTotalsToSeconds() {
    assertThat(Unit.of("io-time-ns")).isEqualTo(new Unit("io-time-seconds", 1e-9));
    assertThat(Unit.of("io-wait-time-ns-avg")).isEqualTo(new Unit("io-wait-time-avg-seconds", 1e-9));
  }

  @Test
  void convertsMillisecondLatenciesToSeconds() {
    assertThat(Unit.of("commit-latency-avg")).isEqualTo(new Unit("commit-latency-avg-seconds", 1e-3));
    assertThat(Unit.of("record-queue-time-max")).isEqualTo(new Unit("record-queue-time-max-seconds", 1e-3));
    assertThat(Unit.of("time-between-poll-avg")).isEqualTo(new Unit("time-between-poll-avg-seconds", 1e-3));
    assertThat(Unit.of("rebalance-latency")).isEqualTo(new Unit("rebalance-latency-seconds", 1e-3));
  }

  @Test
  void keepsLagRatesAndCountsAsTheyAre() {
    assertThat(Unit.of("records-lag-max")).isEqualTo(new Unit("records-lag-max", 1));
    assertThat(Unit.of("process-rate")).isEqualTo(new Unit("process-rate", 1));
    assertThat(Unit.of("last-rebalance-seconds-ago")).isEqualTo(new Unit("last-rebalance-seconds-ago", 1));
  }

  @Test
  void renamesConnectionCountSoCountStaysReservedForHistograms() {
    assertThat(Unit.of("connection-count")).isEqualTo(new Unit("connections", 1));
  }

  @Test
  void exportsAnIdleLagAsNanAndANanosecondTotalAsSecondsCounter() {
    KafkaClientMetrics metrics = new KafkaClientMetrics();
    metrics.register(() -> Map.of(
        name("records-lag-max", "consumer-fetch-manager-metrics"), metric(Double.NaN),
        name("io-time-ns-total", "consumer-metrics"), metric(2_500_000_000.0),
        name("request-rate", "admin-client-metrics"), metric(1.0)));

    MetricSnapshots snapshots = metrics.collect();

    GaugeSnapshot lag = (GaugeSnapshot) find(snapshots, "newswatch_kafka_consumer_fetch_manager_records_lag_max");
    assertThat(lag.getDataPoints().get(0).getValue()).isNaN();
    CounterSnapshot io = (CounterSnapshot) find(snapshots, "newswatch_kafka_consumer_io_time_seconds");
    assertThat(io.getDataPoints().get(0).getValue()).isEqualTo(2.5);
    assertThat(snapshots.size()).as("groups not listed are left out").isEqualTo(2);
  }

  @Test
  void exportsStoreSizesInBytesAndTaskDropsButNotNanosecondStoreLatencies() {
    KafkaClientMetrics metrics = new KafkaClientMetrics();
    metrics.register(() -> Map.of(
        new MetricName("total-sst-files-size", "stream-state-metrics", "size",
            Map.of("thread-id", "t1", "task-id", "0_1", "rocksdb-window-state-id", "dedup-url-store")), metric(4096.0),
        new MetricName("put-latency-avg", "stream-state-metrics", "ns latency",
            Map.of("thread-id", "t1", "task-id", "0_1", "rocksdb-window-state-id", "dedup-url-store")), metric(1500.0),
        new MetricName("dropped-records-total", "stream-task-metrics", "drops",
            Map.of("thread-id", "t1", "task-id", "0_1")), metric(3.0)));

    MetricSnapshots snapshots = metrics.collect();

    GaugeSnapshot size = (GaugeSnapshot) find(snapshots, "newswatch_kafka_stream_state_total_sst_files_size_bytes");
    assertThat(size.getDataPoints().get(0).getValue()).isEqualTo(4096.0);
    assertThat(size.getDataPoints().get(0).getLabels().get("rocksdb_window_state_id")).isEqualTo("dedup-url-store");
    CounterSnapshot dropped = (CounterSnapshot) find(snapshots, "newswatch_kafka_stream_task_dropped_records");
    assertThat(dropped.getDataPoints().get(0).getValue()).isEqualTo(3.0);
    assertThat(dropped.getDataPoints().get(0).getLabels().get("task_id")).isEqualTo("0_1");
    assertThat(snapshots.size()).as("the nanosecond store latency is left out").isEqualTo(2);
  }

  @Test
  void namesUseUnderscoresAndAvoidTheReservedCreatedSuffix() {
    assertThat(KafkaClientMetrics.legacyName("newswatch_kafka_stream-thread_task-created"))
        .isEqualTo("newswatch_kafka_stream_thread_task_creations");
    assertThat(KafkaClientMetrics.legacyName("client-id")).isEqualTo("client_id");
  }

  private static MetricName name(String name, String group) {
    return new MetricName(name, group, "test metric", Map.of("client-id", "c1"));
  }

  private static Metric metric(double value) {
    return new Metric() {
      @Override
      public MetricName metricName() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Object metricValue() {
        return value;
      }
    };
  }

  private static MetricSnapshot find(MetricSnapshots snapshots, String name) {
    return snapshots.stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + snapshots.stream().map(s -> s.getMetadata().getName()).toList()));
  }
}
