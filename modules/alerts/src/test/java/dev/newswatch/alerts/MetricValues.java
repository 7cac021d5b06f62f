package dev.newswatch.alerts;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;

/** Reads metric values back from a registry, the way a scrape would see them. */
public final class MetricValues {

  private MetricValues() {}

  /**
   * The sum of a counter's data points whose labels include {@code labels} (name, value, name, value…).
   *
   * @param name the exposed name, with or without {@code _total}
   */
  public static double counter(PrometheusRegistry registry, String name, String... labels) {
    String base = name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
    return registry.scrape().stream()
        .filter(s -> s.getMetadata().getName().equals(base))
        .flatMap(s -> s.getDataPoints().stream())
        .filter(d -> hasLabels(d, labels))
        .mapToDouble(d -> ((CounterSnapshot.CounterDataPointSnapshot) d).getValue())
        .sum();
  }

  /** The number of observations of a histogram whose labels include {@code labels}. */
  public static long histogramCount(PrometheusRegistry registry, String name, String... labels) {
    return registry.scrape().stream()
        .filter(s -> s.getMetadata().getName().equals(name))
        .flatMap(s -> s.getDataPoints().stream())
        .filter(d -> hasLabels(d, labels))
        .mapToLong(d -> ((HistogramSnapshot.HistogramDataPointSnapshot) d).getCount())
        .sum();
  }

  private static boolean hasLabels(DataPointSnapshot point, String... labels) {
    for (int i = 0; i + 1 < labels.length; i += 2) {
      if (!labels[i + 1].equals(point.getLabels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
