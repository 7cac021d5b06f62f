package dev.newswatch.ingest.poll;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/** Reads single values out of a registry, for assertions. */
final class MetricValues {

  private MetricValues() {}

  /**
   * The value of a counter or gauge series.
   *
   * @param name   the metric name without {@code _total}
   * @param labels label name/value pairs identifying the series; none for an unlabelled metric
   */
  static double value(PrometheusRegistry registry, String name, String... labels) {
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (!snapshot.getMetadata().getName().equals(name)) {
        continue;
      }
      for (DataPointSnapshot point : snapshot.getDataPoints()) {
        if (matches(point, labels)) {
          if (point instanceof CounterSnapshot.CounterDataPointSnapshot counter) {
            return counter.getValue();
          }
          if (point instanceof GaugeSnapshot.GaugeDataPointSnapshot gauge) {
            return gauge.getValue();
          }
        }
      }
    }
    throw new IllegalArgumentException("no series " + name + " " + String.join(",", labels));
  }

  /** The number of observations of an unlabelled histogram. */
  static long histogramCount(PrometheusRegistry registry, String name) {
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getPrometheusName().equals(name)
          && snapshot instanceof HistogramSnapshot histogram) {
        return histogram.getDataPoints().stream().mapToLong(HistogramSnapshot.HistogramDataPointSnapshot::getCount)
            .sum();
      }
    }
    throw new IllegalArgumentException("no histogram " + name);
  }

  private static boolean matches(DataPointSnapshot point, String... labels) {
    for (int i = 0; i + 1 < labels.length; i += 2) {
      if (!labels[i + 1].equals(point.getLabels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
