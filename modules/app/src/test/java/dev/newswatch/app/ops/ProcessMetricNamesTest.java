package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.ingest.poll.IngestMetrics;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.testkit.MetricNames;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Metric names of a process that runs every service (as {@code newswatch run} does): the names do not clash,
 * every newswatch metric carries its service's area, and the feed API's counter is under {@code ingest}.
 * Each module's own test lists its service's names.
 */
class ProcessMetricNamesTest {

  @Test
  void feedApiCounterIsAnIngestMetric() {
    PrometheusRegistry registry = new PrometheusRegistry();
    feedsApi(registry);

    assertThat(MetricNames.exposed(registry)).containsExactly("newswatch_ingest_api_requests_total");
    assertThat(MetricNames.violations(registry, "ingest")).isEmpty();
  }

  @Test
  void everyServiceInOneProcessFollowsTheNamingConvention() {
    PrometheusRegistry registry = MetricsRegistries.newProcessRegistry();
    new IngestMetrics(registry);
    feedsApi(registry);
    new PipelineMetrics(registry);
    new AlertsMetrics(registry);
    new MatchMetrics(registry, () -> MatchMetrics.SubscriptionCounts.NONE);
    new SubscriptionsApi(new TokenOwnerAuth(Map.of(), (String) null), () -> null, AddressGuard.publicOnly(), registry);

    assertThat(MetricNames.exposed(registry)).filteredOn(n -> n.startsWith("newswatch_"))
        .allMatch(n -> n.matches("newswatch_(ingest|pipeline|alerts)_[a-z0-9_]+"))
        .hasSizeGreaterThan(40);
    assertThat(MetricNames.exposed(registry)).anyMatch(n -> n.startsWith("jvm_"));
    assertThat(MetricNames.violationsInAnyArea(registry, "newswatch_alerts_queries_verified")).isEmpty();
  }

  private static void feedsApi(PrometheusRegistry registry) {
    new FeedsApi(null, null, () -> null, () -> null, Map::of, registry);
  }
}
