package dev.newswatch.app.ops;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one summary line whenever the pipeline's counters moved since the last look, so someone watching
 * the console of {@code newswatch run} sees the flow (polled, published, duplicates dropped, tagged,
 * alerts delivered) without a dashboard.
 */
public final class ActivityReporter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("newswatch.activity");
  private static final Map<String, String> COUNTERS = counters();

  private final PrometheusRegistry registry;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "activity-reporter");
    t.setDaemon(true);
    return t;
  });
  private Map<String, Long> last = Map.of();

  public ActivityReporter(PrometheusRegistry registry, long periodSeconds) {
    this.registry = registry;
    scheduler.scheduleAtFixedRate(this::report, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  /** Current totals by short label, summed over label values. */
  public Map<String, Long> totals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    COUNTERS.values().forEach(label -> totals.put(label, 0L));
    for (MetricSnapshot snapshot : registry.scrape(COUNTERS::containsKey)) {
      if (snapshot instanceof CounterSnapshot counter) {
        long sum = counter.getDataPoints().stream().mapToLong(p -> (long) p.getValue()).sum();
        totals.put(COUNTERS.get(snapshot.getMetadata().getName()), sum);
      }
    }
    return totals;
  }

  private void report() {
    try {
      Map<String, Long> now = totals();
      if (!now.equals(last)) {
        StringBuilder line = new StringBuilder("activity:");
        now.forEach((label, value) -> line.append(' ').append(label).append('=').append(value));
        LOG.info("{}", line);
        last = now;
      }
    } catch (RuntimeException e) {
      LOG.debug("activity report failed: {}", e.toString());
    }
  }

  private static Map<String, String> counters() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("newswatch_ingest_articles_polled", "items_seen");
    m.put("newswatch_ingest_articles_published", "articles_published");
    m.put("newswatch_pipeline_duplicates_dropped", "duplicates_dropped");
    m.put("newswatch_pipeline_tags", "tagged");
    m.put("newswatch_alerts_story_matches", "alerts_matched");
    m.put("newswatch_alerts_messages_delivered", "alerts_delivered");
    m.put("newswatch_alerts_failed", "alerts_failed");
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
