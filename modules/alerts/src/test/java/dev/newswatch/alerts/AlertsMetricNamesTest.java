package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.subscriptions.SecretMetrics;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.testkit.MetricNames;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alerts service's metric names (matching, delivery, the subscription API): the list a scrape shows,
 * and the {@code newswatch_alerts_*} convention.
 */
class AlertsMetricNamesTest {

  /** Subscription queries verified per story: a count, so its histogram has no unit. */
  private static final String QUERIES_VERIFIED = "newswatch_alerts_queries_verified";

  @Test
  void alertsMetricsFollowTheNamingConvention() {
    PrometheusRegistry registry = new PrometheusRegistry();
    new AlertsMetrics(registry);
    new MatchMetrics(registry, () -> MatchMetrics.SubscriptionCounts.NONE);
    new SubscriptionsApi(new TokenOwnerAuth(Map.of(), (String) null), () -> null, AddressGuard.publicOnly(), registry);
    new SecretMetrics(registry, () -> 0, () -> 0);

    assertThat(MetricNames.exposed(registry)).containsExactly(
        "newswatch_alerts_api_rate_limited_total",
        "newswatch_alerts_api_requests_total",
        "newswatch_alerts_below_min_sources_total",
        "newswatch_alerts_delivery_attempts_total",
        "newswatch_alerts_delivery_latency_seconds",
        "newswatch_alerts_delivery_paused_partitions",
        "newswatch_alerts_delivery_queued",
        "newswatch_alerts_delivery_retries_total",
        "newswatch_alerts_delivery_seconds",
        "newswatch_alerts_failed_total",
        "newswatch_alerts_match_errors_total",
        "newswatch_alerts_match_seconds",
        "newswatch_alerts_messages_delivered_total",
        QUERIES_VERIFIED,
        "newswatch_alerts_repeats_suppressed_total",
        "newswatch_alerts_story_alerts_total",
        "newswatch_alerts_story_matches_total",
        "newswatch_alerts_subscription_secret_errors_total",
        "newswatch_alerts_subscription_secrets_clear_total",
        "newswatch_alerts_subscriptions",
        "newswatch_alerts_subscriptions_refused_total",
        "newswatch_alerts_subscriptions_reseal_pending",
        "newswatch_alerts_subscriptions_resealed_total",
        "newswatch_alerts_subscriptions_unreadable",
        "newswatch_alerts_unknown_subscription_total");
    assertThat(MetricNames.violations(registry, "alerts", QUERIES_VERIFIED)).isEmpty();
  }
}
