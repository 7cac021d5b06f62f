package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.poll.IngestMetrics;
import dev.newswatch.testkit.MetricNames;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/**
 * The poller's metric names (polling and WebSub; the feed API's counter is checked in the app module): the
 * list a scrape shows, and the {@code newswatch_ingest_*} convention.
 */
class IngestMetricNamesTest {

  @Test
  void ingestMetricsFollowTheNamingConvention() {
    PrometheusRegistry registry = new PrometheusRegistry();
    new IngestMetrics(registry);
    new WebSubMetrics(registry);

    assertThat(MetricNames.exposed(registry)).containsExactly(
        "newswatch_ingest_article_extract_seconds",
        "newswatch_ingest_article_page_fetch_errors_total",
        "newswatch_ingest_article_pages_total",
        "newswatch_ingest_articles_polled_total",
        "newswatch_ingest_articles_published_total",
        "newswatch_ingest_articles_updated_total",
        "newswatch_ingest_feed_fetch_errors_total",
        "newswatch_ingest_feed_fetch_seconds",
        "newswatch_ingest_feed_item_lateness_seconds",
        "newswatch_ingest_feed_items_skipped_total",
        "newswatch_ingest_feed_polls_total",
        "newswatch_ingest_feeds",
        "newswatch_ingest_feeds_configured",
        "newswatch_ingest_feeds_failing",
        "newswatch_ingest_feeds_poll_backlog",
        "newswatch_ingest_producer_replacements_total",
        "newswatch_ingest_websub_pushes_total",
        "newswatch_ingest_websub_state_file_writable",
        "newswatch_ingest_websub_state_write_errors_total",
        "newswatch_ingest_websub_subscribe_errors_total",
        "newswatch_ingest_websub_subscriptions",
        "newswatch_ingest_websub_verifications_total");
    assertThat(MetricNames.violations(registry, "ingest")).isEmpty();
  }
}
