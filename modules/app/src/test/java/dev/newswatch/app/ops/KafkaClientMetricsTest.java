package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.ops.KafkaClientMetrics.Unit;
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
}
