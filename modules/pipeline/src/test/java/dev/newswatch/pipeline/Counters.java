package dev.newswatch.pipeline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;

/** Reads counter values back from a registry, so tests check what Prometheus would scrape. */
final class Counters {

  private Counters() {}

  /**
   * The sum of a counter's data points, all of them when {@code label} is null, else those whose
   * {@code label} equals {@code value}. {@code name} is the metric name without {@code _total}.
   */
  static double value(PrometheusRegistry registry, String name, String label, String value) {
    return registry.scrape().stream()
        .filter(snapshot -> snapshot.getMetadata().getName().equals(name))
        .flatMap(snapshot -> snapshot.getDataPoints().stream())
        .filter(point -> label == null || value.equals(point.getLabels().get(label)))
        .mapToDouble(point -> ((CounterDataPointSnapshot) point).getValue())
        .sum();
  }

  /** Dead letters counted for one stage label. */
  static double deadLetters(PrometheusRegistry registry, String stage) {
    return value(registry, "newswatch_pipeline_dead_letters", "stage", stage);
  }
}
