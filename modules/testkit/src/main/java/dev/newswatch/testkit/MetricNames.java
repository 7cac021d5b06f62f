package dev.newswatch.testkit;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The metric names a registry exposes, and the naming convention newswatch's own metrics follow:
 * {@code newswatch_<area>_<what>[_<unit>][_total]}, where the area is the owning service ({@code ingest},
 * {@code pipeline}, {@code alerts}); counters end in {@code _total}, gauges do not, histograms and summaries
 * end in {@code _seconds} or {@code _bytes}. Bridged Kafka client metrics ({@code newswatch_kafka_*}) and
 * metrics not named {@code newswatch_*} (JVM, process) are outside the convention.
 */
public final class MetricNames {

  /** The services' areas. */
  public static final Set<String> AREAS = Set.of("ingest", "pipeline", "alerts");

  private static final Pattern WORDS = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private MetricNames() {}

  /** The name of every registered metric family as a scrape shows it (counters with {@code _total}), sorted. */
  public static List<String> exposed(PrometheusRegistry registry) {
    return List.copyOf(types(registry).keySet());
  }

  /**
   * What is wrong with the names of newswatch metrics registered in {@code registry}, one line per problem;
   * empty when every name follows the convention.
   *
   * @param area               the area every newswatch metric of the registry must carry
   * @param unitlessHistograms histograms that observe a plain count (no unit), allowed without a unit suffix
   */
  public static List<String> violations(PrometheusRegistry registry, String area, String... unitlessHistograms) {
    if (!AREAS.contains(area)) {
      throw new IllegalArgumentException("unknown area " + area + ", one of " + AREAS);
    }
    return violations(registry, Set.of(area), unitlessHistograms);
  }

  /**
   * Like {@link #violations(PrometheusRegistry, String, String...)} for a registry that holds the metrics of
   * several services (a process running them all): each newswatch name must carry one of {@link #AREAS}.
   */
  public static List<String> violationsInAnyArea(PrometheusRegistry registry, String... unitlessHistograms) {
    return violations(registry, AREAS, unitlessHistograms);
  }

  private static List<String> violations(PrometheusRegistry registry, Set<String> areas, String... unitlessHistograms) {
    Set<String> unitless = Set.of(unitlessHistograms);
    List<String> problems = new ArrayList<>();
    types(registry).forEach((name, type) -> {
      if (!name.startsWith("newswatch_") || name.startsWith("newswatch_kafka_")) {
        return;
      }
      String prefix = areas.stream().map(a -> "newswatch_" + a + "_").filter(name::startsWith).findFirst()
          .orElse(null);
      if (prefix == null || !WORDS.matcher(name.substring(prefix.length())).matches()) {
        problems.add(name + ": not newswatch_<area>_<what>[_<unit>][_total] with area "
            + String.join(" or ", new TreeSet<>(areas)) + " and lower case words joined by _");
        return;
      }
      String what = name.substring(prefix.length());
      switch (type) {
        case "counter" -> {
          if (what.equals("total")) {
            problems.add(name + ": a counter must say what it counts before _total");
          }
        }
        case "gauge" -> {
          if (name.matches(".*_(total|count|sum|bucket)$")) {
            problems.add(name + ": a gauge must not end in _total, _count, _sum or _bucket");
          }
        }
        case "histogram", "summary" -> {
          if (!name.endsWith("_seconds") && !name.endsWith("_bytes") && !unitless.contains(name)) {
            problems.add(name + ": a " + type + " must end in _seconds or _bytes");
          }
        }
        default -> problems.add(name + ": unexpected metric type " + type);
      }
    });
    return problems;
  }

  private static TreeMap<String, String> types(PrometheusRegistry registry) {
    TreeMap<String, String> types = new TreeMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      String name = snapshot.getMetadata().getPrometheusName();
      if (snapshot instanceof CounterSnapshot) {
        types.put(name + "_total", "counter");
      } else if (snapshot instanceof GaugeSnapshot) {
        types.put(name, "gauge");
      } else if (snapshot instanceof HistogramSnapshot) {
        types.put(name, "histogram");
      } else if (snapshot instanceof SummarySnapshot) {
        types.put(name, "summary");
      } else if (snapshot instanceof InfoSnapshot) {
        types.put(name + "_info", "info");
      } else {
        types.put(name, snapshot.getClass().getSimpleName());
      }
    }
    return types;
  }
}
