package dev.newswatch.testkit;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;

/** Reads metric values back from a registry the way a scrape sees them, for assertions. */
public final class MetricValues {

  private MetricValues() {}

  /**
   * The sum of the counter or gauge points of {@code name} whose labels include {@code labels}.
   *
   * @param name   the metric name, with or without {@code _total}
   * @param labels label name/value pairs the points must carry; none selects every point
   * @throws IllegalArgumentException when no metric of that name is registered (a typo, not a zero)
   */
  public static double value(PrometheusRegistry registry, String name, String... labels) {
    double sum = 0;
    for (DataPointSnapshot point : points(registry, name, labels)) {
      if (point instanceof CounterSnapshot.CounterDataPointSnapshot counter) {
        sum += counter.getValue();
      } else if (point instanceof GaugeSnapshot.GaugeDataPointSnapshot gauge) {
        sum += gauge.getValue();
      } else {
        throw new IllegalArgumentException(name + " is neither a counter nor a gauge");
      }
    }
    return sum;
  }

  /** The number of observations of histogram {@code name} over the points whose labels include {@code labels}. */
  public static long histogramCount(PrometheusRegistry registry, String name, String... labels) {
    long count = 0;
    for (DataPointSnapshot point : points(registry, name, labels)) {
      count += ((HistogramSnapshot.HistogramDataPointSnapshot) point).getCount();
    }
    return count;
  }

  private static List<DataPointSnapshot> points(PrometheusRegistry registry, String name, String... labels) {
    String base = name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(base)) {
        return snapshot.getDataPoints().stream().map(DataPointSnapshot.class::cast)
            .filter(p -> hasLabels(p, labels)).toList();
      }
    }
    throw new IllegalArgumentException("no metric " + name + " registered");
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
